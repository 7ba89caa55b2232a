// The one adapter importing jsonld: bundled contexts only (never fetches), safe mode, pollution guards, stable output.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import type { Quad } from './factory.js';
import { iriProblem } from './iri.js';
import { assertNoPrototypeKeys, parseJsonSafely, UnsafeJsonError, type Json } from './json-guard.js';
import { orderCompactDocument } from './jsonld-order.js';
import { assertWritable, asTriples, escapeControls, parseRdf, toNQuads } from './serialize.js';

/** The IRI our JSON-LD documents name as their `@context`; served from ontology/context.jsonld, never fetched. */
export const CONTEXT_IRI = 'https://w3id.org/lodscribe/context.jsonld';
const CONTEXT_FILE = new URL('../../ontology/context.jsonld', import.meta.url);

let bundled: Map<string, string> | undefined;

/** IRI → JSON text of every context this program may load. */
export function bundledContexts(): ReadonlyMap<string, string> {
  bundled ??= new Map([[CONTEXT_IRI, readFileSync(CONTEXT_FILE, 'utf8')]]);
  return bundled;
}

/** Thrown by the document loader for any URL that is not a bundled context. */
export class RemoteDocumentRefusedError extends Error {
  override readonly name = 'RemoteDocumentRefusedError';
  constructor(readonly url: string) {
    super(`Refusing to load ${JSON.stringify(url)}: only bundled JSON-LD contexts are served (${CONTEXT_IRI})`);
  }
}

export interface RemoteDocument { contextUrl: null; documentUrl: string; document: Json }

/** The only document loader lodscribe gives jsonld: a fresh copy of a bundled context, or an error. */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  const text = typeof url === 'string' ? bundledContexts().get(url) : undefined;
  if (text === undefined) throw new RemoteDocumentRefusedError(String(url));
  return { contextUrl: null, documentUrl: url, document: parseJsonSafely(text) };
}

// Defence in depth: even a call that forgets the option cannot reach the network.
(jsonld as unknown as { documentLoader: typeof documentLoader }).documentLoader = documentLoader;

const OPTIONS = { documentLoader, safe: true, base: null } as const;

interface JsonLdApi {
  expand(input: unknown, options: object): Promise<Json[]>;
  toRDF(input: unknown, options: object): Promise<string>;
  fromRDF(input: string, options: object): Promise<Json[]>;
  compact(input: unknown, ctx: unknown, options: object): Promise<Json>;
  canonize(input: unknown, options: object): Promise<string>;
}
const api = jsonld as unknown as JsonLdApi;

function isIdentifier(value: unknown): boolean {
  return typeof value === 'string' && (value.startsWith('_:') || value === '@json' || iriProblem(value) === undefined);
}

/** After expansion every `@id` and `@type` must be an absolute IRI or a blank node label. */
function assertExpandedIdentifiers(expanded: unknown): void {
  const stack: unknown[] = [expanded];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (v !== null && typeof v === 'object') {
      const node = v as Record<string, unknown>;
      const ids = [node['@id'], node['@type']].flat();
      const bad = ids.find((id) => id !== undefined && !isIdentifier(id));
      if (bad !== undefined) throw new UnsafeJsonError('$', `${JSON.stringify(bad)} is not an absolute IRI or blank node`);
      for (const [key, x] of Object.entries(node)) if (key !== '@value' && typeof x === 'object') stack.push(x);
    }
  }
}

/** jsonld wraps loader errors ("loading remote context failed"); surface our refusal as the error itself. */
function refusalIn(error: unknown): RemoteDocumentRefusedError | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 8 && e !== null && typeof e === 'object'; depth++) {
    if (e instanceof RemoteDocumentRefusedError) return e;
    const next = e as { details?: { cause?: unknown }; cause?: unknown };
    e = next.details?.cause ?? next.cause;
  }
  return undefined;
}

/** JSON-LD (text or parsed) → quads, with only bundled contexts, in safe mode, after the prototype checks. */
export async function jsonLdToQuads(input: string | unknown): Promise<Quad[]> {
  const doc = typeof input === 'string' ? parseJsonSafely(input) : (assertNoPrototypeKeys(input), parseJsonSafely(JSON.stringify(input)));
  try {
    const expanded = await api.expand(doc, OPTIONS);
    assertExpandedIdentifiers(expanded);
    const nquads = await api.toRDF(expanded, { ...OPTIONS, format: 'application/n-quads' });
    return parseRdf(nquads, 'n-quads');
  } catch (e) {
    throw refusalIn(e) ?? e;
  }
}

/**
 * The triples of `quads` (graph names dropped) as a compact JSON-LD document naming our context by IRI: one
 * `@graph` of flat nodes, sorted by id, keys and set values sorted, so equal graphs give byte-identical text.
 */
export async function toCompactJsonLd(quads: Iterable<Quad>): Promise<string> {
  const triples = asTriples(quads);
  assertWritable(triples);
  const expanded = await api.fromRDF(toNQuads(triples), { format: 'application/n-quads', useNativeTypes: false, rdfDirection: null });
  const compacted = await api.compact(expanded, CONTEXT_IRI, { ...OPTIONS, compactToRelative: false });
  const ordered = orderCompactDocument(compacted, CONTEXT_IRI);
  assertNoPrototypeKeys(ordered);
  return `${escapeControls(JSON.stringify(ordered, null, 2))}\n`;
}

/** One expanded node compacted with our context (the fast writer's probe of how jsonld.js picks terms). */
export async function compactOne(expandedNode: Record<string, unknown>): Promise<Json> {
  return api.compact([expandedNode], CONTEXT_IRI, { ...OPTIONS, compactToRelative: false });
}

/** The context's prefixes usable in compact IRIs: simple string terms whose IRI ends in a gen-delim character. */
export function contextPrefixes(): [string, string][] {
  const context = (JSON.parse(bundledContexts().get(CONTEXT_IRI)!) as { '@context': Record<string, unknown> })['@context'];
  return Object.entries(context).filter((e): e is [string, string] => typeof e[1] === 'string' && !e[0].startsWith('@') && !e[0].includes(':') && /[:/?#[\]@]$/.test(e[1]));
}

/** RDFC-1.0 canonical N-Quads of `quads` (for comparing graphs that may hold blank nodes). */
export async function canonicalNQuads(quads: Iterable<Quad>): Promise<string> {
  const options = { ...OPTIONS, inputFormat: 'application/n-quads', algorithm: 'RDFC-1.0', format: 'application/n-quads' };
  return api.canonize(toNQuads(quads), options);
}
