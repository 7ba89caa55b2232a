// The pages: dereferencing IRIs (W3C Cool URIs, 303 See Other to the document in the chosen format) and the index.
import { toCompactJsonLd } from '../rdf/jsonld.js';
import { asTriples, toNQuads, toTurtle } from '../rdf/serialize.js';
import { negotiate } from './accept.js';
import type { ServedData } from './data.js';
import { describe, kindOf } from './describe.js';
import { entityPage } from './pages/entity.js';
import { indexPage, resourcePage } from './pages/index.js';
import { recordPage } from './pages/record.js';
import { DOC_FORMATS, MEDIA_TYPES, type DocFormat } from './paths.js';
import { contentType } from './results.js';

/** The server's order of preference: Turtle for `*\/*` (curl, RDF clients), HTML when a browser asks for it. */
const OFFERS: readonly DocFormat[] = ['ttl', 'jsonld', 'nt', 'html'];

type Choice = { format: DocFormat } | { status: 400 | 406; message: string };

/** `?format=` when given (400 when it is not one of ours), else the best of the Accept header (406 when none fits). */
export function chooseFormat(url: URL, accept: string | undefined, fixed?: DocFormat): Choice {
  const asked = url.searchParams.get('format');
  if (asked !== null) {
    if ((DOC_FORMATS as readonly string[]).includes(asked)) return { format: asked as DocFormat };
    return { status: 400, message: `unknown format ${JSON.stringify(asked)}: use one of ${DOC_FORMATS.join(', ')}` };
  }
  if (fixed) return { format: fixed };
  const type = negotiate(accept, OFFERS.map((f) => MEDIA_TYPES[f]));
  const format = OFFERS.find((f) => MEDIA_TYPES[f] === type);
  if (format) return { format };
  return { status: 406, message: `none of the formats you accept is available: ${OFFERS.map((f) => MEDIA_TYPES[f]).join(', ')} (or ?format=${DOC_FORMATS.join('|')})` };
}

/** The description of `iri` written in `format` (HTML pages for records, entities and everything else). */
export async function representation(data: ServedData, iri: string, format: DocFormat): Promise<string> {
  if (format === 'html') {
    const kind = kindOf(data, iri);
    if (kind === 'record') return recordPage(data, iri);
    if (kind === 'entity') return entityPage(data, iri);
    return resourcePage(data, iri, describe(data, iri));
  }
  const quads = describe(data, iri);
  if (format === 'ttl') return toTurtle(quads);
  if (format === 'nt') return toNQuads(asTriples(quads));
  return toCompactJsonLd(quads);
}

/** A complete HTTP answer, as a worker thread hands it back (the main thread adds the security headers). */
export interface PageReply { status: number; headers: Record<string, string>; body: string }

const text = (status: number, message: string, headers: Record<string, string> = {}): PageReply =>
  ({ status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body: `${message}\n` });

/** A resource path (303 to its document) or a document path (the description); undefined when neither. */
export async function resourceReply(data: ServedData, url: URL, accept: string | undefined): Promise<PageReply | undefined> {
  const doc = data.paths.readDocPath(url.pathname);
  if (doc) {
    const choice = chooseFormat(url, accept, doc.format);
    if ('status' in choice) return text(choice.status, choice.message, { vary: 'Accept' });
    const body = await representation(data, doc.iri, choice.format);
    const negotiated = doc.format === undefined && url.searchParams.get('format') === null;
    const location: Record<string, string> = negotiated ? { vary: 'Accept', 'content-location': data.paths.docPath(doc.iri, choice.format) ?? '' } : {};
    return { status: 200, headers: { 'content-type': contentType(MEDIA_TYPES[choice.format]), ...location }, body };
  }
  const iri = data.paths.iriOf(url.pathname);
  if (iri === undefined) return undefined;
  const choice = chooseFormat(url, accept);
  if ('status' in choice) return text(choice.status, choice.message, { vary: 'Accept' });
  const location = data.paths.docPath(iri, choice.format) ?? '/';
  return text(303, `See Other: ${location}`, { location, vary: 'Accept' });
}

/** Every GET that is not /sparql nor a static file: the index, a resource or document path, else 404. */
export async function pageReply(data: ServedData, url: URL, accept: string | undefined): Promise<PageReply> {
  if (url.pathname === '/') return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: indexPage(data) };
  return (await resourceReply(data, url, accept)) ?? text(404, `nothing here: ${url.pathname} names no resource under ${data.base}`);
}
