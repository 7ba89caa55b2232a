// The typed SourceRecord that the ingest stage turns a record page into; plain data, no RDF.
import type { Finding, Span } from './findings.js';

export type RecordType =
  | 'transcript' | 'telegram' | 'memorandum' | 'letter' | 'minutes' | 'journal entry' | 'report' | 'document';

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

export interface RecordDate extends Span {
  /** ISO 8601, as precise as the text: `1950`, `1950-01`, `1950-01-22`, `1951-03-04T15:00`. */
  iso: string;
  /** The expression as printed. */
  text: string;
  precision: DatePrecision;
}

export type SegmentKind =
  | 'narration' | 'turn' | 'attendance' | 'duration' | 'salutation' | 'header' | 'signature' | 'footnote';

/** One body paragraph (or, for a turn, its first paragraph and the ones that continue it). */
export interface Segment extends Span {
  kind: SegmentKind;
  text: string;
  /** For a turn: its number, 1..n. */
  turn?: number;
}

export interface Turn extends Span {
  n: number;
  /** Normalised speaker name: titles, honorifics and initials removed (`Comrade Stalin` → `Stalin`). */
  speaker: string;
  /** The label as printed, without the colon. */
  label: string;
  labelSpan: Span;
  /** What the speaker said, exactly as printed (continuation paragraphs included). */
  text: string;
  /** The paragraphs of the turn: the labelled one first, then its continuations. */
  paragraphs: Span[];
  /** The text with editorial insertions, footnote markers and scraping artefacts removed. */
  plainText: string;
}

export interface Aside extends Span {
  /** The turn the narrator's words interrupt. */
  turn: number;
  text: string;
  /** The person the aside names as speaking, if it names one. */
  speaker?: string;
}

export interface Participant {
  name: string;
  /** 1 or 2 in the order the attendance line prints the sides. */
  side?: number;
  /** `principal` when the title names the person as a party to the talks. */
  role: 'principal' | 'participant';
  /** Where the record says the person took part. */
  from: 'attendance' | 'speaker';
  /** The name as printed in the attendance line, honorifics removed, with its offsets. */
  span?: Span;
  /** An editorial role gloss printed before the name (`[CCP CC member] Chen Boda`). */
  gloss?: string;
  pseudonym?: string;
}

export type EditorialKind =
  | 'role-gloss' | 'alternative-name' | 'supplied-word' | 'uncertainty' | 'translator-note' | 'editor-note'
  | 'footnote-marker' | 'bracket-in-word' | 'illegible' | 'omission' | 'sic' | 'pseudonym' | 'artefact' | 'other';

export interface EditorialNote extends Span {
  kind: EditorialKind;
  /** The insertion as printed, brackets (or slashes) included. */
  text: string;
  /** The words inside the brackets. */
  content: string;
  /** The words the note is about: the name a gloss precedes, the name an alternative or pseudonym follows. */
  target?: Span & { text: string };
}

export interface Duration extends Span {
  /** ISO 8601 duration, `PT2H`. */
  iso: string;
  text: string;
}

export interface MetadataField {
  heading: string;
  value: string;
  span?: Span;
}

export interface SourceRecord {
  id: string;
  /** The source file's name, as given. */
  file: string;
  /** The text that every offset indexes (the decoded file, byte order mark removed), and its digest. */
  source: { text: string; sha256: string; length: number; fileSha256: string };
  type: RecordType;
  title: (Span & { text: string }) | null;
  date: RecordDate | null;
  /** The dated heading as printed (`Moscow, 3 p.m., 4 March 1951`), and the place it names, if any. */
  heading: (Span & { text: string; place?: string }) | null;
  sponsor: (Span & { text: string }) | null;
  segments: Segment[];
  turns: Turn[];
  asides: Aside[];
  participants: Participant[];
  duration: Duration | null;
  editorial: EditorialNote[];
  summary: (Span & { text: string }) | null;
  /** Heading → value, for the headings that have a value; sidecar values win. */
  metadata: Record<string, string>;
  metadataFields: MetadataField[];
  rights: (Span & { text: string })[];
  findings: Finding[];
}
