// publish's progress on stderr: JSON events per graph, the terminal bar, nothing on a pipe in text mode.
import { describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import { publishLine, publishReporter, type PublishEvent, type PublishGraphEvent } from '../../src/render/publish-progress.js';
import { datasetDir, noSleep, recordGraph, recordQuads } from './helpers.js';
import { MemoryStore } from './memory-store.js';
import { memoryFetch, type Intercept } from './memory-fetch.js';

const ENDPOINT = 'http://store.test/sparql';
const IDS = ['r1', 'r2', 'r3', 'r4'];
const dataset = () => IDS.flatMap((id, i) => recordQuads(id, 10 * (i + 1)));

/** Publishes the dataset with progress into a stream that keeps what it is given. */
async function publishWithProgress(o: Partial<PublishCommandOptions>, isTTY: boolean, intercept?: Intercept) {
  const { fetch } = memoryFetch(new MemoryStore(), intercept);
  const written: string[] = [];
  const stream = { isTTY, columns: 100, write: (t: string) => written.push(t) };
  const r = await publishCommand(datasetDir(dataset()), { endpoint: ENDPOINT, env: {}, fetchImpl: fetch, sleep: noSleep, backoffBaseMs: 1, retries: 0, ...o }, stream);
  return { r, written };
}

const events = (written: string[]): PublishEvent[] => written.map((line) => JSON.parse(line) as PublishEvent);

describe('publish progress', () => {
  it('writes a start event with the number of graphs, one event per graph and an end event, with --log-format json', async () => {
    for (const profile of ['virtuoso', 'generic']) { // the Graph Store in flight, and SPARQL Update one graph at a time
      const { r, written } = await publishWithProgress({ profile, logFormat: 'json' }, false);
      expect(exitCode(r.outcome), r.stderr).toBe(0);
      const e = events(written);
      expect(e[0]).toEqual({ event: 'start', total: 4 });
      const graphs = e.filter((x): x is PublishGraphEvent => x.event === 'graph');
      expect(graphs.map((g) => g.done)).toEqual([1, 2, 3, 4]);
      expect(graphs.map((g) => g.graph).sort()).toEqual(IDS.map(recordGraph));
      expect(graphs.at(-1)).toMatchObject({ total: 4, failed: 0, triples: 100, action: 'written' });
      expect(e.at(-1)).toMatchObject({ event: 'end', graphs: 4, written: 4, unchanged: 0, failed: 0, triples: 100 });
      expect(e).toHaveLength(6);
    }
  });

  it('counts failed graphs as they fail', async () => {
    const refuseR2: Intercept = (req) => (req.method === 'PUT' && req.url.searchParams.get('graph') === recordGraph('r2') ? new Response('no', { status: 403 }) : undefined);
    const { r, written } = await publishWithProgress({ profile: 'virtuoso', logFormat: 'json' }, false, refuseR2);
    expect(exitCode(r.outcome)).toBe(1);
    const graphs = events(written).filter((x): x is PublishGraphEvent => x.event === 'graph');
    expect(graphs.find((g) => g.graph === recordGraph('r2'))).toMatchObject({ action: 'failed' });
    expect(graphs.at(-1)).toMatchObject({ done: 4, failed: 1, triples: 80 });
  });

  it('draws a bar on a terminal and clears it before the summary; writes nothing on a pipe in text mode', async () => {
    const tty = await publishWithProgress({ profile: 'virtuoso' }, true);
    expect(tty.written.at(-2)).toMatch(/^\r\u001b\[2K\[#+\] 4\/4 100% · [\d,]+ triples\/s · ETA 00:00 · 0 failed$/);
    expect(tty.written.at(-1)).toBe('\r\u001b[2K');
    expect(tty.r.stdout).toContain('4 graph(s) — 4 written');
    expect((await publishWithProgress({ profile: 'virtuoso' }, false)).written).toEqual([]);
  });

  it('says graphs done, triples per second, the time left and failures in one line', () => {
    const e: PublishGraphEvent = { event: 'graph', done: 2500, total: 10_000, failed: 1, triples: 2_500_000, graph: 'g', action: 'written', elapsedMs: 50_000 };
    expect(publishLine(e, 100)).toBe(`[${'#'.repeat(10)}${'-'.repeat(30)}] 2500/10000 25% · 50,000 triples/s · ETA 02:30 · 1 failed`);
  });

  it('takes secrets out of every event it writes', () => {
    const written: string[] = [];
    const reporter = publishReporter('json', { write: (t: string) => written.push(t) }, (t) => t.replaceAll('s3cret', '[redacted]'))!;
    reporter.onStart(1);
    reporter.onGraph({ graph: 'https://example.org/s3cret', triples: 1, action: 'failed', reason: 'x' });
    expect(written.join('')).not.toContain('s3cret');
    expect(written.join('')).toContain('https://example.org/[redacted]');
  });
});
