// The source span of a node in a validation result: from the caller's map, or from the mentions' TextPositionSelectors.
import type { Span } from '../findings.js';
import { namedNode, type Term } from '../rdf/factory.js';
import { dcterms, oa } from '../rdf/namespaces.js';
import type { Graph } from './graph.js';

function offset(graph: Graph, node: Term, property: typeof oa.start): number | undefined {
  const values = graph.objects(node, property);
  const v = values[0];
  if (values.length !== 1 || v?.termType !== 'Literal' || !/^[0-9]+$/.test(v.value)) return undefined;
  return Number(v.value);
}

/** The span a TextPositionSelector holds, if it holds one start ≤ end. */
function selectorSpan(graph: Graph, selector: Term): Span | undefined {
  const start = offset(graph, selector, oa.start);
  const end = offset(graph, selector, oa.end);
  return start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
}

/** The first span among the selectors of a target (a oa:SpecificResource). */
function targetSpan(graph: Graph, target: Term): Span | undefined {
  for (const s of graph.objects(target, oa.hasSelector)) {
    const span = selectorSpan(graph, s);
    if (span) return span;
  }
  return undefined;
}

function earliest(spans: (Span | undefined)[]): Span | undefined {
  return spans.filter((s): s is Span => s !== undefined).sort((a, b) => a.start - b.start || a.end - b.end)[0];
}

/**
 * The span of one node, first found of: the caller's map; the node as a selector, a target or a mention; the first
 * mention inside it (a target `dcterms:isPartOf` it: for a turn, its speaker label); its first mention (`oa:hasBody`).
 */
function nodeSpan(graph: Graph, iri: string, spans: ReadonlyMap<string, Span> | undefined): Span | undefined {
  const given = spans?.get(iri);
  if (given) return { start: given.start, end: given.end };
  const node = namedNode(iri);
  const own = selectorSpan(graph, node) ?? targetSpan(graph, node);
  if (own) return own;
  const targets = graph.objects(node, oa.hasTarget);
  return (
    earliest(targets.map((t) => targetSpan(graph, t))) ??
    earliest(graph.subjects(dcterms.isPartOf, node).map((t) => targetSpan(graph, t))) ??
    earliest(graph.subjects(oa.hasBody, node).flatMap((m) => graph.objects(m, oa.hasTarget).map((t) => targetSpan(graph, t))))
  );
}

/**
 * A lookup of source spans by node IRI. A node without a span of its own takes that of the node its IRI is part
 * of, up to two path segments up (`…/turn/3/utterance` → `…/turn/3`, `…/mention/4/quote` → `…/mention/4`).
 */
export function spanResolver(graph: Graph, spans?: ReadonlyMap<string, Span>): (iri: string) => Span | undefined {
  const cache = new Map<string, Span | undefined>();
  return (iri) => {
    if (cache.has(iri)) return cache.get(iri);
    let span: Span | undefined;
    let candidate = iri;
    for (let up = 0; up <= 2 && span === undefined && /^[a-z][a-z0-9+.-]*:/i.test(candidate); up++) {
      span = nodeSpan(graph, candidate, spans);
      const cut = candidate.lastIndexOf('/');
      if (cut <= candidate.indexOf('//') + 1) break;
      candidate = candidate.slice(0, cut);
    }
    cache.set(iri, span);
    return span;
  };
}
