// SHACL property paths of the shapes graph: as SPARQL path text for the typed results, and their quads for the report.
import type { Quad, Term } from '../rdf/factory.js';
import { rdf, sh } from '../rdf/namespaces.js';
import type { Graph } from './graph.js';

const MODIFIERS = [
  [sh.zeroOrMorePath, '*'],
  [sh.oneOrMorePath, '+'],
  [sh.zeroOrOnePath, '?'],
] as const;

/** The members of an RDF list (stops at rdf:nil, a missing link or a cycle). */
export function listItems(graph: Graph, head: Term): Term[] {
  const items: Term[] = [];
  const seen = new Set<string>();
  for (let node: Term | undefined = head; node && !node.equals(rdf.nil) && !seen.has(node.value); ) {
    seen.add(node.value);
    const first = graph.objects(node, rdf.first)[0];
    if (first) items.push(first);
    node = graph.objects(node, rdf.rest)[0];
  }
  return items;
}

function complex(graph: Graph, path: Term, depth: number): string {
  if (path.termType === 'NamedNode') return `<${path.value}>`;
  if (depth > 16) return '…';
  const inner = (t: Term | undefined): string => (t ? complex(graph, t, depth + 1) : '?');
  const inverse = graph.objects(path, sh.inversePath)[0];
  if (inverse) return `^${inner(inverse)}`;
  const alternatives = graph.objects(path, sh.alternativePath)[0];
  if (alternatives) return `(${listItems(graph, alternatives).map(inner).join('|')})`;
  for (const [property, mark] of MODIFIERS) {
    const operand = graph.objects(path, property)[0];
    if (operand) return `${inner(operand)}${mark}`;
  }
  const sequence = listItems(graph, path);
  return sequence.length > 0 ? `(${sequence.map(inner).join('/')})` : '?';
}

/** A predicate path as its IRI; any other path in SPARQL syntax with `<iri>`s (`(<a>/<b>)`, `^<p>`). */
export function pathText(shapes: Graph, path: Term): string {
  return path.termType === 'NamedNode' ? path.value : complex(shapes, path, 0);
}

/** The quads that spell out a blank-node path, blank nodes included (depth-first, in a stable order). */
export function pathQuads(shapes: Graph, path: Term): Quad[] {
  const out: Quad[] = [];
  const visited = new Set<string>();
  const visit = (node: Term): void => {
    if (node.termType !== 'BlankNode' || visited.has(node.value)) return;
    visited.add(node.value);
    for (const q of shapes.about(node)) {
      out.push(q);
      visit(q.object);
    }
  };
  visit(path);
  return out;
}
