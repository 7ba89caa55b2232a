// HTTP Accept headers (RFC 9110 §12.5.1): media ranges with q-values, and choosing the best of what the server offers.

/** One media range of an Accept header: `type/subtype`, its q-value and its other parameters (lower-cased names). */
export interface MediaRange { type: string; subtype: string; q: number; params: Readonly<Record<string, string>> }

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Splits on `separator` outside double-quoted strings (a quoted string may hold commas and semicolons). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted && c === '\\') {
      current += c + text.charAt(i + 1);
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** One media range, or undefined when it is malformed (it is then ignored, as if absent). */
function parseRange(text: string): MediaRange | undefined {
  const [mediaType = '', ...rawParams] = splitOutsideQuotes(text, ';').map((p) => p.trim());
  const [type = '', subtype = '', extra] = mediaType.toLowerCase().split('/');
  if (extra !== undefined || !TOKEN.test(type) || !TOKEN.test(subtype) || (type === '*' && subtype !== '*')) return undefined;
  let q = 1;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const name = (eq < 0 ? raw : raw.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : unquote(raw.slice(eq + 1).trim());
    if (name === 'q') {
      if (!QVALUE.test(value)) return undefined;
      q = Number(value);
    } else if (name !== '') params[name] = value;
  }
  return { type, subtype, q, params };
}

/** The media ranges of an Accept header in their order; malformed ranges are left out. No header means `*\/*`. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (header === undefined || header.trim() === '') return [{ type: '*', subtype: '*', q: 1, params: {} }];
  return splitOutsideQuotes(header, ',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(parseRange)
    .filter((r): r is MediaRange => r !== undefined);
}

/**
 * How specifically `range` matches the parameterless `mediaType`, or -1: 3 the same type, 2 the same type with
 * parameters (`text/html;level=1` — it yields to a bare `text/html` range, as in RFC 9110's example), 1 `type/*`, 0 `*\/*`.
 */
function specificity(range: MediaRange, mediaType: string): number {
  const [type, subtype] = mediaType.toLowerCase().split('/');
  if (range.type === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  if (range.subtype !== subtype) return -1;
  return Object.keys(range.params).length > 0 ? 2 : 3;
}

/** The quality the client gives `mediaType`: the q of the most specific range matching it (0 when none does). */
export function quality(ranges: readonly MediaRange[], mediaType: string): number {
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const s = specificity(range, mediaType);
    if (s > best) {
      best = s;
      q = range.q;
    }
  }
  return q;
}

/**
 * The offer the client prefers: the highest quality above 0; ties go to the earlier offer (the server's order of
 * preference). Undefined when the client accepts none of them (answer 406). Offers carry no parameters: a range with
 * parameters (`application/ld+json;profile=…`) still matches its type, unless a range without parameters names it too.
 */
export function negotiate<T extends string>(header: string | undefined, offers: readonly T[]): T | undefined {
  const ranges = parseAccept(header);
  let chosen: T | undefined;
  let chosenQ = 0;
  for (const offer of offers) {
    const q = quality(ranges, offer);
    if (q > chosenQ) {
      chosen = offer;
      chosenQ = q;
    }
  }
  return chosen;
}
