// A generated transcript record of any size, conforming to the shapes, for the deadline and scale tests.
import { literal, namedNode, quad, type NamedNode, type Quad } from '../../src/rdf/factory.js';
import { aat, crm, lod, mint, rdf, rdfs, schema } from '../../src/rdf/namespaces.js';

function typed(s: NamedNode, ...classes: NamedNode[]): Quad[] {
  return classes.map((c) => quad(s, rdf.type, c));
}

function turnQuads(id: string, n: number, talks: NamedNode, conversation: NamedNode): Quad[] {
  const m = mint();
  const turn = m.recordPart(id, 'turn', n);
  const sortValue = m.recordPart(id, 'turn', n, 'position');
  const utterance = m.recordPart(id, 'turn', n, 'utterance');
  const speaker = m.entity('person', n % 2 ? 'joseph-stalin' : 'mao-zedong');
  const text = literal(`Turn number ${n}.`, 'en');
  return [
    ...typed(turn, crm.E33_Linguistic_Object, lod.SpeechTurn, schema.Message),
    quad(turn, crm.P190_has_symbolic_content, text),
    quad(turn, schema.text, text),
    quad(turn, lod.textAsPrinted, text),
    quad(turn, lod.labelAsPrinted, literal(n % 2 ? 'Stalin' : 'Mao Zedong')),
    quad(turn, schema.position, literal(String(n), namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    quad(turn, schema.sender, speaker),
    quad(turn, schema.isPartOf, conversation),
    quad(turn, crm.P1_is_identified_by, sortValue),
    quad(turn, crm.P129_is_about, utterance),
    quad(conversation, schema.hasPart, turn),
    ...typed(sortValue, crm.E42_Identifier),
    quad(sortValue, crm.P190_has_symbolic_content, literal(String(n).padStart(4, '0'))),
    quad(sortValue, crm.P2_has_type, lod.SortValue),
    ...typed(utterance, crm.E7_Activity, lod.Utterance),
    quad(utterance, crm.P14_carried_out_by, speaker),
    quad(utterance, crm.P9i_forms_part_of, talks),
  ];
}

/** A conforming transcript record `id` with `turns` speaker turns. */
export function generatedRecord(id: string, turns: number): Quad[] {
  const m = mint();
  const record = m.record(id);
  const talks = m.recordPart(id, 'talks');
  const conversation = m.recordPart(id, 'conversation');
  const quads = [
    ...typed(record, crm.E31_Document, crm.E33_Linguistic_Object, schema.ArchiveComponent),
    quad(record, crm.P72_has_language, aat(300388277)),
    quad(aat(300388277), rdf.type, crm.E56_Language),
    quad(lod.SortValue, rdf.type, crm.E55_Type),
    quad(record, schema.inLanguage, literal('en')),
    quad(record, schema.identifier, literal(id)),
    quad(record, lod.mappingVersion, literal('1')),
    quad(record, schema.genre, literal('transcript')),
    quad(record, crm.P70_documents, talks),
    quad(record, schema.hasPart, conversation),
    ...typed(talks, crm.E7_Activity, lod.Talks, schema.Event),
    quad(talks, rdfs.label, literal(`Talks recorded in ${id}`, 'en')),
    quad(talks, schema.recordedIn, record),
    ...typed(conversation, schema.Conversation),
    quad(conversation, schema.isPartOf, record),
  ];
  for (let n = 1; n <= turns; n++) quads.push(...turnQuads(id, n, talks, conversation));
  return quads;
}
