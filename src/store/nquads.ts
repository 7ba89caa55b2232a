// N-Quads lines → quads: the plain lines lodscribe writes read by one pattern (the terms n3 would make), any other by n3.
import { rdfjsFactory as f, type Quad } from '../rdf/factory.js';
import { NS } from '../rdf/namespaces.js';
import { parseBatch, type DatasetError } from './dataset.js';

/** An absolute IRI without escapes, captured (what n3 reads as such, taking it unchanged). */
const IRI = String.raw`<([A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^\x60\\]*)>`;
/** A literal with plain escapes only; a language tag of subtags of at most 8 (never n3's keyword `version`), or a datatype. */
const LITERAL = String.raw`"((?:[^"\\\r\n]|\\[tbnrf"'\\])*)"(?:@(?!version(?![A-Za-z0-9\-]))([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)|\^\^${IRI})?`;
/**
 * IRIs and literals, an optional graph IRI, one statement: groups 1 subject, 2 predicate, 3 object IRI, 4 literal
 * text, 5 language, 6 datatype, 7 graph. n3 reads each such line to the same quad (the datatype is checked apart:
 * n3 refuses rdf:langString); any other line is left to n3. Blank nodes always go to n3.
 */
const PLAIN = new RegExp(String.raw`^[ \t]*${IRI}[ \t]+${IRI}[ \t]+(?:${IRI}|${LITERAL})(?:[ \t]+${IRI})?[ \t]*\.[ \t]*$`);
const REFUSED_DATATYPES = new Set([`${NS.rdf}langString`, `${NS.rdf}dirLangString`]);
const ECHAR: Readonly<Record<string, string>> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };
const BLANK_LINE = /^[ \t]*$/;

function plain(line: string): RegExpExecArray | undefined {
  const m = PLAIN.exec(line);
  return m && !(m[6] !== undefined && REFUSED_DATATYPES.has(m[6])) ? m : undefined;
}

/** The graph of a plain line (undefined: the default graph), or false for a line left to n3. */
export function plainLineGraph(line: string): string | undefined | false {
  const m = plain(line);
  return m ? m[7] : false;
}

/** The quad of a plain line, made as n3 makes it; undefined for a line left to n3. */
export function plainLineQuad(line: string): Quad | undefined {
  const m = plain(line);
  if (!m) return undefined;
  const [, s = '', p = '', o, text = '', language, datatype, graph] = m;
  const value = text.includes('\\') ? text.replace(/\\(.)/g, (_, c: string) => ECHAR[c] ?? c) : text;
  const object = o !== undefined ? f.namedNode(o) : language !== undefined ? f.literal(value, language) : datatype !== undefined ? f.literal(value, f.namedNode(datatype)) : f.literal(value);
  return f.quad(f.namedNode(s), f.namedNode(p), object, graph === undefined ? f.defaultGraph() : f.namedNode(graph));
}

/** Whether a line holds no statement (n3 skips it). */
export const isBlankLine = (line: string): boolean => BLANK_LINE.test(line);

/**
 * The quads of some lines of the file (the first numbered `firstLine`); after a line that does not parse, the quads
 * of the lines before it and the error naming that line — the contract of `parseBatch`, n3 asked only line by line.
 */
export function parseLines(lines: readonly string[], firstLine: number): { quads: Quad[]; error?: DatasetError } {
  const quads: Quad[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const q = plainLineQuad(line);
    if (q) {
      quads.push(q);
    } else if (!isBlankLine(line)) {
      const slow = parseBatch([line], firstLine + i);
      quads.push(...slow.quads);
      if (slow.error) return { quads, error: slow.error };
    }
  }
  return { quads };
}
