// The compiled shapes' view of a record: every graph as one, each value of a subject and predicate once.
import { describe, expect, it } from 'vitest';
import { literal, namedNode, quad } from '../../src/rdf/factory.js';
import { rdf, schema } from '../../src/rdf/namespaces.js';
import { DataView } from '../../src/validate/compiled-data.js';

const B = 'https://w3id.org/lodscribe/';
const turn = namedNode(`${B}record/r1/turn/1`);
const g1 = namedNode(`${B}record/r1`);
const g2 = namedNode(`${B}entities`);

describe('DataView', () => {
  it('gives a value stated in two graphs once, and keeps apart values that differ in language or datatype', () => {
    const text = literal('Port Arthur stays under the treaty.');
    const view = new DataView([
      quad(turn, schema.text, text, g1),
      quad(turn, schema.text, text, g2),
      quad(turn, schema.text, literal('Port Arthur stays under the treaty.', 'en'), g1),
      quad(turn, schema.text, literal('Port Arthur stays under the treaty.', 'en'), g2),
      quad(turn, schema.position, literal('1', namedNode('http://www.w3.org/2001/XMLSchema#integer')), g1),
      quad(turn, schema.position, literal('1', namedNode('http://www.w3.org/2001/XMLSchema#string')), g1),
      quad(turn, schema.position, literal('1', namedNode('http://www.w3.org/2001/XMLSchema#integer')), g2),
    ]);
    expect(view.values(turn, schema.text.value).map((t) => [t.value, (t as { language?: string }).language])).toEqual([
      ['Port Arthur stays under the treaty.', ''],
      ['Port Arthur stays under the treaty.', 'en'],
    ]);
    expect(view.values(turn, schema.position.value).map((t) => (t as { datatype: { value: string } }).datatype.value)).toEqual([
      'http://www.w3.org/2001/XMLSchema#integer',
      'http://www.w3.org/2001/XMLSchema#string',
    ]);
  });

  it('keeps a single value as it is, and an IRI and a literal with the same text apart', () => {
    const iri = namedNode(`${B}person/joseph-stalin`);
    const view = new DataView([
      quad(turn, schema.sender, iri, g1),
      quad(turn, schema.about, iri, g1),
      quad(turn, schema.about, literal(iri.value), g1),
      quad(turn, rdf.type, schema.Message, g1),
    ]);
    expect(view.values(turn, schema.sender.value)).toEqual([iri]);
    expect(view.values(turn, schema.about.value).map((t) => t.termType)).toEqual(['NamedNode', 'Literal']);
    expect(view.isInstance(turn, schema.Message.value)).toBe(true);
    expect(view.follow(turn, [schema.sender.value, schema.name.value])).toEqual([]);
  });
});
