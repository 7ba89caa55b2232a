// The checks done in JS (shapes/checks.ttl documents them): their shape and constraint component IRIs, and their results.
import { namedNode, type NamedNode, type Term } from '../rdf/factory.js';
import { NS, sh } from '../rdf/namespaces.js';
import type { Found } from './types.js';

export type CustomCheck = 'PositionSequence' | 'CalendarDate' | 'Deadline';

/** `lodsh:<check>` — declared (without SHACL constraints) in shapes/checks.ttl. */
export function customShape(check: CustomCheck): NamedNode {
  return namedNode(`${NS.lodsh}${check}`);
}

/** `lod:<check>ConstraintComponent` — declared in shapes/checks.ttl. */
export function customComponent(check: CustomCheck): NamedNode {
  return namedNode(`${NS.lod}${check}ConstraintComponent`);
}

/** A violation reported by a JS check. */
export function customFound(check: CustomCheck, focusNode: Term, message: string, path?: Term, value?: Term): Found {
  return {
    severity: sh.Violation,
    focusNode,
    path: path ?? null,
    value: value ?? null,
    component: customComponent(check),
    shape: customShape(check),
    message,
  };
}
