// The index of records, the page of any other resource (its statements), and the SPARQL query form.
import type { Quad } from '../../rdf/factory.js';
import { NS, dcterms, schema, voidNs } from '../../rdf/namespaces.js';
import type { ServedData } from '../data.js';
import { html, link, type Html } from '../html.js';
import { alternatesOf, labelOf, resourceLink } from './common.js';
import { curie, formatLinks, page } from './layout.js';

/** The list of records, with their dates and types, and where to go next. */
export function indexPage(data: ServedData): string {
  const dataset = `${data.base}dataset`;
  const title = data.text(dataset, dcterms.title) ?? 'lodscribe';
  const records = data.records().map((r) => {
    const date = data.text(r, schema.dateCreated);
    const genre = data.text(r, schema.genre);
    return html`<li class="record-entry">${resourceLink(data, r, labelOf(data, r), { class: 'record-link' })}${date ? html` <span class="date">${date}</span>` : ''}${genre ? html` <span class="genre">(${genre})</span>` : ''}</li>\n`;
  });
  const triples = data.text(dataset, voidNs.triples);
  const body = html`<h1>${title}</h1>
<p>${data.text(dataset, dcterms.description) ?? ''}</p>
<h2>Records (${records.length})</h2>
<ul class="records">\n${records}</ul>
<h2>Data</h2>
<ul>
<li>${link('/sparql', 'The SPARQL endpoint')} (SPARQL 1.1 Protocol, read-only)</li>
${data.isGraph(dataset) || data.quads(dataset, null, null).length > 0 ? html`<li>${resourceLink(data, dataset, 'The dataset description')} (VoID, DCAT)${triples ? html`, ${triples} triples` : ''}</li>` : ''}
</ul>
<p class="iri">IRIs under ${data.base}</p>`;
  return page(title, body);
}

function valueCell(data: ServedData, q: Quad): Html {
  const o = q.object;
  if (o.termType === 'NamedNode') return resourceLink(data, o.value, curie(o.value));
  if (o.termType === 'Literal') return html`${o.value}${o.language ? html` <span class="lang">@${o.language}</span>` : ''}`;
  return html`<code>${o.termType === 'BlankNode' ? `_:${o.value}` : o.value}</code>`;
}

/** Any other resource: the statements of its description, subject by subject. */
export function resourcePage(data: ServedData, iri: string, description: readonly Quad[]): string {
  const rows = description.map((q) => html`<tr><td>${q.subject.value === iri ? '' : resourceLink(data, q.subject.value, curie(q.subject.value))}</td><td><code>${curie(q.predicate.value)}</code></td><td>${valueCell(data, q)}</td></tr>\n`);
  const label = labelOf(data, iri);
  const body = html`<h1>${label}</h1>
<p class="iri">${iri}</p>
<table class="statements"><thead><tr><th>subject</th><th>property</th><th>value</th></tr></thead>
<tbody>\n${rows}</tbody></table>
<h2>Data</h2>
${formatLinks(alternatesOf(data.paths, iri))}`;
  return page(label, body, { alternates: alternatesOf(data.paths, iri) });
}

/** A form that sends a query to /sparql by GET (the browser's Accept gives SPARQL JSON for SELECT). */
export function sparqlFormPage(): string {
  const example = `PREFIX schema: <${NS.schema}>\nSELECT ?record ?title WHERE { ?record a schema:ArchiveComponent ; schema:name ?title }\nLIMIT 10`;
  const body = html`<h1>SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 Protocol endpoint: GET <code>/sparql?query=…</code>, or POST a form or <code>application/sparql-query</code>.
Results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples or JSON-LD, by the Accept header.</p>
<form method="get" action="/sparql">
<p><textarea name="query" rows="10" cols="80">${example}</textarea></p>
<p><button type="submit">Run the query</button></p>
</form>`;
  return page('SPARQL endpoint', body);
}
