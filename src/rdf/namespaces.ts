// The only module that spells out namespace IRIs: typed term builders (a misspelt term fails to compile) and minting.
import { namedNode, type NamedNode } from './factory.js';
import { InvalidIriError, encodeIriComponent, iriProblem } from './iri.js';
import { CRM_CLASSES, CRM_PROPERTIES } from './vocab/crm.js';
import { LOD_CLASSES, LOD_INDIVIDUALS, LOD_PROPERTIES } from './vocab/lod.js';
import { SCHEMA_CLASSES, SCHEMA_ENUMERATION_MEMBERS, SCHEMA_PROPERTIES } from './vocab/schema.js';
import * as T from './vocab/terms.js';

/** Prefix → namespace IRI, also usable as the prefix map of a Turtle writer. */
export const NS = {
  crm: 'http://www.cidoc-crm.org/cidoc-crm/',
  la: 'https://linked.art/ns/terms/',
  schema: 'http://schema.org/',
  aat: 'http://vocab.getty.edu/aat/',
  wd: 'http://www.wikidata.org/entity/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  oa: 'http://www.w3.org/ns/oa#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  sh: 'http://www.w3.org/ns/shacl#',
  lod: 'https://w3id.org/lodscribe/ns#',
  /** The SHACL shapes of `shapes/` (shape IRIs only, no classes or properties). */
  lodsh: 'https://w3id.org/lodscribe/shapes#',
} as const;
export type Prefix = keyof typeof NS;

/** Terms of one vocabulary, keyed by local name: `crm.E21_Person`, `crm['P4_has_time-span']`. */
export type Vocabulary<K extends string> = { readonly [P in K]: NamedNode };

function vocabulary<const K extends string>(ns: string, names: readonly K[]): Vocabulary<K> {
  const terms = Object.create(null) as Record<K, NamedNode>;
  for (const name of names) terms[name] = namedNode(ns + name);
  return Object.freeze(terms);
}

export type CrmClass = (typeof CRM_CLASSES)[number];
export type CrmProperty = (typeof CRM_PROPERTIES)[number];
export type SchemaTerm =
  | (typeof SCHEMA_CLASSES)[number]
  | (typeof SCHEMA_PROPERTIES)[number]
  | (typeof SCHEMA_ENUMERATION_MEMBERS)[number];
export type LodTerm =
  | (typeof LOD_CLASSES)[number]
  | (typeof LOD_PROPERTIES)[number]
  | (typeof LOD_INDIVIDUALS)[number];

export const crm: Vocabulary<CrmClass | CrmProperty> = vocabulary(NS.crm, [...CRM_CLASSES, ...CRM_PROPERTIES]);
export const schema: Vocabulary<SchemaTerm> = vocabulary(NS.schema, [
  ...SCHEMA_CLASSES,
  ...SCHEMA_PROPERTIES,
  ...SCHEMA_ENUMERATION_MEMBERS,
]);
export const lod: Vocabulary<LodTerm> = vocabulary(NS.lod, [
  ...LOD_CLASSES,
  ...LOD_PROPERTIES,
  ...LOD_INDIVIDUALS,
]);
export const la = vocabulary(NS.la, T.LA_TERMS);
export const rdf = vocabulary(NS.rdf, T.RDF_TERMS);
export const rdfs = vocabulary(NS.rdfs, T.RDFS_TERMS);
export const xsd = vocabulary(NS.xsd, T.XSD_TERMS);
export const owl = vocabulary(NS.owl, T.OWL_TERMS);
export const skos = vocabulary(NS.skos, T.SKOS_TERMS);
export const dcterms = vocabulary(NS.dcterms, T.DCTERMS_TERMS);
export const prov = vocabulary(NS.prov, T.PROV_TERMS);
/** VoID (`void` is a reserved word in TypeScript). */
export const voidNs = vocabulary(NS.void, T.VOID_TERMS);
export const dcat = vocabulary(NS.dcat, T.DCAT_TERMS);
export const foaf = vocabulary(NS.foaf, T.FOAF_TERMS);
export const oa = vocabulary(NS.oa, T.OA_TERMS);
export const nif = vocabulary(NS.nif, T.NIF_TERMS);
export const sh = vocabulary(NS.sh, T.SH_TERMS);

export type Qid = `Q${number}`;
const QID = /^Q[1-9][0-9]*$/;

export function isQid(s: string): s is Qid {
  return QID.test(s);
}

/** A Wikidata entity IRI; only `Q` followed by digits without a leading zero is accepted. */
/** The namespace of Wikidata's entities, as the IRI a VoID linkset names as its target's URI space. */
export const WIKIDATA_URI_SPACE = NS.wd;

export function wd(qid: Qid): NamedNode {
  if (!QID.test(qid)) {
    throw new RangeError(`Invalid Wikidata QID ${JSON.stringify(qid)}: expected Q followed by digits`);
  }
  return namedNode(NS.wd + qid);
}

/** A Getty AAT concept IRI from its numeric id. */
export function aat(id: number | `${number}`): NamedNode {
  const text = String(id);
  if (!/^[0-9]+$/.test(text)) {
    throw new RangeError(`Invalid AAT id ${JSON.stringify(text)}: expected digits`);
  }
  return namedNode(NS.aat + text);
}

// ---- minting ----

export const DEFAULT_BASE = 'https://w3id.org/lodscribe/';
export const ENTITY_KINDS = ['person', 'place', 'group', 'agreement', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Minter {
  readonly base: string;
  /** `<base>record/<id>` */
  record(recordId: string): NamedNode;
  /** `<base>record/<id>/<segment>/…`, e.g. `record/<id>/turn/12` */
  recordPart(recordId: string, ...segments: readonly (string | number)[]): NamedNode;
  /** An unreconciled name scoped to its record: `<base>record/<id>/<kind>/<slug>[/<segment>…]` */
  recordEntity(recordId: string, kind: EntityKind, slug: string, ...segments: readonly (string | number)[]): NamedNode;
  /** A reconciled entity: `<base><kind>/<slug>[/<segment>…]`, e.g. `<base>person/joseph-stalin/name/1` */
  entity(kind: EntityKind, slug: string, ...segments: readonly (string | number)[]): NamedNode;
  /** The named graph holding one record's triples: `<base>graph/record/<id>` */
  graph(recordId: string): NamedNode;
  readonly datasetIri: NamedNode;
  readonly entitiesGraph: NamedNode;
  readonly provenanceGraph: NamedNode;
  readonly descriptionGraph: NamedNode;
  /** A part of the dataset's description: `<base>dataset/<segment>/…` (linksets, distributions). */
  datasetPart(...segments: readonly (string | number)[]): NamedNode;
  /** A run of lodscribe: `<base>run/<id>`. */
  run(id: string): NamedNode;
  /** The software agent: `<base>software/lodscribe/<version>`. */
  software(version: string): NamedNode;
}

function baseProblem(base: string): string | undefined {
  const problem = iriProblem(base);
  if (problem !== undefined) return problem;
  if (base.includes('?')) return 'must not contain a query ("?")';
  if (base.indexOf('#') !== -1 && base.indexOf('#') !== base.length - 1) {
    return 'must not contain "#" except as its last character';
  }
  if (!base.endsWith('/') && !base.endsWith('#')) return 'must end with "/" or "#"';
  return undefined;
}

/** One path segment: strings are percent-encoded; numbers must be non-negative safe integers. */
function segment(value: string | number): string {
  if (typeof value === 'number' && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`Invalid IRI path segment ${value}: numbers must be non-negative integers`);
  }
  const text = String(value);
  const encoded = encodeIriComponent(text);
  if (encoded === '' || encoded === '.' || encoded === '..') {
    throw new RangeError(`Invalid IRI path segment ${JSON.stringify(text)}: must not be empty, "." or ".."`);
  }
  return encoded;
}

function kindSegment(kind: EntityKind): string {
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(`Unknown entity kind ${JSON.stringify(kind)}: expected one of ${ENTITY_KINDS.join(', ')}`);
  }
  return kind;
}

/** An IRI minter under `base` (absolute, ending in "/" or "#", no query); throws InvalidIriError otherwise. */
export function mint(base: string = DEFAULT_BASE): Minter {
  const problem = baseProblem(base);
  if (problem !== undefined) throw new InvalidIriError(base, problem, 'base IRI');
  const iri = (...segments: readonly string[]): NamedNode => namedNode(base + segments.join('/'));
  const recordPath = (recordId: string): string => `record/${segment(recordId)}`;
  return Object.freeze({
    base,
    record: (recordId: string) => iri(recordPath(recordId)),
    recordPart: (recordId: string, ...segments: readonly (string | number)[]) =>
      iri(recordPath(recordId), ...segments.map(segment)),
    recordEntity: (recordId: string, kind: EntityKind, slug: string, ...parts: readonly (string | number)[]) =>
      iri(recordPath(recordId), kindSegment(kind), segment(slug), ...parts.map(segment)),
    entity: (kind: EntityKind, slug: string, ...parts: readonly (string | number)[]) =>
      iri(kindSegment(kind), segment(slug), ...parts.map(segment)),
    graph: (recordId: string) => iri('graph', recordPath(recordId)),
    datasetIri: iri('dataset'),
    entitiesGraph: iri('graph', 'entities'),
    provenanceGraph: iri('graph', 'provenance'),
    descriptionGraph: iri('graph', 'description'),
    datasetPart: (...segments: readonly (string | number)[]) => iri('dataset', ...segments.map(segment)),
    run: (id: string) => iri('run', segment(id)),
    software: (version: string) => iri('software', 'lodscribe', segment(version)),
  });
}
