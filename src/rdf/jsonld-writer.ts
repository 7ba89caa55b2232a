// A fast compact JSON-LD writer for our own graphs: jsonld.js picks each term once (probes), our code does the rest.
import type { Quad, Term } from './factory.js';
import { assertNoPrototypeKeys, type Json } from './json-guard.js';
import { CONTEXT_IRI, compactOne, contextPrefixes, toCompactJsonLd } from './jsonld.js';
import { compactDocument, compareKeys, order, sortedSet, sortNodes } from './jsonld-order.js';
import { NS } from './namespaces.js';
import { assertWritable, escapeControls } from './serialize.js';

const PROBE_ID = 'urn:x-lodscribe:probe:node';
const PROBE_IRI = 'urn:x-lodscribe:probe:value';
const PROBE_TEXT = '\u0000lodscribe-probe\u0000';
const RDF_TYPE = `${NS.rdf}type`;
const RDF_JSON = `${NS.rdf}JSON`;
const XSD_STRING = `${NS.xsd}string`;

/** How one (predicate, kind of value) compacts: the key, and the value with a placeholder where the text or IRI goes. */
interface Pattern { key: string; value: Json }

const patterns = new Map<string, Promise<Pattern>>();
const typeTerms = new Map<string, Promise<Json>>();
let aliases: Promise<{ id: string; type: string }> | undefined;

/** The kind of value a term is, as far as compaction goes: 'iri', '@lang', '^' (xsd:string) or '^datatype'. */
function shapeOf(o: Term): string {
  if (o.termType === 'NamedNode') return 'iri';
  if (o.termType !== 'Literal') throw new TypeError(`cannot write a ${o.termType} object`);
  if (o.language) return `@${o.language}`;
  const dt = o.datatype.value;
  return dt === XSD_STRING ? '^' : `^${dt}`;
}

/** The expanded probe value of a kind of value (see `shapeOf`). */
function probeValue(shape: string): Record<string, string> {
  if (shape === 'iri') return { '@id': PROBE_IRI };
  if (shape.startsWith('@')) return { '@value': PROBE_TEXT, '@language': shape.slice(1) };
  return shape === '^' ? { '@value': PROBE_TEXT } : { '@value': PROBE_TEXT, '@type': shape.slice(1) };
}

/** Compacts a one-property probe node with jsonld.js and reads which key and value form it chose. */
async function probe(predicate: string, expanded: Record<string, string>): Promise<Pattern> {
  const doc = (await compactOne({ '@id': PROBE_ID, [predicate]: [expanded] })) as Record<string, Json>;
  const keys = Object.keys(doc).filter((k) => k !== '@context' && doc[k] !== PROBE_ID);
  if (keys.length !== 1) throw new Error(`unexpected compaction of ${predicate}: ${JSON.stringify(doc)}`);
  return { key: keys[0]!, value: order(doc[keys[0]!]!) }; // keys in output order: filled values keep it
}

async function typeTerm(iri: string): Promise<Json> {
  const doc = (await compactOne({ '@id': PROBE_ID, '@type': [iri] })) as Record<string, Json>;
  const { id, type } = await keyAliases();
  return order(doc[type] ?? (() => { throw new Error(`unexpected compaction of type ${iri} (${id})`); })());
}

function keyAliases(): Promise<{ id: string; type: string }> {
  aliases ??= compactOne({ '@id': PROBE_ID, '@type': [PROBE_IRI] }).then((d) => {
    const doc = d as Record<string, Json>;
    const id = Object.keys(doc).find((k) => doc[k] === PROBE_ID) ?? '@id';
    const type = Object.keys(doc).find((k) => doc[k] === PROBE_IRI) ?? '@type';
    return { id, type };
  });
  return aliases;
}

let prefixes: [string, string][] | undefined;

/** Compact IRIs made so far (a cache of a pure function of the IRI). */
const compactIris = new Map<string, string>();

/** IRI compaction for ids and IRI values (vocab false): the shortest, then least, `prefix:suffix` that is not a term. */
function compactIri(iri: string): string {
  let compact = compactIris.get(iri);
  if (compact === undefined) {
    if (compactIris.size >= 100_000) compactIris.clear(); // bounded: IRIs recur within and across records
    compactIris.set(iri, (compact = compactIriOnce(iri)));
  }
  return compact;
}

function compactIriOnce(iri: string): string {
  prefixes ??= contextPrefixes();
  let choice: string | undefined;
  for (const [term, ns] of prefixes) {
    if (!iri.startsWith(ns) || iri.length === ns.length) continue;
    const curie = `${term}:${iri.slice(ns.length)}`;
    if (choice === undefined || curie.length < choice.length || (curie.length === choice.length && curie < choice)) choice = curie;
  }
  return choice ?? iri;
}

function fill(pattern: Json, text: string): Json {
  if (pattern === PROBE_TEXT || pattern === PROBE_IRI) return text;
  if (pattern === null || typeof pattern !== 'object' || Array.isArray(pattern)) return pattern;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(pattern)) out[k] = v === PROBE_TEXT || v === PROBE_IRI ? text : v;
  return out;
}

/** The patterns and type terms probed so far, by predicate and shape and by type IRI (probes are pure). */
const readyPatterns = new Map<string, Map<string, Pattern>>();

function readyPattern(predicate: string, shape: string): Pattern | undefined {
  return readyPatterns.get(predicate)?.get(shape);
}
const readyTypes = new Map<string, Json>();

const isTyping = (q: Quad): boolean => q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode';

/** Probes, one after the other, each (predicate, kind of value) and type of `quads` not probed before. */
async function probeMissing(quads: readonly Quad[]): Promise<void> {
  for (const q of quads) {
    const o = q.object;
    if (isTyping(q)) {
      if (readyTypes.has(o.value)) continue;
      let term = typeTerms.get(o.value);
      if (!term) typeTerms.set(o.value, (term = typeTerm(o.value)));
      readyTypes.set(o.value, await term);
      continue;
    }
    const p = q.predicate.value;
    const shape = shapeOf(o);
    if (readyPattern(p, shape)) continue;
    const id = `${p}\u0001${shape}`;
    let pattern = patterns.get(id);
    if (!pattern) patterns.set(id, (pattern = probe(p, probeValue(shape))));
    const ready = await pattern;
    let byShape = readyPatterns.get(p);
    if (!byShape) readyPatterns.set(p, (byShape = new Map()));
    byShape.set(shape, ready);
  }
}

function compactValue(p: string, o: Term): { key: string; value: Json } {
  const { key, value } = readyPattern(p, shapeOf(o))!;
  return { key, value: fill(value, o.termType === 'NamedNode' ? compactIri(o.value) : o.value) };
}

/** Tells the objects of one subject and predicate apart: an IRI by itself, anything else after U+0000 (IRIs hold none). */
function objectKey(o: Term): string {
  if (o.termType === 'NamedNode' && !o.value.startsWith('\u0000')) return o.value;
  return o.termType === 'Literal' ? `\u0000L${o.language}\u0000${o.datatype.value}\u0000${o.value}` : `\u0000${o.termType}\u0000${o.value}`;
}

/** The triples of `quads` grouped by subject as compact node objects (values in arrays until `finish`); all probed. */
function nodesOf(quads: readonly Quad[], type: string): Map<string, Map<string, Json[]>> {
  const nodes = new Map<string, Map<string, Json[]>>();
  const seen = new Map<string, Map<string, Set<string>>>(); // object keys by subject and predicate
  for (const q of quads) {
    const o = q.object;
    let bySubject = seen.get(q.subject.value);
    if (!bySubject) seen.set(q.subject.value, (bySubject = new Map()));
    let objects = bySubject.get(q.predicate.value);
    if (!objects) bySubject.set(q.predicate.value, (objects = new Set()));
    const ok = objectKey(o);
    if (objects.has(ok)) continue;
    objects.add(ok);
    let node = nodes.get(q.subject.value);
    if (!node) nodes.set(q.subject.value, (node = new Map()));
    const entry = isTyping(q) ? { key: type, value: readyTypes.get(o.value)! } : compactValue(q.predicate.value, o);
    const values = node.get(entry.key);
    if (values) values.push(entry.value);
    else node.set(entry.key, [entry.value]);
  }
  return nodes;
}

/** Whether the fast writer handles every quad (named-node subjects, no rdf:JSON literals); else the reference writes. */
function handles(quads: readonly Quad[]): boolean {
  return quads.every((q) => q.subject.termType === 'NamedNode' && (q.object.termType === 'NamedNode' || (q.object.termType === 'Literal' && q.object.datatype.value !== RDF_JSON)));
}

/** A node object with its keys in output order and each set of values sorted, as `orderCompactDocument` makes them. */
function orderedNode(idKey: string, id: string, props: Map<string, Json[]>): Json {
  const node = Object.create(null) as Record<string, Json>;
  for (const key of [idKey, ...props.keys()].sort(compareKeys)) {
    const values = props.get(key);
    node[key] = values === undefined ? id : values.length === 1 ? values[0]! : sortedSet(values);
  }
  return node;
}

/** Compact JSON-LD of `quads` (graph names dropped) with our context, byte-identical to `toCompactJsonLd`. */
export async function compactJsonLd(quads: readonly Quad[]): Promise<string> {
  if (!handles(quads)) return toCompactJsonLd(quads);
  assertWritable(quads);
  const { id, type } = await keyAliases();
  await probeMissing(quads);
  const graph: Json[] = [];
  for (const [subject, props] of nodesOf(quads, type)) graph.push(orderedNode(id, compactIri(subject), props));
  const ordered = compactDocument(CONTEXT_IRI, sortNodes(graph));
  assertNoPrototypeKeys(ordered);
  return `${escapeControls(JSON.stringify(ordered, null, 2))}\n`;
}
