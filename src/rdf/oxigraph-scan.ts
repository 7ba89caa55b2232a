// N-Quads bytes → the predicates whose literal objects all carry one datatype that Oxigraph's store rewrites.
import { closeSync, openSync, readSync } from 'node:fs';
import { NS } from './namespaces.js';

const CHUNK_BYTES = 1 << 22;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SPACE = 0x20;
const TAB = 0x09;

/** A line-based RDF file (N-Quads, N-Triples) in chunks of whole lines, read from disk one chunk at a time. */
export function* lineChunks(file: string): Generator<Buffer> {
  const fd = openSync(file, 'r');
  let rest: Buffer = Buffer.alloc(0);
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      const data = rest.length > 0 ? Buffer.concat([rest, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      const end = data.lastIndexOf(NEWLINE) + 1;
      rest = data.subarray(end);
      if (end > 0) yield data.subarray(0, end);
    }
    if (rest.length > 0) yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Whether the quote at `at` closes a literal (it is not escaped by an odd run of backslashes). */
function closesLiteral(chunk: Buffer, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && chunk[i] === BACKSLASH; i--) slashes++;
  return slashes % 2 === 0;
}

/** The predicate IRI of the N-Quads line starting at `start` (the term after the subject), or undefined. */
function predicateOf(chunk: Buffer, start: number): string | undefined {
  let i = start;
  while (chunk[i] === SPACE || chunk[i] === TAB) i++;
  i = chunk[i] === LESS_THAN ? chunk.indexOf(GREATER_THAN, i) + 1 : chunk.indexOf(SPACE, i);
  if (i <= 0) return undefined;
  while (chunk[i] === SPACE || chunk[i] === TAB) i++;
  if (chunk[i] !== LESS_THAN) return undefined;
  const end = chunk.indexOf(GREATER_THAN, i);
  return end > i ? chunk.toString('utf8', i + 1, end) : undefined;
}

/** Collects, per predicate, the tracked XSD datatypes (local names) of its typed-literal objects. */
export class DatatypeScan {
  private readonly marker = Buffer.from(`"^^<${NS.xsd}`, 'utf8');
  private readonly seen = new Map<string, Set<string>>();

  /** `tracked`: the XSD local names to look for (the rewritten ones and the type they become). */
  constructor(private readonly tracked: ReadonlySet<string>) {}

  /** Scans one chunk of whole lines. */
  add(chunk: Buffer): void {
    for (let at = chunk.indexOf(this.marker); at >= 0; at = chunk.indexOf(this.marker, at + 1)) {
      const nameStart = at + this.marker.length;
      const nameEnd = chunk.indexOf(GREATER_THAN, nameStart);
      if (nameEnd < 0 || !closesLiteral(chunk, at)) continue;
      const name = chunk.toString('latin1', nameStart, nameEnd);
      if (!this.tracked.has(name)) continue;
      const predicate = predicateOf(chunk, chunk.lastIndexOf(NEWLINE, at) + 1);
      if (predicate === undefined) continue;
      let names = this.seen.get(predicate);
      if (!names) this.seen.set(predicate, (names = new Set()));
      names.add(name);
    }
  }

  /** Predicate IRI → datatype IRI, for each predicate whose tracked objects all have the same rewritten datatype. */
  result(rewritten: ReadonlySet<string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const [predicate, names] of this.seen) {
      const [only] = names;
      if (names.size === 1 && only !== undefined && rewritten.has(only)) out.set(predicate, NS.xsd + only);
    }
    return out;
  }
}
