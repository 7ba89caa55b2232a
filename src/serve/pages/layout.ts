// The page shell every HTML page shares: stylesheet and script from /static/, alternate formats, site header.
import { NS } from '../../rdf/namespaces.js';
import { html, link, type Html } from '../html.js';
import { MEDIA_TYPES, type DocFormat } from '../paths.js';

export interface PageOptions {
  /** The document URL of each RDF format of the same description (`<link rel="alternate">`). */
  alternates?: Partial<Record<DocFormat, string>>;
}

/** A complete HTML document; `title` and everything in `body` already escaped by the html template. */
export function page(title: string, body: Html, options: PageOptions = {}): string {
  const alternates = Object.entries(options.alternates ?? {})
    .filter(([format]) => format !== 'html')
    .map(([format, href]) => html`\n<link rel="alternate" type="${MEDIA_TYPES[format as DocFormat]}" href="${href}">`);
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/static/style.css">${alternates}
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="site"><a href="/">lodscribe</a><a href="/sparql">SPARQL endpoint</a></header>
<main>
${body}
</main>
</body>
</html>
`.value;
}

/** `schema:Person` for an IRI in a known namespace, else the IRI. */
export function curie(iri: string): string {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of Object.entries(NS)) {
    if (iri.startsWith(ns) && iri.length > ns.length && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

/** Links to the RDF formats of a description. */
export function formatLinks(alternates: Partial<Record<DocFormat, string>>): Html {
  const names: Record<DocFormat, string> = { ttl: 'Turtle', jsonld: 'JSON-LD', nt: 'N-Triples', html: 'HTML' };
  const links = (['ttl', 'jsonld', 'nt'] as const).flatMap((f) => (alternates[f] ? [link(alternates[f], names[f])] : []));
  return html`<p class="formats">This description as ${links.map((l, i) => html`${i > 0 ? ', ' : ''}${l}`)}.</p>`;
}
