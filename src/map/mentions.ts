// Mentions as Web Annotations: body the entity, target a span of the source with position and quote selectors.
import type { Mention } from '../entities.js';
import { literal, type NamedNode } from '../rdf/factory.js';
import { dcterms, lod, oa, xsd } from '../rdf/namespaces.js';
import type { MapContext } from './context.js';
import type { Container } from './segments.js';
import { within } from './text.js';

/** The parts of the record a mention can lie in: turns (label included), narration paragraphs and the summary. */
export function containers(ctx: MapContext, narration: readonly Container[], turnNumbers: Map<number, number>): Container[] {
  const { record } = ctx;
  const turns = record.turns.map((t) => ({ start: t.labelSpan.start, end: t.end, iri: ctx.part('turn', turnNumbers.get(t.n) ?? t.n) }));
  const more: Container[] = [];
  if (record.summary && record.summary.text.trim() !== '') more.push({ ...spanOf(record.summary), iri: ctx.part('summary') });
  return [...turns, ...narration, ...more];
}

const spanOf = (s: { start: number; end: number }): { start: number; end: number } => ({ start: s.start, end: s.end });

/** `<mention/k>` for the k-th mention of the link stage; returns the keys of the entities mentioned, in order. */
export function mapMentions(ctx: MapContext, parts: readonly Container[]): string[] {
  const keys: string[] = [];
  ctx.linked.mentions.forEach((m, i) => {
    if (mapMention(ctx, m, i + 1, parts) && !keys.includes(m.entity)) keys.push(m.entity);
  });
  return keys;
}

function usable(ctx: MapContext, m: Mention, k: number): boolean {
  if (!ctx.resolver.get(m.entity)) {
    ctx.note('map-unknown-entity', { n: k, key: m.entity });
    return false;
  }
  if (!ctx.text.valid(m) || ctx.text.inArtefact(m)) {
    ctx.note('map-bad-mention', { n: k, start: m.start, end: m.end });
    return false;
  }
  return true;
}

function mapMention(ctx: MapContext, m: Mention, k: number, parts: readonly Container[]): boolean {
  const entity = ctx.resolver.get(m.entity);
  if (!entity || !usable(ctx, m, k)) return false;
  const a = ctx.part('mention', k);
  const target = ctx.part('mention', k, 'target');
  ctx.out.types(a, oa.Annotation, lod.Mention);
  ctx.out.add(a, oa.motivatedBy, oa.identifying);
  ctx.out.add(a, oa.hasBody, ctx.resolver.iri(entity));
  ctx.out.add(a, oa.hasTarget, target);
  ctx.out.str(a, lod.mentionSource, m.from);
  const side = sideOf(ctx, m);
  if (side !== undefined) ctx.out.int(a, lod.side, side);
  ctx.out.types(target, oa.SpecificResource);
  ctx.out.add(target, oa.hasSource, ctx.part('source'));
  const container = parts.find((c) => within(m, c));
  if (container) ctx.out.add(target, dcterms.isPartOf, container.iri);
  mapSelectors(ctx, m, k, target);
  return true;
}

/** The side of the talks, for attendance mentions: as the link stage gives it, else the participant's. */
function sideOf(ctx: MapContext, m: Mention): number | undefined {
  if (m.from !== 'attendance') return undefined;
  const side = m.side ?? ctx.record.participants.find((p) => p.span && p.span.start === m.start && p.span.end === m.end)?.side;
  return side !== undefined && Number.isSafeInteger(side) && side > 0 ? side : undefined;
}

function mapSelectors(ctx: MapContext, m: Mention, k: number, target: NamedNode): void {
  const position = ctx.part('mention', k, 'position');
  const quote = ctx.part('mention', k, 'quote');
  ctx.out.types(position, oa.TextPositionSelector);
  ctx.out.add(position, oa.start, literal(String(m.start), xsd.nonNegativeInteger));
  ctx.out.add(position, oa.end, literal(String(m.end), xsd.nonNegativeInteger));
  const q = ctx.text.quote(m);
  ctx.out.types(quote, oa.TextQuoteSelector);
  ctx.out.str(quote, oa.exact, q.exact);
  if (q.prefix !== '') ctx.out.str(quote, oa.prefix, q.prefix);
  if (q.suffix !== '') ctx.out.str(quote, oa.suffix, q.suffix);
  ctx.out.add(target, oa.hasSelector, position);
  ctx.out.add(target, oa.hasSelector, quote);
  if (q.exact.normalize('NFC') !== m.text.normalize('NFC')) {
    ctx.note('map-mention-text', { n: k, text: m.text.slice(0, 80), exact: q.exact.slice(0, 80) }, m);
  }
}
