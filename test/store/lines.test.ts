// Splitting a file into lines: the same lines as Node's readline (N-Quads line ends), whatever the chunks, and line numbers.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, lineBatches } from '../../src/store/dataset.js';
import { LineSplitter, fileLineBatches } from '../../src/store/lines.js';
import { tempDir } from '../temp-dir.js';

/** What readline makes of the text (with `crlfDelay: Infinity`, as the reader used before). */
async function readlineLines(text: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from([Buffer.from(text)]), crlfDelay: Infinity })) out.push(line);
  return out;
}

/** The splitter's lines when the text's UTF-8 bytes arrive cut at `cuts`. */
function splitAt(text: string, cuts: number[]): string[] {
  const bytes = Buffer.from(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const s = new LineSplitter();
  const out: string[] = [];
  let from = 0;
  for (const to of [...at, bytes.length]) {
    out.push(...s.push(bytes.subarray(from, to)));
    from = to;
  }
  return [...out, ...s.end()];
}

function file(text: string): string {
  const path = join(tempDir('lodscribe-lines-'), 'dataset.nq');
  writeFileSync(path, text);
  return path;
}

describe('LineSplitter', () => {
  it('ends lines at \\n, \\r\\n and a lone \\r, and keeps empty lines but not a final line end', () => {
    expect(splitAt('a\nb\r\nc\rd', [])).toEqual(['a', 'b', 'c', 'd']);
    expect(splitAt('a\n\nb\n', [])).toEqual(['a', '', 'b']);
    expect(splitAt('a\r', [])).toEqual(['a']);
    expect(splitAt('', [])).toEqual([]);
  });

  it('keeps \\r\\n one line end when a chunk ends between them, and a character whole when a chunk ends inside it', () => {
    expect(splitAt('a\r\nb', [2])).toEqual(['a', 'b']);
    expect(splitAt('é\n😀\n', [1, 4])).toEqual(['é', '😀']);
  });

  it('gives the lines readline gives, however the bytes are cut', async () => {
    const text = fc.array(fc.constantFrom('a', '<urn:x>', ' ', '"é"', '😀', '\n', '\r', '\r\n'), { maxLength: 40 }).map((parts) => parts.join(''));
    await fc.assert(fc.asyncProperty(text, fc.array(fc.nat(200), { maxLength: 8 }), async (t, cuts) => {
      expect(splitAt(t, cuts)).toEqual(await readlineLines(t));
    }), { numRuns: 300 });
  });
});

describe('fileLineBatches', () => {
  it('numbers each batch by its first line and keeps every line once, across 64 KiB chunks', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `<urn:s${i}> <urn:p> "${'x'.repeat(i % 97)}" .`);
    const batches: { lines: string[]; firstLine: number }[] = [];
    for await (const b of fileLineBatches(file(`${lines.join('\r\n')}\r\n`), 500)) batches.push(b);
    expect(batches.flatMap((b) => b.lines)).toEqual(lines);
    let next = 1;
    for (const b of batches) {
      expect(b.firstLine).toBe(next);
      next += b.lines.length;
    }
    expect(batches.length).toBeGreaterThan(1);
  });

  it('reads a line longer than many chunks whole, between the lines around it', async () => {
    const long = `<urn:s> <urn:p> "${'é'.repeat(300_000)}" .`;
    const batches: string[][] = [];
    for await (const b of fileLineBatches(file(`<urn:a> <urn:p> "1" .\r${long}\r\n<urn:b> <urn:p> "2" .`), 2)) batches.push(b.lines);
    expect(batches.flat()).toEqual(['<urn:a> <urn:p> "1" .', long, '<urn:b> <urn:p> "2" .']);
  });

  it('reports a file that cannot be read as a DatasetError with the system code', async () => {
    const read = async (): Promise<void> => {
      for await (const _ of lineBatches(join(tempDir('lodscribe-lines-'), 'missing.nq'))) void _;
    };
    await expect(read()).rejects.toThrow(new DatasetError('the file could not be read: ENOENT'));
  });
});
