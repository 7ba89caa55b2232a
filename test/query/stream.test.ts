// `lodscribe query` writes a SELECT's rows as they arrive: the pieces add up to the whole answer in every streamed format.
import { describe, expect, it } from 'vitest';
import { queryCommand, type Sink } from '../../src/commands/query.js';
import { ROOT } from '../helpers.js';
import { runCli } from '../reliability/helpers.js';

const source = [`${ROOT}output`];
// Every quad of the example, in a fixed order: some hundreds of kilobytes, several pieces.
const ALL = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o ?g';
const ok = { kind: 'done', failedRecords: 0, violations: 0 };

/** A sink keeping what it is given; `refuseFrom` makes the n-th piece (and later ones) fail, as a closed pipe does. */
function keeper(refuseFrom = Infinity): { sink: Sink; pieces: string[] } {
  const pieces: string[] = [];
  const sink: Sink = async (chunk) => {
    if (pieces.length + 1 >= refuseFrom) throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    pieces.push(chunk);
  };
  return { sink, pieces };
}

describe('streamed query results', () => {
  it.each(['json', 'csv', 'tsv'] as const)('%s: the pieces written add up to the whole answer, byte for byte', async (format) => {
    const whole = await queryCommand(ALL, { source, format });
    const { sink, pieces } = keeper();
    const streamed = await queryCommand(ALL, { source, format }, sink);
    expect(streamed).toEqual({ stdout: '', stderr: '', outcome: ok });
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(whole.stdout);
  }, 60_000);

  it('keeps the table, an ASK and a CONSTRUCT whole (the table needs every row for its widths)', async () => {
    const { sink, pieces } = keeper();
    const table = await queryCommand(ALL, { source, format: 'table' }, sink);
    expect(table.stdout).toMatch(/\n\d{3,} rows\n$/);
    expect((await queryCommand('ASK { ?s ?p ?o }', { source, format: 'csv' }, sink)).stdout).toBe('true\n');
    expect((await queryCommand('CONSTRUCT WHERE { ?s a ?t } LIMIT 2', { source, format: 'tsv' }, sink)).stdout).toMatch(/^\?subject\t\?predicate\t\?object\n/);
    expect(pieces).toEqual([]);
  }, 60_000);

  it('stops quietly when the reader goes away (a closed pipe): no message, exit 0, nothing more written', async () => {
    const { sink, pieces } = keeper(2);
    expect(await queryCommand(ALL, { source, format: 'tsv' }, sink)).toEqual({ stdout: '', stderr: '', outcome: ok });
    expect(pieces).toHaveLength(1);
  }, 60_000);

  it('streams through the --timeout worker too, and stops it when the reader goes away', async () => {
    const whole = await queryCommand(ALL, { source, format: 'csv' });
    const { sink, pieces } = keeper();
    expect(await queryCommand(ALL, { source, format: 'csv', timeout: 60_000 }, sink)).toEqual({ stdout: '', stderr: '', outcome: ok });
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(whole.stdout);
    const closed = keeper(2);
    expect(await queryCommand(ALL, { source, format: 'csv', timeout: 60_000 }, closed.sink)).toEqual({ stdout: '', stderr: '', outcome: ok });
    expect(closed.pieces).toHaveLength(1);
  }, 60_000);
});

describe('the command line', () => {
  it('ends with exit 0 and no message when its output is closed after the first rows (as `| head` does)', async () => {
    const run = await runCli(['query', ALL, '--source', `${ROOT}output`, '--format', 'tsv'], (child) => child.stdout?.once('data', () => child.stdout?.destroy()));
    expect(run.stdout.split('\n')[0]).toBe('?s\t?p\t?o');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);

  it('takes --timeout: a runaway query is stopped with one line and exit 1', async () => {
    const cross = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    const run = await runCli(['query', cross, '--source', `${ROOT}output`, '--timeout', '1000']);
    expect(run.stderr).toBe('query: query: error query-timeout: the query did not finish within 1000 ms and was stopped\n');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  }, 60_000);
});
