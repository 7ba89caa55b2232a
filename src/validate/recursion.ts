// Recursive shapes are refused at load time: a shape may not reach itself through sh:node, sh:property, sh:and, ….
import type { Term } from '../rdf/factory.js';
import { sh } from '../rdf/namespaces.js';
import type { Graph } from './graph.js';
import { listItems } from './paths.js';

/** Shapes nested deeper than this (without a cycle) are refused too: the engines check nested shapes recursively. */
export const MAX_SHAPE_DEPTH = 64;

const key = (t: Term): string => `${t.termType}|${t.value}`;

/** The shapes one shape refers to: sh:node, sh:property, sh:not, sh:qualifiedValueShape, and the members of sh:and/or/xone. */
function references(graph: Graph, shape: Term): Term[] {
  return [
    ...[sh.node, sh.property, sh.not, sh.qualifiedValueShape].flatMap((p) => graph.objects(shape, p)),
    ...[sh.or, sh.and, sh.xone].flatMap((p) => graph.objects(shape, p).flatMap((list) => listItems(graph, list))),
  ].filter((t) => t.termType !== 'Literal');
}

/** Every node that is the subject of a shape reference or a target: where a walk over references may start. */
function startingShapes(graph: Graph): Term[] {
  const preds = [sh.node, sh.property, sh.not, sh.qualifiedValueShape, sh.or, sh.and, sh.xone, sh.targetClass, sh.targetNode, sh.targetSubjectsOf, sh.targetObjectsOf];
  const seen = new Map<string, Term>();
  for (const p of preds) for (const q of graph.store.getQuads(null, p, null, null)) seen.set(key(q.subject), q.subject);
  return [...seen.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1));
}

/**
 * The reason the shapes graph is refused, or undefined: a shape that refers to itself (directly or through other
 * shapes), or a chain of nested shapes deeper than MAX_SHAPE_DEPTH. Iterative, so no shapes graph overflows the stack.
 */
export function recursionProblem(graph: Graph): string | undefined {
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  for (const start of startingShapes(graph)) {
    if (depth.has(key(start))) continue;
    const stack: { node: Term; next: Term[] }[] = [{ node: start, next: references(graph, start) }];
    onPath.add(key(start));
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child === undefined) {
        const below = references(graph, top.node).reduce((n, c) => Math.max(n, depth.get(key(c)) ?? 0), 0);
        depth.set(key(top.node), below + 1);
        onPath.delete(key(top.node));
        stack.pop();
        continue;
      }
      if (onPath.has(key(child))) return `the shape ${child.value} refers to itself (recursive shapes are not supported)`;
      if (depth.has(key(child))) continue;
      if (stack.length >= MAX_SHAPE_DEPTH) return `shapes are nested more than ${MAX_SHAPE_DEPTH} deep below ${start.value}`;
      onPath.add(key(child));
      stack.push({ node: child, next: references(graph, child) });
    }
  }
  const deepest = [...depth.values()].reduce((a, b) => Math.max(a, b), 0);
  return deepest > MAX_SHAPE_DEPTH ? `shapes are nested ${deepest} deep, more than ${MAX_SHAPE_DEPTH}` : undefined;
}
