// Dereferencing IRIs (W3C Cool URIs, 303 See Other): a resource path redirects to the document in the chosen format.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toCompactJsonLd } from '../rdf/jsonld.js';
import { asTriples, toNQuads, toTurtle } from '../rdf/serialize.js';
import { negotiate } from './accept.js';
import type { ServedData } from './data.js';
import { describe, kindOf } from './describe.js';
import { send, sendText } from './http.js';
import { entityPage } from './pages/entity.js';
import { resourcePage } from './pages/index.js';
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

/** Answers a resource path (303 to its document) or a document path (the description); false when neither. */
export async function serveResource(req: IncomingMessage, res: ServerResponse, url: URL, data: ServedData): Promise<boolean> {
  const accept = req.headers.accept;
  const doc = data.paths.readDocPath(url.pathname);
  if (doc) {
    const choice = chooseFormat(url, accept, doc.format);
    if ('status' in choice) return (sendText(req, res, choice.status, choice.message, { vary: 'Accept' }), true);
    const body = await representation(data, doc.iri, choice.format);
    const negotiated = doc.format === undefined && url.searchParams.get('format') === null;
    const location: Record<string, string> = negotiated ? { vary: 'Accept', 'content-location': data.paths.docPath(doc.iri, choice.format) ?? '' } : {};
    send(req, res, 200, body, { 'content-type': contentType(MEDIA_TYPES[choice.format]), ...location });
    return true;
  }
  const iri = data.paths.iriOf(url.pathname);
  if (iri === undefined) return false;
  const choice = chooseFormat(url, accept);
  if ('status' in choice) return (sendText(req, res, choice.status, choice.message, { vary: 'Accept' }), true);
  const location = data.paths.docPath(iri, choice.format) ?? '/';
  sendText(req, res, 303, `See Other: ${location}`, { location, vary: 'Accept' });
  return true;
}
