// Resource limits of one record: over any of them the record is refused with a `too-large` finding, never processed.

/** A record file larger than this is not read (the JSON sidecar is not read either). */
export const MAX_RECORD_BYTES = 8 * 1024 * 1024;

/** More paragraphs (turns among them), editorial notes and asides than this, together, and the record's parts are dropped. */
export const MAX_RECORD_PARTS = 5_000;

/** More mentions than this (speakers and attendees included) and the extract stage gives none. */
export const MAX_RECORD_MENTIONS = 10_000;

const grouped = (n: number): string => n.toLocaleString('en-US');

/** The reason of a `too-large` finding: what was counted, how many, and the limit. */
export function overLimit(what: string, count: number, limit: number): string {
  return `${grouped(count)} ${what}, over the limit of ${grouped(limit)}`;
}
