// A file's bytes → its lines in batches, split where N-Quads ends a line (`\n`, `\r\n` or a lone `\r`).
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const LINE_END = /\r\n|\r|\n/;
const LINE_END_CHAR = /[\r\n]/;

/**
 * Splits text that arrives in chunks into lines, as `readline` does with `crlfDelay: Infinity` (and three times as fast
 * on a 2 GB `dataset.nq`: 1.7 s against 4.3–6.5 s). A chunk may end inside a character or between `\r` and `\n`. The
 * pieces of an unfinished line are joined only once it ends, so a very long line costs its length, not its square.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  /** The unfinished line's pieces (it may end with a `\r` whose `\n` is still to come). */
  private pending: string[] = [];

  /** The lines that the chunk completes. */
  push(chunk: Buffer): string[] {
    const piece = this.decoder.write(chunk);
    if (!LINE_END_CHAR.test(piece)) {
      this.pending.push(piece);
      return [];
    }
    const text = this.pending.join('') + piece;
    // A final `\r` waits: the next chunk may start with the `\n` of the same line end.
    const body = text.endsWith('\r') ? text.slice(0, -1) : text;
    const lines = body.includes('\r') ? body.split(LINE_END) : body.split('\n');
    const rest = (lines.pop() ?? '') + text.slice(body.length);
    this.pending = rest === '' ? [] : [rest];
    return lines;
  }

  /** The last line, when the text does not end with a line end. */
  end(): string[] {
    const text = this.pending.join('') + this.decoder.end();
    this.pending = [];
    const lines = text.split(LINE_END);
    if (lines.at(-1) === '') lines.pop();
    return lines;
  }
}

/** The file's lines in batches of about `batchLines`, with the number of each batch's first line (1-based). */
export async function* fileLineBatches(file: string, batchLines: number): AsyncGenerator<{ lines: string[]; firstLine: number }> {
  const splitter = new LineSplitter();
  let lines: string[] = [];
  let firstLine = 1;
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    const more = splitter.push(chunk as Buffer);
    lines = lines.length === 0 ? more : lines.concat(more);
    if (lines.length < batchLines) continue;
    yield { lines, firstLine };
    firstLine += lines.length;
    lines = [];
  }
  lines.push(...splitter.end());
  if (lines.length > 0) yield { lines, firstLine };
}
