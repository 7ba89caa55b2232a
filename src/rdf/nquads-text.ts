// Quads → canonical N-Quads lines, each distinct term checked and encoded once per text (n3's Writer stays the reference in tests).
import type { Literal, Quad, Term } from './factory.js';
import { uEscape } from './escape.js';
import { xsd } from './namespaces.js';

/**
 * What canonical N-Quads escapes (controls, '"', '\', DEL, U+FFFE, U+FFFF), and the C1 controls U+0080–U+009F, which
 * n3 writes raw but which we escape too so that no output holds a raw control character.
 */
const ESCAPED = /[^ !#-\[\]-~\u00A0-\uFFFD]/;
const ESCAPED_ALL = /[^ !#-\[\]-~\u00A0-\uFFFD]/g;
const SHORT: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };

const escapeChar = (c: string): string => SHORT[c] ?? uEscape(c);

function escaped(text: string): string {
  return ESCAPED.test(text) ? text.replace(ESCAPED_ALL, escapeChar) : text;
}

/** RDF 1.2's base direction, which n3's literals may carry (`--ltr`); ours never do. */
function direction(l: Literal): string {
  const d = (l as { direction?: string | null }).direction;
  return d ? `--${d}` : '';
}

function literalText(l: Literal): string {
  const value = `"${escaped(l.value)}"`;
  if (l.language !== '') return `${value}@${l.language}${direction(l)}`;
  return l.datatype.value === xsd.string.value ? value : `${value}^^<${escaped(l.datatype.value)}>`;
}

/** The N-Quads form of an IRI, blank node or literal (the default graph is ''). */
export function termText(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${escaped(t.value)}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      return literalText(t);
    default:
      return '';
  }
}

/**
 * Writes N-Quads statements (each with its line end): every distinct term object is passed to `check` and encoded once,
 * in line order, so the first term `check` refuses is the first bad one a line-by-line writer would meet.
 */
export class NQuadsText {
  private readonly texts = new Map<Term, string>();

  constructor(private readonly check: (t: Term) => void) {}

  private text(t: Term): string {
    let text = this.texts.get(t);
    if (text === undefined) {
      this.check(t);
      this.texts.set(t, (text = termText(t)));
    }
    return text;
  }

  line(q: Quad): string {
    const graph = q.graph.termType === 'DefaultGraph' ? '' : ` ${this.text(q.graph)}`;
    return `${this.text(q.subject)} ${this.text(q.predicate)} ${this.text(q.object)}${graph} .\n`;
  }

  lines(quads: readonly Quad[]): string {
    let out = '';
    for (const q of quads) out += this.line(q);
    return out;
  }
}
