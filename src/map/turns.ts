// Speaker turns (E33 speech turn + schema:Message), their sort identifiers and utterances, the conversation, asides.
import type { MentionSource } from '../entities.js';
import type { NamedNode } from '../rdf/factory.js';
import { crm, lod, schema } from '../rdf/namespaces.js';
import type { Aside, Turn } from '../record.js';
import { hasTalks, resolveIri } from './activity.js';
import type { MapContext } from './context.js';
import { ACTOR_KINDS } from './resolve.js';

/** Mentions that are not the words of the turn itself. */
const NOT_TURN_TEXT: readonly MentionSource[] = ['speaker', 'aside', 'attendance', 'summary', 'title'];

/** Turn n is numbered 1..N in order, whatever the parser's numbers; returns parser number → n. */
export function mapTurns(ctx: MapContext): Map<number, number> {
  const numbers = new Map<number, number>();
  const turns = ctx.record.turns;
  if (turns.length === 0) return numbers;
  const conversation = ctx.part('conversation');
  ctx.out.types(conversation, schema.Conversation);
  ctx.out.add(conversation, schema.isPartOf, ctx.recordIri);
  ctx.out.add(ctx.recordIri, schema.hasPart, conversation);
  turns.forEach((turn, i) => {
    numbers.set(turn.n, i + 1);
    mapTurn(ctx, turn, i + 1, conversation);
  });
  mapAsides(ctx, numbers);
  return numbers;
}

function mapTurn(ctx: MapContext, turn: Turn, n: number, conversation: NamedNode): void {
  const { out } = ctx;
  const t = ctx.part('turn', n);
  out.types(t, crm.E33_Linguistic_Object, lod.SpeechTurn, schema.Message);
  const plain = ctx.text.clean(turn.plainText);
  out.en(t, crm.P190_has_symbolic_content, plain);
  out.en(t, schema.text, plain);
  out.en(t, lod.textAsPrinted, ctx.text.clean(turn.text, turn));
  out.str(t, lod.labelAsPrinted, ctx.text.clean(turn.label, turn.labelSpan));
  out.int(t, schema.position, n);
  out.add(t, schema.isPartOf, conversation);
  out.add(conversation, schema.hasPart, t);
  out.add(ctx.recordIri, crm.P106_is_composed_of, t);
  const speaker = resolveIri(ctx, 'speaker', turn.speaker, turn.labelSpan, ACTOR_KINDS, 'person');
  out.add(t, schema.sender, speaker);
  mapSortValue(ctx, t, n);
  mapUtterance(ctx, t, n, speaker);
  const words = ctx.resolver.mentionsIn(turn).filter((m) => !NOT_TURN_TEXT.includes(m.from) && !inAside(ctx, m));
  ctx.refersTo(t, words);
}

function inAside(ctx: MapContext, span: { start: number; end: number }): boolean {
  return ctx.record.asides.some((a) => span.start >= a.start && span.end <= a.end);
}

/** `<turn/n/position>`: an E42 identifier whose content ("0001") sorts the turns. */
function mapSortValue(ctx: MapContext, turn: NamedNode, n: number): void {
  const id = ctx.part('turn', n, 'position');
  ctx.out.types(id, crm.E42_Identifier);
  ctx.out.str(id, crm.P190_has_symbolic_content, String(n).padStart(4, '0'));
  ctx.out.add(id, crm.P2_has_type, lod.SortValue);
  ctx.out.types(lod.SortValue, crm.E55_Type);
  ctx.out.add(turn, crm.P1_is_identified_by, id);
}

/** The act of speaking the turn is about: carried out by the speaker, part of the talks. */
function mapUtterance(ctx: MapContext, turn: NamedNode, n: number, speaker: NamedNode): void {
  const u = ctx.part('turn', n, 'utterance');
  ctx.out.types(u, crm.E7_Activity, lod.Utterance);
  ctx.out.add(u, crm.P14_carried_out_by, speaker);
  if (hasTalks(ctx)) ctx.out.add(u, crm.P9i_forms_part_of, ctx.part('talks'));
  ctx.out.add(turn, crm.P129_is_about, u);
}

/** `<turn/n/aside/j>`: the narrator's words inside a turn. */
function mapAsides(ctx: MapContext, numbers: Map<number, number>): void {
  const count = new Map<number, number>();
  for (const aside of ctx.record.asides) {
    const n = numbers.get(aside.turn);
    if (n === undefined) continue;
    const j = (count.get(n) ?? 0) + 1;
    count.set(n, j);
    mapAside(ctx, aside, n, j);
  }
}

function mapAside(ctx: MapContext, aside: Aside, n: number, j: number): void {
  const a = ctx.part('turn', n, 'aside', j);
  const turn = ctx.part('turn', n);
  const text = ctx.text.clean(aside.text, aside);
  ctx.out.types(a, crm.E33_Linguistic_Object, lod.NarratorAside, schema.CreativeWork);
  ctx.out.en(a, crm.P190_has_symbolic_content, text);
  ctx.out.en(a, schema.text, text);
  ctx.out.add(a, crm.P106i_forms_part_of, turn);
  ctx.out.add(a, schema.isPartOf, turn);
  ctx.refersTo(a, ctx.resolver.mentionsIn(aside).filter((m) => m.from !== 'speaker'));
}
