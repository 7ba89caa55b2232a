// The page of a person, place, group, agreement or event: names, types, Wikidata links, the records naming it.
import { dcterms, la, lod, oa, rdf, schema } from '../../rdf/namespaces.js';
import type { ServedData } from '../data.js';
import { namingRecords } from '../describe.js';
import { html, link, type Html } from '../html.js';
import { alternatesOf, commaList, facts, labelOf, resourceLink } from './common.js';
import { curie, formatLinks, page } from './layout.js';

interface RecordRefs { record: string; relations: Set<string>; spoke: Set<number>; named: Set<number>; mentions: number }

function refsFor(map: Map<string, RecordRefs>, record: string): RecordRefs {
  let refs = map.get(record);
  if (!refs) map.set(record, (refs = { record, relations: new Set(), spoke: new Set(), named: new Set(), mentions: 0 }));
  return refs;
}

/** The records that name the entity: how (mentions, about, refers to) and in which turns. */
function recordsNaming(data: ServedData, iri: string): RecordRefs[] {
  const map = new Map<string, RecordRefs>();
  for (const q of namingRecords(data, iri)) refsFor(map, q.subject.value).relations.add(curie(q.predicate.value));
  for (const annotation of data.subjectsWith(oa.hasBody, iri)) {
    for (const target of data.iris(annotation, oa.hasTarget)) {
      const record = target.slice(0, Math.max(0, target.lastIndexOf('/mention/'))); // <record>/mention/k/target
      if (!data.isRecord(record)) continue;
      const refs = refsFor(map, record);
      const speaking = data.text(annotation, lod.mentionSource) === 'speaker';
      if (!speaking) refs.mentions++;
      for (const part of data.iris(target, dcterms.isPartOf)) {
        const n = Number(data.text(part, schema.position));
        if (part.startsWith(`${record}/turn/`) && Number.isInteger(n)) (speaking ? refs.spoke : refs.named).add(n);
      }
    }
  }
  return [...map.values()].sort((a, b) => (a.record < b.record ? -1 : 1));
}

function turnLinks(doc: string, turns: Set<number>): Html {
  return commaList([...turns].sort((a, b) => a - b).map((n) => link(`${doc}#turn-${n}`, String(n))));
}

function recordItem(data: ServedData, refs: RecordRefs): Html {
  const doc = data.paths.docPath(refs.record, 'html') ?? refs.record;
  const how = [...refs.relations].sort().join(', ');
  const count = refs.mentions > 0 ? `; named ${refs.mentions} time${refs.mentions === 1 ? '' : 's'}` : '';
  return html`<li class="naming-record">${resourceLink(data, refs.record, undefined, { class: 'record-link' })} <span class="how">(${how}${count})</span>
${refs.spoke.size > 0 ? html`<br>Speaks in turns ${turnLinks(doc, refs.spoke)}` : ''}${refs.named.size > 0 ? html`<br>Named in turns ${turnLinks(doc, refs.named)}` : ''}</li>\n`;
}

function details(data: ServedData, iri: string): Html {
  const names = [...new Set([...data.texts(iri, schema.name), ...data.texts(iri, schema.alternateName)])];
  const sameAs = [...new Set([...data.iris(iri, schema.sameAs), ...data.iris(iri, la.equivalent)])];
  const date = (p: typeof schema.birthDate): string | undefined => data.text(iri, p);
  return facts([
    ['Names', names.length > 0 ? names.join(' · ') : undefined],
    ['Types', html`${data.iris(iri, rdf.type).map((t, i) => html`${i > 0 ? ', ' : ''}<code>${curie(t)}</code>`)}`],
    ['Role', data.texts(iri, schema.jobTitle).join('; ') || undefined],
    ['Born', date(schema.birthDate)],
    ['Died', date(schema.deathDate)],
    ['Founded', date(schema.foundingDate)],
    ['Dissolved', date(schema.dissolutionDate)],
    ['Same as', sameAs.length > 0 ? commaList(sameAs.map((s) => link(s, s, { class: 'same-as' }))) : undefined],
  ]);
}

/** The page of an entity. */
export function entityPage(data: ServedData, iri: string): string {
  const label = labelOf(data, iri);
  const records = recordsNaming(data, iri).map((r) => recordItem(data, r));
  const body = html`<article class="entity">
<h1>${label}</h1>
<p class="iri">${iri}</p>
${details(data, iri)}
<h2>Records that name ${label}</h2>
${records.length > 0 ? html`<ul class="records">\n${records}</ul>` : html`<p>None.</p>`}
<h2>Data</h2>
${formatLinks(alternatesOf(data.paths, iri))}
</article>`;
  return page(label, body, { alternates: alternatesOf(data.paths, iri) });
}
