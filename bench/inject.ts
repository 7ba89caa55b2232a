// Errors injected into conforming record graphs (for the SHACL engines' agreement test): each mutation breaks one kind of constraint.
import { literal, namedNode, quad, type Literal, type NamedNode, type Quad } from '../src/rdf/factory.js';
import { lod, oa, rdf, schema, xsd, crm } from '../src/rdf/namespaces.js';

type Mutation = (g: readonly Quad[]) => Quad[];
const is = (q: Quad, p: NamedNode) => q.predicate.equals(p);
const S = (q: Quad) => q.subject as NamedNode;

/** Mutations by name: each keeps every quad but the ones it drops, changes or adds. */
export const MUTATIONS: Record<string, Mutation> = {
  'drop a turn position': (g) => dropFirst(g, (q) => is(q, schema.position)),
  'second turn position': (g) => addFor(g, (q) => is(q, schema.position), (q) => quad(S(q), schema.position, literal('999', xsd.integer), q.graph as NamedNode)),
  'plain turn text': (g) => g.map((q) => (is(q, schema.text) ? quad(S(q), q.predicate as NamedNode, literal(q.object.value), q.graph as NamedNode) : q)),
  'integer offsets': (g) => g.map((q) => (is(q, oa.start) ? quad(S(q), oa.start, literal(q.object.value, xsd.integer), q.graph as NamedNode) : q)),
  'untyped talks': (g) => dropFirst(g, (q) => is(q, rdf.type) && q.object.equals(lod.Talks)),
  'side 3': (g) => addFor(g, (q) => is(q, oa.hasBody), (q) => quad(S(q), lod.side, literal('3', xsd.integer), q.graph as NamedNode)),
  'short sort value': (g) => g.map((q) => (is(q, crm.P190_has_symbolic_content) && /^\d{4,}$/.test(q.object.value) ? quad(S(q), q.predicate as NamedNode, literal('12'), q.graph as NamedNode) : q)),
  'other sender': (g) => g.map((q) => (is(q, schema.sender) ? quad(S(q), schema.sender, namedNode('https://example.org/nobody'), q.graph as NamedNode) : q)),
  'start after end': (g) => g.map((q) => (is(q, oa.start) ? quad(S(q), oa.start, literal(String(Number((q.object as Literal).value) + 100000), (q.object as Literal).datatype), q.graph as NamedNode) : q)),
};

function dropFirst(g: readonly Quad[], test: (q: Quad) => boolean): Quad[] {
  const i = g.findIndex(test);
  return i < 0 ? [...g] : [...g.slice(0, i), ...g.slice(i + 1)];
}

function addFor(g: readonly Quad[], test: (q: Quad) => boolean, make: (q: Quad) => Quad): Quad[] {
  const q = g.find(test);
  return q ? [...g, make(q)] : [...g];
}
