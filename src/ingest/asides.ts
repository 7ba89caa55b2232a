// Finds the narrator's words inside a speaker turn (`, says comr. Stalin jokingly,` or `(laughter)`).

export interface RawAside { start: number; end: number; speaker?: string }

const VERBS = 'says|said|adds|added|remarks|remarked|notes|noted|continues|continued|replies|replied|interjects|interjected|interrupts|exclaims|exclaimed|asks|asked|answers|answered|jokes|joked|observes|observed|laughs|laughed|smiles|smiled';
const NAME = String.raw`(?:the\s+)?(?:(?:[Cc]omrades?|[Cc]omr\.|[Cc]om\.|[Tt]ov\.|Mr\.)\s+)?\p{Lu}[\p{L}\[\]'’-]*(?:\s+\p{Lu}[\p{L}\[\]'’-]*){0,3}`;
const MANNER = String.raw`(?:\s+(?:\p{Ll}+ly|(?:with|after|in)\s+(?:a\s+)?\p{Ll}+|smiling|laughing))?`;
const BEFORE = String.raw`(?<=[,;—–]\s*)`;
const AFTER = String.raw`(?=\s*[,.;—–])`;
/** `, says comr. Stalin jokingly,` and `, said the Prime Minister with a smile,` */
const VERB_FIRST = new RegExp(`${BEFORE}(?:${VERBS})\\s+(${NAME})${MANNER}${AFTER}`, 'gu');
/** `, Ho Chi Minh added after a pause,` */
const NAME_FIRST = new RegExp(`${BEFORE}(${NAME})\\s+(?:${VERBS})${MANNER}${AFTER}`, 'gu');
/** `(laughter)`, `(pause)`: the words inside the parentheses. */
const STAGE = /(?<=\()[^()]{0,40}\b(?:laughter|laughs|laughing|pause|pauses|applause|animation|smiles|smiling|jokingly|interrupting|in russian|in english|in chinese|stirs|noise)\b[^()]{0,40}(?=\))/gi;

/** Asides in one turn's text; offsets are into that text. */
export function findAsides(text: string): RawAside[] {
  const out: RawAside[] = [];
  for (const re of [VERB_FIRST, NAME_FIRST]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!out.some((a) => a.start < start + m[0].length && start < a.end)) out.push({ start, end: start + m[0].length, speaker: speakerOf(m[1] ?? '') });
    }
  }
  for (const m of text.matchAll(STAGE)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** `comr. Stalin` → `Stalin`, `the Prime Minister` → `Prime Minister`, `Khrush[chev]` → `Khrushchev`. */
function speakerOf(name: string): string {
  return name.replace(/^the\s+/, '').replace(/^(?:[Cc]omrades?|[Cc]omr\.|[Cc]om\.|[Tt]ov\.|Mr\.)\s+/, '').replace(/[[\]]/g, '');
}
