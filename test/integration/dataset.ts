// A small hand-made dataset for the store tests: record graphs, the shared graphs, awkward literals, one big graph.
import { blankNode, literal, namedNode, quad, type NamedNode, type Quad } from '../../src/rdf/factory.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const SCHEMA = 'http://schema.org/';
const CRM = 'http://www.cidoc-crm.org/cidoc-crm/';
export const TRIPLES_IN_BIG_GRAPH = 1_500;

const schema = (s: string) => namedNode(SCHEMA + s);
const typed = (v: string, t: string) => literal(v, namedNode(XSD + t));

/** Ten triples of record `id` with quotes, line ends, tabs, language tags, Cyrillic and Chinese, typed values. */
function record(base: string, id: string): Quad[] {
  const n = (s: string) => namedNode(base + s);
  const g = namedNode(`${base}graph/record/${id}`);
  const r = n(`record/${id}`);
  return [
    quad(r, schema('name'), literal(`Record of Talks "${id}"\nbetween I.V. Stalin and Mao Zedong`, 'en'), g),
    quad(r, schema('abstract'), literal('Stalin and Mao discuss the treaty; the "Changchun Railway"\tand Port Arthur [Lüshun] — ок', 'en-GB'), g),
    quad(r, schema('dateCreated'), typed('1950-01-22', 'date'), g),
    quad(n(`record/${id}/talks`), schema('duration'), typed('PT2H', 'duration'), g),
    quad(n(`record/${id}/talks/time-span`), namedNode(`${CRM}P82a_begin_of_the_begin`), typed('1950-01-22T00:00:00', 'dateTime'), g),
    quad(n(`record/${id}/talks/duration`), namedNode(`${CRM}P90_has_value`), typed('120', 'decimal'), g),
    quad(n(`record/${id}/turn/1`), schema('position'), typed('1', 'integer'), g),
    quad(n(`record/${id}/turn/1`), schema('text'), literal('Stalin: There are two groups of questions… \\ backslash, \'single\' and "double" quotes', 'en'), g),
    quad(n(`record/${id}/turn/1/position`), namedNode(`${CRM}P190_has_symbolic_content`), literal('0001'), g),
    quad(n('person/mao-zedong'), schema('name'), literal('毛泽东', 'zh'), g),
  ];
}

/** The entities, description and provenance graphs (the last with a blank node, to be skolemised). */
function shared(base: string): Quad[] {
  const n = (s: string) => namedNode(base + s);
  const [entities, description, provenance] = ['entities', 'description', 'provenance'].map((s) => namedNode(`${base}graph/${s}`)) as [NamedNode, NamedNode, NamedNode];
  return [
    quad(n('person/joseph-stalin'), schema('name'), literal('Joseph Stalin', 'en'), entities),
    quad(n('person/joseph-stalin'), schema('alternateName'), literal('Иосиф Сталин', 'ru'), entities),
    quad(n('person/joseph-stalin'), schema('sameAs'), namedNode('http://www.wikidata.org/entity/Q855'), entities),
    quad(n('place/dalny'), schema('alternateName'), literal('Dairen; Dalian', 'en'), entities),
    quad(n('dataset'), namedNode('http://rdfs.org/ns/void#triples'), typed(String(TRIPLES_IN_BIG_GRAPH + 27), 'integer'), description),
    quad(n('dataset'), namedNode('http://purl.org/dc/terms/title'), literal('lodscribe integration test data', 'en'), description),
    quad(n('run'), namedNode('http://www.w3.org/ns/prov#used'), blankNode('input1'), provenance),
    quad(blankNode('input1'), namedNode('http://www.w3.org/ns/prov#value'), literal('sha256:64cf…'), provenance),
    quad(n('run'), namedNode('http://www.w3.org/ns/prov#endedAtTime'), typed('2024-05-01T12:00:00Z', 'dateTime'), provenance),
  ];
}

/** Six graphs under `https://example.org/lodscribe-it/<tag>/`: three records (one of 1,500 triples) and the shared graphs. */
export function handMadeDataset(tag: string): Quad[] {
  const base = `https://example.org/lodscribe-it/${tag}/`;
  const bigGraph = namedNode(`${base}graph/record/big`);
  const big = Array.from({ length: TRIPLES_IN_BIG_GRAPH - 10 }, (_, i) =>
    quad(namedNode(`${base}record/big/turn/${i + 2}`), schema('text'), literal(`Turn ${i + 2}: "Comrade", said he; {braces} } . # not a comment\nsecond line`, 'en'), bigGraph));
  return [...record(base, 'r1'), ...record(base, 'r2'), ...record(base, 'big'), ...big, ...shared(base)];
}
