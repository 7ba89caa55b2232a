// Turns body paragraphs into segments: speaker turns with their continuations, narration, headers, salutations.
import type { SegmentKind } from '../record.js';
import { isAttendance } from './attendance.js';
import { parseDuration } from './duration.js';
import { findLabel, isHeaderLine, type Label } from './labels.js';
import type { Paragraph } from './paragraphs.js';

export interface RawSegment { kind: SegmentKind; start: number; end: number; turn?: number }
export interface RawTurn { n: number; speaker: string; label: string; labelStart: number; labelEnd: number; start: number; end: number; paragraphs: { start: number; end: number }[] }
export interface BodyScan { segments: RawSegment[]; turns: RawTurn[]; salutations: Paragraph[] }

const NARRATION = [
  /^(?:the|this) (?:meeting|conversation|talks?|discussion|session|reception|audience|interview|negotiations?) (?:took|lasted|ended|began|closed|continued|was (?:held|recorded|conducted|over))\b/i,
  /^(?:after|following) (?:an?|the) (?:exchange|brief exchange) of\b/i,
  /^(?:recorded|record(?:ed)? taken|minutes taken|written down|interpreted|translated|interpreter|translator|signed|certified)\b/i,
  /^\([^()]{0,200}\)\.?$/,
  /^(?:end of (?:the )?(?:record|conversation|document|telegram|text)|ends?)\.?$/i,
];
/** An all-capital transmission line: `CIPHERED TELEGRAM No. 1234`, `TOP SECRET`, `COPY No. 3`. */
const TRANSMISSION = /^(?=[^a-z]*(?:TELEGRAM|CABLE|SECRET|URGENT|COPY|CONFIDENTIAL|RADIOGRAM|PRIORITY))[^a-z]{0,40}(?:No\.?\s*[\d-]+)?[^a-z]{0,20}$/;
/** An all-capital signature (`SHTYKOV`, `FILIPPOV [STALIN]`) or a signature placeholder. */
const SIGNATURE = /^(?:\p{Lu}[\p{Lu}'’.-]+(?:\s+(?:\p{Lu}[\p{Lu}'’.-]*|\[[^\]]*\]))*|\[(?:signature|signed|seal|stamp)[^\]]*\])\.?$/u;
/** The last body line as a bare name (`Mao Zedong`, `A. Gromyko`): a signature. */
const SIGNATURE_LAST = /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;
const SALUTATION = /^(?:(?:my )?dear|to|respected|esteemed|honou?red|most respected|deeply respected)\b[^:]{0,80}[:,]$/i;
const FOOTNOTE = /^\[\d{1,3}\]\s/;
const REPORTED_VERBS = 'said|says|asked|asks|replied|replies|answered|answers|noted|notes|remarked|remarks|stated|states|declared|agreed|agrees|expressed|responded|added|adds|continued|laughed|smiled|thanked|proposed|proposes|suggested|informed|explained|emphasi[sz]ed|stressed|pointed|inquired|objected|interrupted|notified|told|reported|requested|raised';

/** Classifies the body paragraphs in order. A labelled paragraph opens a turn; unlabelled ones continue it unless they are narration. */
export function scanBody(paragraphs: Paragraph[]): BodyScan {
  const labels = paragraphs.map((p) => findLabel(p.text));
  const speaking = new Set(labels.flatMap((l, i) => (l && l.speechStart < (paragraphs[i]?.text.length ?? 0) ? [l.speaker] : [])));
  const out: BodyScan = { segments: [], turns: [], salutations: [] };
  let turn: RawTurn | null = null;
  paragraphs.forEach((p, i) => {
    const label = labels[i] ?? null;
    const alone = label !== null && label.speechStart >= p.text.length;
    if (label && !(alone && !speaking.has(label.speaker))) {
      turn = openTurn(out, p, label, alone);
      return;
    }
    const kind = classify(p.text, label !== null, i === paragraphs.length - 1);
    if (kind === 'salutation') out.salutations.push(p);
    if (turn && kind === 'continuation' && !isReported(p.text, speaking)) return continueTurn(out, turn, p);
    turn = null;
    out.segments.push({ kind: kind === 'continuation' ? 'narration' : kind, start: p.start, end: p.end });
  });
  return out;
}

function openTurn(out: BodyScan, p: Paragraph, label: Label, alone: boolean): RawTurn {
  const start = alone ? p.end : p.start + label.speechStart;
  const t: RawTurn = { n: out.turns.length + 1, speaker: label.speaker, label: label.label, labelStart: p.start + label.start,
    labelEnd: p.start + label.end, start, end: p.end, paragraphs: alone ? [] : [{ start, end: p.end }] };
  out.turns.push(t);
  out.segments.push({ kind: 'turn', start: p.start, end: p.end, turn: t.n });
  return t;
}

function continueTurn(out: BodyScan, turn: RawTurn, p: Paragraph): void {
  if (turn.paragraphs.length === 0) turn.start = p.start;
  turn.paragraphs.push({ start: p.start, end: p.end });
  turn.end = p.end;
  const seg = out.segments[out.segments.length - 1];
  if (seg) seg.end = p.end;
}

/** What an unlabelled paragraph is; `continuation` is plain text that continues an open turn (or is narration). */
function classify(text: string, labelAlone: boolean, last: boolean): SegmentKind | 'continuation' {
  if (isAttendance(text)) return 'attendance';
  if (parseDuration(text)) return 'duration';
  if (FOOTNOTE.test(text)) return 'footnote';
  if (SALUTATION.test(text) || labelAlone) return 'salutation';
  if (isHeaderLine(text) || TRANSMISSION.test(text)) return 'header';
  if (SIGNATURE.test(text) || (last && SIGNATURE_LAST.test(text))) return 'signature';
  if (NARRATION.some((re) => re.test(text))) return 'narration';
  return 'continuation';
}

/** A paragraph that reports a speaker in the third person (`Comrade Stalin asked whether ...`) is the narrator's. */
function isReported(text: string, speaking: Set<string>): boolean {
  const m = /^(?:(?:[Cc]omrades?|[Cc]omr\.|[Cc]om\.|[Tt]ov\.)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:then\s+|also\s+|again\s+)?(\p{Ll}+)/u.exec(text);
  if (!m?.[1] || !m[2]) return false;
  const name = m[1];
  const known = [...speaking].some((s) => s === name || s.split(' ').includes(name) || name.split(' ').includes(s));
  return known && new RegExp(`^(?:${REPORTED_VERBS})$`).test(m[2]);
}
