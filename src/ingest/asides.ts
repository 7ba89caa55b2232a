// Finds the narrator's words inside a speaker turn (`, says comr. Stalin jokingly,` or `(laughter)`).

export interface RawAside { start: number; end: number; speaker?: string }

const VERBS = 'says|said|adds|added|remarks|remarked|notes|noted|continues|continued|replies|replied|interjects|interjected|interrupts|exclaims|exclaimed|asks|asked|answers|answered|jokes|joked|smiles|laughs|observes|observed';
const SAYS = new RegExp(
  `(?<=[,;—–]\\s*)(?:${VERBS})\\s+(?:(?:[Cc]omrades?|[Cc]omr\\.|[Cc]om\\.|[Tt]ov\\.|Mr\\.)\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})(?:\\s+\\p{Ll}+ly)?(?=\\s*[,.;—–])`,
  'gu',
);
const STAGE = /\((?:[^()]{0,40}\b(?:laughter|laughs|laughing|pause|pauses|applause|animation|smiles|smiling|jokingly|interrupting|in russian|in english|in chinese|stirs|noise)\b[^()]{0,40})\)/gi;

/** Asides in one turn's text; offsets are into that text. */
export function findAsides(text: string): RawAside[] {
  const out: RawAside[] = [];
  for (const m of text.matchAll(SAYS)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, speaker: m[1] ?? '' });
  }
  for (const m of text.matchAll(STAGE)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}
