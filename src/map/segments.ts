// Narration paragraphs and editorial notes (typed by kind; artefacts never published), role glosses, pseudonyms.
import type { Entity, EntityKind } from '../entities.js';
import type { Span } from '../findings.js';
import type { NamedNode } from '../rdf/factory.js';
import { crm, lod, rdfs, schema } from '../rdf/namespaces.js';
import type { EditorialKind, EditorialNote } from '../record.js';
import type { MapContext } from './context.js';

const ALL_KINDS: readonly EntityKind[] = ['person', 'place', 'group', 'agreement', 'event'];

/** The lod: subclass of each kind of editorial note; null: not published (scraping artefacts). */
const NOTE_CLASSES: Readonly<Record<EditorialKind, NamedNode | undefined | null>> = {
  'role-gloss': lod.RoleGloss,
  'alternative-name': lod.AlternativeName,
  'supplied-word': lod.SuppliedWord,
  uncertainty: lod.Uncertainty,
  'translator-note': lod.TranslatorNote,
  'editor-note': lod.EditorNote,
  'footnote-marker': lod.Footnote,
  'bracket-in-word': lod.Expansion,
  illegible: lod.Illegible,
  omission: lod.Omission,
  sic: lod.Sic,
  pseudonym: lod.Pseudonym,
  artefact: null,
  other: undefined,
};

/** A part of the record's text that mentions can lie in: its span and IRI. */
export interface Container extends Span {
  iri: NamedNode;
}

/** `<narration/k>` for the k-th segment that is not a turn; returns them as mention containers. */
export function mapNarration(ctx: MapContext): Container[] {
  const segments = ctx.record.segments.filter((s) => s.kind !== 'turn');
  return segments.map((seg, i) => {
    const iri = ctx.part('narration', i + 1);
    const text = ctx.text.clean(seg.text, seg);
    ctx.out.types(iri, crm.E33_Linguistic_Object, lod.Narration, schema.CreativeWork);
    ctx.out.en(iri, crm.P190_has_symbolic_content, text);
    ctx.out.en(iri, schema.text, text);
    ctx.out.str(iri, lod.segmentKind, seg.kind);
    ctx.out.int(iri, schema.position, i + 1);
    ctx.out.add(ctx.recordIri, crm.P106_is_composed_of, iri);
    ctx.out.add(ctx.recordIri, schema.hasPart, iri);
    ctx.refersTo(iri, ctx.resolver.mentionsIn(seg));
    return { start: seg.start, end: seg.end, iri };
  });
}

/** `<note/k>` for the k-th editorial note (k counts artefacts too, which are not published). */
export function mapNotes(ctx: MapContext): void {
  let editors: NamedNode | undefined;
  ctx.record.editorial.forEach((note, i) => {
    const cls = NOTE_CLASSES[note.kind];
    if (cls === null) return;
    editors ??= mapEditors(ctx);
    mapNote(ctx, note, i + 1, cls, editors);
  });
}

function mapEditors(ctx: MapContext): NamedNode {
  const editors = ctx.part('editors');
  ctx.out.types(editors, crm.E74_Group, schema.Organization);
  ctx.out.en(editors, rdfs.label, `Editors of the record ${ctx.id}`);
  ctx.out.en(editors, schema.name, `Editors of the record ${ctx.id}`);
  return editors;
}

function mapNote(ctx: MapContext, note: EditorialNote, k: number, cls: NamedNode | undefined, editors: NamedNode): void {
  const n = ctx.part('note', k);
  ctx.out.types(n, crm.E33_Linguistic_Object, lod.EditorialNote, schema.CreativeWork);
  if (cls) ctx.out.types(n, cls);
  ctx.out.en(n, crm.P190_has_symbolic_content, ctx.text.clean(note.text, note));
  ctx.out.str(n, lod.editorialKind, note.kind);
  ctx.out.add(n, schema.author, editors);
  ctx.out.add(ctx.recordIri, crm.P106_is_composed_of, n);
  ctx.out.add(ctx.recordIri, schema.hasPart, n);
  const target = note.target && (ctx.resolver.atSpan(note.target, ALL_KINDS) ?? ctx.resolver.named(note.target.text, ALL_KINDS));
  if (!target) return;
  const entity = ctx.resolver.iri(target);
  ctx.out.both(n, [crm.P67_refers_to, schema.mentions], entity);
  if (target.kind !== 'person') return;
  if (note.kind === 'role-gloss') mapRoleGloss(ctx, note, k, target, editors);
  if (note.kind === 'pseudonym') mapPseudonym(ctx, note, k, entity);
}

/** The role a gloss gives: as the link stage read it, else the gloss without a trailing given name of the person. */
function roleOf(ctx: MapContext, note: EditorialNote, person: Entity): string {
  const gloss = ctx.linked.mentions.find((m) => m.gloss && m.gloss.span.start === note.start && m.gloss.span.end === note.end)?.gloss;
  if (gloss && gloss.role.trim() !== '') return gloss.role.trim();
  const content = note.content.trim();
  for (const given of person.givenNames ?? []) {
    if (given !== '' && content.endsWith(` ${given}`)) return content.slice(0, -given.length - 1).trim();
  }
  return content;
}

/** A role gloss is an attribute assignment by the editors: the person's job title. */
function mapRoleGloss(ctx: MapContext, note: EditorialNote, k: number, person: Entity, editors: NamedNode): void {
  const role = ctx.text.clean(roleOf(ctx, note, person));
  if (role === '') return;
  const a = ctx.part('note', k, 'assignment');
  const iri = ctx.resolver.iri(person);
  ctx.out.types(a, crm.E13_Attribute_Assignment);
  ctx.out.add(a, crm.P14_carried_out_by, editors);
  ctx.out.add(a, crm.P140_assigned_attribute_to, iri);
  ctx.out.add(a, crm.P177_assigned_property_of_type, schema.jobTitle);
  ctx.out.types(schema.jobTitle, crm.E55_Type);
  ctx.out.add(a, crm.P141_assigned, ctx.part('note', k));
  ctx.out.en(a, rdfs.label, role);
  ctx.out.en(iri, schema.jobTitle, role);
}

/** A pseudonym the editors mark (`/Karskii/`): an appellation of the person in this record, and an alternate name. */
function mapPseudonym(ctx: MapContext, note: EditorialNote, k: number, person: NamedNode): void {
  const name = ctx.text.clean(note.content).trim();
  if (name === '') return;
  const appellation = ctx.part('note', k, 'name');
  ctx.out.types(appellation, crm.E33_E41_Linguistic_Appellation);
  ctx.out.en(appellation, crm.P190_has_symbolic_content, name);
  ctx.out.add(person, crm.P1_is_identified_by, appellation);
  ctx.out.en(person, schema.alternateName, name);
}
