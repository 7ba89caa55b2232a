// Small query helpers over mapped quads for the map tests.
import type { NamedNode, Quad, Term } from '../../src/rdf/factory.js';
import { rdf } from '../../src/rdf/namespaces.js';

export function objects(quads: readonly Quad[], s: Term, p: NamedNode): Term[] {
  return quads.filter((q) => q.subject.equals(s) && q.predicate.equals(p)).map((q) => q.object);
}

export function values(quads: readonly Quad[], s: Term, p: NamedNode): string[] {
  return objects(quads, s, p).map((o) => o.value).sort();
}

export function subjects(quads: readonly Quad[], p: NamedNode, o: Term): Term[] {
  return quads.filter((q) => q.predicate.equals(p) && q.object.equals(o)).map((q) => q.subject);
}

export function typesOf(quads: readonly Quad[], s: Term): string[] {
  return values(quads, s, rdf.type);
}

export function has(quads: readonly Quad[], s: Term, p: NamedNode, o: Term): boolean {
  return quads.some((q) => q.subject.equals(s) && q.predicate.equals(p) && q.object.equals(o));
}

export function literals(quads: readonly Quad[]): string[] {
  return quads.filter((q) => q.object.termType === 'Literal').map((q) => q.object.value);
}
