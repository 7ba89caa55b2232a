// Describe stage: the corpus's records, entities and links → VoID/DCAT description and the run's PROV-O provenance.
import { createHash } from 'node:crypto';
import { literal, namedNode, quad, type Literal, type NamedNode, type Quad } from '../rdf/factory.js';
import { dcat, dcterms, lod, mint, prov, rdf, rdfs, schema, voidNs, xsd, NS, WIKIDATA_URI_SPACE } from '../rdf/namespaces.js';

export interface DescribedRecord { recordId: string; triples: number; sha256: string }

export interface DescribeInput {
  base: string;
  version: string;
  records: DescribedRecord[];
  entityQuads: readonly Quad[];
  /** Distinct rights statements of the records, as printed (artefacts removed). */
  rights: string[];
  /** The licence IRI of the published data, when the publisher states one. */
  license?: string;
  startedAt: Date;
  endedAt: Date;
}

/** The description graph (VoID + DCAT) and the provenance graph (PROV-O), both without blank nodes. */
export function describe(input: DescribeInput): { description: Quad[]; provenance: Quad[] } {
  const m = mint(input.base);
  const out: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: NamedNode | Literal) => out.push(quad(s, p, o, m.descriptionGraph));
  const ds = m.datasetIri;
  const int = (n: number) => literal(String(n), xsd.integer);
  const entityTriples = input.entityQuads.length;
  const links = input.entityQuads.filter((q) => q.predicate.equals(schema.sameAs) && q.object.value.startsWith(WIKIDATA_URI_SPACE));
  const entities = new Set(input.entityQuads.filter((q) => q.predicate.equals(rdf.type)).map((q) => q.subject.value));
  const triples = input.records.reduce((n, r) => n + r.triples, entityTriples);
  for (const t of [voidNs.Dataset, dcat.Dataset]) add(ds, rdf.type, t);
  add(ds, dcterms.title, literal('Archival records published by lodscribe', 'en'));
  add(ds, dcterms.description, literal('Records of talks, telegrams and memoranda as Linked Open Data in CIDOC-CRM and Schema.org, with their people, places, groups, agreements and events linked to Wikidata where the link is verified.', 'en'));
  add(ds, voidNs.uriSpace, literal(input.base));
  add(ds, voidNs.triples, int(triples));
  add(ds, voidNs.entities, int(entities.size));
  for (const v of [NS.crm, NS.schema, NS.la, NS.oa, NS.lod]) add(ds, voidNs.vocabulary, namedNode(v));
  for (const r of input.rights) add(ds, dcterms.rights, literal(r, 'en'));
  if (input.license) add(ds, dcterms.license, namedNode(input.license));
  for (const r of input.records) subset(add, m.graph(r.recordId), ds, r.triples);
  subset(add, m.entitiesGraph, ds, entityTriples);
  linkset(add, m, ds, links.length);
  distribution(add, m, ds);
  return { description: out, provenance: provenance(input, m) };
}

type Add = (s: NamedNode, p: NamedNode, o: NamedNode | Literal) => void;

function subset(add: Add, graph: NamedNode, ds: NamedNode, triples: number): void {
  add(ds, voidNs.subset, graph);
  add(graph, rdf.type, voidNs.Dataset);
  add(graph, voidNs.triples, literal(String(triples), xsd.integer));
}

/** The `schema:sameAs` links to Wikidata, as a VoID linkset from this dataset to Wikidata. */
function linkset(add: Add, m: ReturnType<typeof mint>, ds: NamedNode, links: number): void {
  const ls = m.datasetPart('wikidata-links');
  const wikidata = m.datasetPart('wikidata');
  add(ls, rdf.type, voidNs.Linkset);
  add(ls, voidNs.linkPredicate, schema.sameAs);
  add(ls, voidNs.subjectsTarget, ds);
  add(ls, voidNs.objectsTarget, wikidata);
  add(ls, voidNs.triples, literal(String(links), xsd.integer));
  add(ds, voidNs.subset, ls);
  add(wikidata, rdf.type, voidNs.Dataset);
  add(wikidata, dcterms.title, literal('Wikidata', 'en'));
  add(wikidata, voidNs.uriSpace, literal(WIKIDATA_URI_SPACE));
}

function distribution(add: Add, m: ReturnType<typeof mint>, ds: NamedNode): void {
  const files: [string, string][] = [['dataset.nq', 'application/n-quads'], ['void.ttl', 'text/turtle']];
  for (const [file, type] of files) {
    const d = m.datasetPart('distribution', file);
    add(ds, dcat.distribution, d);
    add(d, rdf.type, dcat.Distribution);
    add(d, dcterms.title, literal(file));
    add(d, dcat.mediaType, literal(type));
  }
}

/** The run: a PROV-O activity that used each record's source text and generated the dataset; its times are the only timestamps. */
function provenance(input: DescribeInput, m: ReturnType<typeof mint>): Quad[] {
  const out: Quad[] = [];
  const add: Add = (s, p, o) => out.push(quad(s, p, o, m.provenanceGraph));
  const inputs = input.records.map((r) => `${r.recordId}:${r.sha256}`).sort().join('\n');
  const run = m.run(createHash('sha256').update(`${input.version}\n${inputs}`).digest('hex').slice(0, 16));
  const agent = m.software(input.version);
  add(run, rdf.type, prov.Activity);
  add(run, rdfs.label, literal(`lodscribe ${input.version} run over ${input.records.length} record(s)`, 'en'));
  add(run, prov.wasAssociatedWith, agent);
  add(run, prov.startedAtTime, literal(input.startedAt.toISOString(), xsd.dateTime));
  add(run, prov.endedAtTime, literal(input.endedAt.toISOString(), xsd.dateTime));
  add(run, prov.generated, m.datasetIri);
  add(m.datasetIri, prov.wasGeneratedBy, run);
  add(agent, rdf.type, prov.SoftwareAgent);
  add(agent, rdfs.label, literal(`lodscribe ${input.version}`));
  for (const r of input.records) {
    const source = m.recordPart(r.recordId, 'source');
    add(run, prov.used, source);
    add(source, rdf.type, prov.Entity);
    add(source, lod.sha256, literal(r.sha256));
  }
  return out;
}
