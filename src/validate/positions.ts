// Turn and narration order: positions 1..n without gaps or duplicates, and turn sort values that match (lodsh:PositionSequence).
import type { Literal, Term } from '../rdf/factory.js';
import { crm, lod, schema, xsd } from '../rdf/namespaces.js';
import { customFound } from './custom.js';
import { naturalCompare, type Graph } from './graph.js';
import type { Found } from './types.js';

interface Member {
  node: Term;
  position: number;
  literal: Literal;
}

/** The node's one valid position (an xsd:integer ≥ 1); anything else is left to the SHACL shapes to report. */
function member(graph: Graph, node: Term): Member | undefined {
  const values = graph.objects(node, schema.position);
  const literal = values[0];
  if (values.length !== 1 || literal?.termType !== 'Literal') return undefined;
  if (!literal.datatype.equals(xsd.integer) || !/^\+?[0-9]+$/.test(literal.value)) return undefined;
  const position = Number(literal.value);
  return Number.isSafeInteger(position) && position >= 1 ? { node, position, literal } : undefined;
}

function missing(from: number, to: number): string {
  return from === to ? `position ${from} is missing` : `positions ${from}–${to} are missing`;
}

/** Gaps and duplicates in one group's positions, each reported on the node where the sequence breaks. */
function sequenceFindings(kind: string, group: string, members: Member[]): Found[] {
  const sorted = [...members].sort((a, b) => a.position - b.position || naturalCompare(a.node.value, b.node.value));
  const found: Found[] = [];
  let next = 1;
  let holder: Member | undefined;
  for (const m of sorted) {
    if (holder && holder.position === m.position) {
      const message = `${kind} position ${m.position} is also held by <${holder.node.value}>${group}`;
      found.push(customFound('PositionSequence', m.node, message, schema.position, m.literal));
      continue;
    }
    if (m.position > next) {
      const message = `${missing(next, m.position - 1)} before this ${kind}${group}: positions run 1..n`;
      found.push(customFound('PositionSequence', m.node, message, schema.position, m.literal));
    }
    holder = m;
    next = m.position + 1;
  }
  return found;
}

/** Members grouped by the node that holds them (the first of `owners`), in a stable order. */
function grouped(graph: Graph, nodes: Term[], owners: (node: Term) => Term | undefined): Map<string, Member[]> {
  const groups = new Map<string, Member[]>();
  for (const node of nodes) {
    const m = member(graph, node);
    if (!m) continue;
    const key = owners(node)?.value ?? '';
    const members = groups.get(key);
    if (members) members.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** A turn's sort value (the E42 identifier's symbolic content) must be its position, zero-padded. */
function sortValueFindings(graph: Graph, m: Member): Found[] {
  const ids = graph.objects(m.node, crm.P1_is_identified_by);
  const content = ids.length === 1 && ids[0] ? graph.objects(ids[0], crm.P190_has_symbolic_content) : [];
  const value = content[0];
  if (content.length !== 1 || value?.termType !== 'Literal' || !/^[0-9]+$/.test(value.value)) return [];
  if (Number(value.value) === m.position) return [];
  const message = `sort value "${value.value}" does not match schema:position ${m.position}`;
  return [customFound('PositionSequence', m.node, message, crm.P1_is_identified_by, value)];
}

/** Every `lod:PositionSequenceConstraintComponent` violation of the graph. */
export function positionFindings(graph: Graph): Found[] {
  const turns = graph.instances(lod.SpeechTurn, schema.Message);
  const turnOwner = (n: Term): Term | undefined =>
    graph.objects(n, schema.isPartOf)[0] ?? graph.subjects(crm.P106_is_composed_of, n)[0];
  const narrationOwner = (n: Term): Term | undefined =>
    graph.subjects(crm.P106_is_composed_of, n)[0] ?? graph.subjects(schema.hasPart, n)[0];
  const found: Found[] = [];
  for (const [owner, members] of grouped(graph, turns, turnOwner)) {
    found.push(...sequenceFindings('turn', owner ? ` in <${owner}>` : '', members));
    for (const m of members) found.push(...sortValueFindings(graph, m));
  }
  for (const [owner, members] of grouped(graph, graph.instances(lod.Narration), narrationOwner)) {
    found.push(...sequenceFindings('narration paragraph', owner ? ` in <${owner}>` : '', members));
  }
  return found;
}
