// The readable validation summary: one line per result with the record, constraint, span, node, path and value.
import { describe, expect, it } from 'vitest';
import { formatResult, formatValidation, shortIri } from '../../src/render/validation.js';
import type { ValidationResult } from '../../src/stages/validate.js';

const result: ValidationResult = {
  severity: 'Violation',
  focusNode: 'https://example.org/data/record/R/mention/4/position',
  path: 'http://www.w3.org/ns/oa#start',
  value: '"417"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
  constraint: 'LessThanConstraintComponent',
  component: 'http://www.w3.org/ns/shacl#LessThanConstraintComponent',
  shape: 'https://w3id.org/lodscribe/shapes#PositionSelector-start',
  message: 'Value is not less than value of <http://www.w3.org/ns/oa#end>',
  span: { start: 411, end: 417 },
};

describe('formatValidation', () => {
  it('names the record, the constraint, the source span, the node, the path, the value and the shape', () => {
    expect(formatValidation('R', [result])).toBe(
      'R: validate: violation LessThanConstraintComponent [411,417) <record/R/mention/4/position> oa:start = "417"^^xsd:nonNegativeInteger: ' +
        'Value is not less than value of oa:end (lodsh:PositionSelector-start)',
    );
  });

  it('leaves out what a result does not have, and writes complex paths in SPARQL syntax', () => {
    const { span: _span, value: _value, ...rest } = result;
    const line = formatResult('R', { ...rest, path: '(<http://www.cidoc-crm.org/cidoc-crm/P129_is_about>/<http://www.cidoc-crm.org/cidoc-crm/P14_carried_out_by>)' });
    expect(line).toMatch(/^R: validate: violation LessThanConstraintComponent <record\/R\/mention\/4\/position> \(crm:P129_is_about\/crm:P14_carried_out_by\): /);
  });

  it('says a record without results conforms', () => {
    expect(formatValidation('R', [])).toBe('R: validate: conforms');
  });

  it('shortens IRIs by prefix, by the default base, or not at all', () => {
    expect(shortIri('http://vocab.getty.edu/aat/300404670')).toBe('aat:300404670');
    expect(shortIri('https://w3id.org/lodscribe/person/joseph-stalin')).toBe('<person/joseph-stalin>');
    expect(shortIri('http://example.org/x')).toBe('<http://example.org/x>');
  });
});
