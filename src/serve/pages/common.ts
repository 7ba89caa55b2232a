// Small pieces the pages share: a resource's label, links to resources, the document URLs of each format.
import { rdfs, schema } from '../../rdf/namespaces.js';
import type { ServedData } from '../data.js';
import { html, link, type Html } from '../html.js';
import { DOC_FORMATS, type DocFormat, type PathMap } from '../paths.js';
import { curie } from './layout.js';

/** rdfs:label, else schema:name, else the compact IRI. */
export function labelOf(data: ServedData, iri: string): string {
  return data.text(iri, rdfs.label) ?? data.text(iri, schema.name) ?? curie(iri);
}

/** A link to a resource: its local page when it is under the base, else the IRI itself (http(s) only). */
export function resourceLink(data: ServedData, iri: string, text?: string, attributes: Record<string, string> = {}): Html {
  return link(data.paths.href(iri), text ?? labelOf(data, iri), attributes);
}

/** The document URL of every format describing `iri`. */
export function alternatesOf(paths: PathMap, iri: string): Partial<Record<DocFormat, string>> {
  const out: Partial<Record<DocFormat, string>> = {};
  for (const f of DOC_FORMATS) {
    const path = paths.docPath(iri, f);
    if (path !== undefined) out[f] = path;
  }
  return out;
}

/** A definition list of the facts that have a value. */
export function facts(rows: readonly (readonly [string, Html | string | undefined])[]): Html {
  const present = rows.filter(([, v]) => v !== undefined && v !== '');
  return html`<dl class="facts">${present.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** Items separated by commas. */
export function commaList(items: readonly Html[]): Html {
  return html`${items.map((item, i) => html`${i > 0 ? ', ' : ''}${item}`)}`;
}
