// The reading view of a record: turns in order with speakers, linked mentions, a switchable editorial layer.
import type { ServedData } from '../data.js';
import { html, link, type Html } from '../html.js';
import { alternatesOf, commaList, facts, labelOf, resourceLink } from './common.js';
import { formatLinks, page } from './layout.js';
import { readingView, type Narration, type Note, type ReadingView, type Turn } from './record-data.js';
import { segmentHtml } from './segment.js';

function speaker(data: ServedData, turn: Turn): Html {
  const label = turn.label || (turn.sender ? labelOf(data, turn.sender) : 'Unknown speaker');
  if (!turn.sender) return html`<span class="speaker">${label}</span>`;
  return resourceLink(data, turn.sender, label, { class: 'speaker', title: labelOf(data, turn.sender) });
}

function turnItem(data: ServedData, turn: Turn, notes: readonly Note[]): Html {
  const text = segmentHtml(turn, notes, data.paths, (iri) => labelOf(data, iri));
  return html`<li class="turn" id="${`turn-${turn.n}`}" data-turn="${turn.n}">${speaker(data, turn)}<span class="colon">: </span><span class="text">${text}</span></li>\n`;
}

function narrationItem(data: ServedData, item: Narration, notes: readonly Note[]): Html {
  const text = segmentHtml(item, notes, data.paths, (iri) => labelOf(data, iri));
  return html`<p class="narration" data-kind="${item.kind}">${text}</p>\n`;
}

function header(data: ServedData, view: ReadingView): Html {
  const attendees = view.attendees.map((a) => resourceLink(data, a));
  return html`<h1>${view.title}</h1>
<p class="iri">${view.iri}</p>
${facts([
  ['Record ID', view.identifier],
  ['Date', view.date],
  ['Type', view.genre],
  ['Duration', view.duration],
  ['Present', attendees.length > 0 ? commaList(attendees) : undefined],
])}
${view.summary ? html`<h2>Summary</h2>\n<p class="summary">${view.summary}</p>` : ''}`;
}

function provenance(view: ReadingView): Html {
  const runs = view.runs.map((r) => html`<li>${r.label ?? r.iri} (${r.software.join(', ')}), ${r.started ?? '?'} – ${r.ended ?? '?'}</li>`);
  return html`<h2>Provenance</h2>
${facts([['Source text SHA-256', view.sha256 ? html`<code>${view.sha256}</code>` : undefined]])}
${runs.length > 0 ? html`<ul class="runs">${runs}</ul>` : ''}`;
}

function body(data: ServedData, view: ReadingView): Html {
  const turns = view.turns.map((t) => turnItem(data, t, view.notes));
  const narration = view.narration.map((n) => narrationItem(data, n, view.notes));
  const rights = view.rights.map((p) => html`<p class="rights">${p}</p>`);
  return html`<article class="record">
${header(data, view)}
<p class="editorial-switch"><button id="toggle-editorial" type="button" aria-pressed="true" hidden>Hide the editorial layer</button>
Words marked <span class="editorial-legend">[like this]</span> are the editors', not the speakers'.</p>
${turns.length > 0 ? html`<h2>Conversation (${turns.length} turns)</h2>\n<ol class="turns">\n${turns}</ol>` : ''}
${narration.length > 0 ? html`<h2>Narration</h2>\n${narration}` : ''}
${rights.length > 0 ? html`<h2>Rights</h2>\n${rights}` : ''}
${provenance(view)}
<h2>Data</h2>
${formatLinks(alternatesOf(data.paths, view.iri))}
<p>${link('/sparql', 'Query the dataset with SPARQL')}</p>
</article>`;
}

/** The reading view of `record` as a complete HTML page. */
export function recordPage(data: ServedData, record: string): string {
  const view = readingView(data, record);
  return page(view.title, body(data, view), { alternates: alternatesOf(data.paths, record) });
}
