// Deterministic shape and order for compact JSON-LD: one @graph of nodes sorted by id, sorted keys, sorted sets.
import type { Json } from './json-guard.js';

type JsonObject = { [key: string]: Json };

const FIRST: Readonly<Record<string, number>> = { '@context': 0, '@value': 1, '@id': 2, id: 2, '@type': 3, type: 3 };

function keyRank(key: string): number {
  return FIRST[key] ?? (key === '@graph' ? 9 : 5);
}

/** Key order of every object: @context, @value, @id, @type, then the others in code unit order, @graph last. */
export function compareKeys(a: string, b: string): number {
  return keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function isObject(v: Json): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Ordered items in the order of their JSON texts. */
export function sortedSet(items: Json[]): Json[] {
  if (items.length < 2) return items;
  const keyed = items.map((v) => ({ key: JSON.stringify(v), v }));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.v);
}

/** Sorts object keys everywhere and the members of every array except `@list` values (lists keep their order). */
export function order(value: Json, inList = false): Json {
  if (Array.isArray(value)) {
    const items = value.map((v) => order(v));
    return inList ? items : sortedSet(items);
  }
  if (!isObject(value)) return value;
  const out = Object.create(null) as JsonObject;
  for (const key of Object.keys(value).sort(compareKeys)) out[key] = order(value[key] as Json, key === '@list');
  return out;
}

function nodeId(node: Json): string {
  if (!isObject(node)) return '';
  const id = node.id ?? node['@id'];
  return typeof id === 'string' ? id : '';
}

interface Keyed { id: string; node: Json; key?: string }

const fullKey = (e: Keyed): string => (e.key ??= `${e.id}\u0000${JSON.stringify(e.node)}`);
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Nodes in the order of `id U+0000 JSON text`. Two different ids without U+0000 already decide that order (a proper
 * prefix meets U+0000, below anything else), so the JSON text of a node is made only for equal ids (or ids holding U+0000).
 */
function byIdThenText(a: Keyed, b: Keyed): number {
  if (a.id !== b.id && !a.id.includes('\u0000') && !b.id.includes('\u0000')) return byCodeUnits(a.id, b.id);
  return byCodeUnits(fullKey(a), fullKey(b));
}

/** Ordered nodes sorted by id (then by JSON text, for equal ids). */
export function sortNodes(ordered: Json[]): Json[] {
  return ordered.map((node) => ({ id: nodeId(node), node }) as Keyed).sort(byIdThenText).map((e) => e.node);
}

/** `{ "@context": iri, "@graph": nodes }`. */
export function compactDocument(contextIri: string, graph: Json[]): JsonObject {
  const doc = Object.create(null) as JsonObject;
  doc['@context'] = contextIri;
  doc['@graph'] = graph;
  return doc;
}

/** `{ "@context": iri, "@graph": [nodes sorted by id] }` whatever shape jsonld.compact returned. */
export function orderCompactDocument(compacted: Json, contextIri: string): JsonObject {
  if (!isObject(compacted)) throw new TypeError('jsonld.compact did not return an object');
  const { '@context': _context, '@graph': graph, ...rest } = compacted;
  const nodes = Array.isArray(graph) ? graph : Object.keys(rest).length > 0 ? [rest as Json] : [];
  return compactDocument(contextIri, sortNodes(nodes.map((n) => order(n))));
}
