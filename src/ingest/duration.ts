// Turns a narrator's duration line (`The meeting took two hours.`) into an ISO 8601 duration (`PT2H`).

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, 'thirty-five': 35, forty: 40,
  'forty-five': 45, fifty: 50, 'fifty-five': 55,
};

const LINE =
  /^(?:the\s+)?(?:meeting|conversation|talks?|discussion|session|reception|audience|interview|negotiations?)\s+(?:took|lasted|continued\s+for|went\s+on\s+for|ran\s+for)\s+(?:about\s+|approximately\s+|around\s+|some\s+)?(.{1,80}?)\s*\.?$/i;
const PART = /(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s+(hours?|hrs?\.?|minutes?|mins?\.?)(\s+and\s+a\s+half)?/gi;

export interface ParsedDuration {
  iso: string;
  /** UTF-16 offsets of the duration expression inside the line. */
  start: number;
  end: number;
}

/** The duration a line states, or null when the line is not a duration line. */
export function parseDuration(line: string): ParsedDuration | null {
  const m = LINE.exec(line.trim());
  if (!m || m[1] === undefined) return null;
  const expr = m[1];
  const minutes = countMinutes(expr);
  if (minutes === null || minutes <= 0) return null;
  const lead = line.length - line.trimStart().length;
  const start = lead + m[0].length - m[0].slice(m[0].lastIndexOf(expr)).length;
  return { iso: isoMinutes(minutes), start, end: start + expr.length };
}

function countMinutes(expr: string): number | null {
  if (/^(?:an?\s+)?half\s+(?:an\s+)?hour$/i.test(expr)) return 30;
  let total = 0;
  let matched = 0;
  for (const m of expr.matchAll(PART)) {
    const n = toNumber(m[1] ?? '');
    if (n === null) return null;
    const hours = /^h/i.test(m[2] ?? '');
    total += (hours ? n * 60 : n) + (m[3] ? (hours ? 30 : 0.5) : 0);
    matched += m[0].length;
  }
  const rest = expr.replace(PART, '').replace(/\b(?:and|,)\b|[,\s]/g, '');
  return matched > 0 && rest === '' ? Math.round(total) : null;
}

function toNumber(word: string): number | null {
  if (/^\d/.test(word)) return Number(word);
  return NUMBERS[word.toLowerCase()] ?? null;
}

function isoMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}
