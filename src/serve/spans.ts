// Marking up ranges of a text (asides, editorial insertions, mentions) as properly nested HTML; the text escaped.
import { Html, escapeHtml } from './html.js';

/** A range of code points to wrap in `open` … `close`; `link` ranges never nest inside another link. */
export interface Span { start: number; end: number; open: Html; close: Html; link?: boolean; rank: number }

interface Node { span: Span; children: Node[] }

/** Outer ranges first: by start, then longer first, then lower rank (asides 0, editorial 1, mentions 2). */
function order(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/** The spans as a forest; a span crossing another's boundary, or a link inside a link, is left out. */
function nest(spans: readonly Span[], length: number): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const span of [...spans].sort(order)) {
    if (span.start < 0 || span.end > length || span.start >= span.end) continue;
    while (stack.length > 0 && (stack[stack.length - 1]?.span.end ?? 0) <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end > parent.span.end) continue;
    if (span.link && stack.some((n) => n.span.link)) continue;
    const node: Node = { span, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function renderRange(points: readonly string[], start: number, end: number, nodes: readonly Node[]): string {
  let out = '';
  let at = start;
  for (const node of nodes) {
    out += escapeHtml(points.slice(at, node.span.start).join(''));
    out += node.span.open.value + renderRange(points, node.span.start, node.span.end, node.children) + node.span.close.value;
    at = node.span.end;
  }
  return out + escapeHtml(points.slice(at, end).join(''));
}

/** `text` with every span's markup around its range; everything from the text is escaped. */
export function markUp(text: string, spans: readonly Span[]): Html {
  const points = Array.from(text);
  return new Html(renderRange(points, 0, points.length, nest(spans, points.length)));
}
