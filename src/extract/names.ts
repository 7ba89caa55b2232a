// Resolves a printed name to an entity key: an authority entry, or a record-scoped entity shared by all its mentions.
import type { EntityKind } from '../entities.js';
import type { Span } from '../findings.js';
import { sameName } from '../ingest/participants.js';
import { slugify } from '../rdf/iri.js';
import type { SourceRecord } from '../record.js';
import type { Matcher } from './matcher.js';

export interface Unlinked { key: string; kind: EntityKind; name: string; names: string[]; count: number; first: Span }
export interface Resolved extends Span { key: string; text: string }

/** The key of the record-scoped entity a name denotes; a person's surname joins the full name already seen. */
export function recordScopedKey(recordId: string, kind: EntityKind, name: string, unlinked: Map<string, Unlinked>, at: Span): string {
  const clean = name.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  const existing = [...unlinked.values()].find((u) => u.kind === kind && (kind === 'person' ? sameName(u.name, clean) : slugify(u.name) === slugify(clean)));
  if (existing) {
    existing.count++;
    if (!existing.names.includes(clean)) existing.names.push(clean);
    if (clean.length > existing.name.length) existing.name = clean;
    return existing.key;
  }
  const key = `record/${recordId}/${kind}/${slugify(clean)}`;
  unlinked.set(key, { key, kind, name: clean, names: [clean], count: 1, first: at });
  return key;
}

/**
 * A speaker label or attendee as printed (`Comrade Stalin`, `A. Ya. Vyshinsky`) → the authority person it names,
 * with the span of the name inside it; else a record-scoped person named by the normalised name.
 */
export function resolveName(r: SourceRecord, printed: string, normalised: string, span: Span, matcher: Matcher,
  unlinked: Map<string, Unlinked>, toU16: (cp: number) => number): Resolved {
  const from = toU16(span.start);
  const hits = matcher.match(r.source.text, from, toU16(span.end)).filter((m) => m.entry.kind === 'person');
  const best = hits.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (best) {
    const start = span.start + Array.from(r.source.text.slice(from, best.start)).length;
    return { key: best.entry.key, start, end: start + Array.from(best.text).length, text: best.text };
  }
  const byName = matcher.match(normalised, 0, normalised.length).find((m) => m.entry.kind === 'person' && m.text === normalised);
  if (byName) return { key: byName.entry.key, ...span, text: printed };
  return { key: recordScopedKey(r.id, 'person', normalised, unlinked, span), ...span, text: printed };
}
