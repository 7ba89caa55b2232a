// `npx tsx bench/publish.ts <outDir>`: publish throughput (triples/s), one-graph-at-a-time path vs the fast path, same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { publishEach, resolveTarget, type PublishResult } from '../src/stages/store.js';
import { publishBulk } from '../src/store/bulk.js';
import { StoreClient } from '../src/store/client.js';
import { readGraphs } from '../src/store/dataset.js';
import { dropGraph } from '../src/store/sparql.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    endpoint: { type: 'string' },
    profile: { type: 'string', default: 'virtuoso' },
    rounds: { type: 'string', default: '1' },
    concurrency: { type: 'string' },
    'skip-old': { type: 'boolean' },
    'no-drop': { type: 'boolean' },
    'new-only': { type: 'boolean' },
    'load-dir': { type: 'string' },
  },
});
const outDir = positionals[0];
const endpoint = values.endpoint ?? process.env.LODSCRIBE_VIRTUOSO_ENDPOINT ?? '';
if (!outDir || !endpoint) {
  process.stderr.write('usage: npx tsx bench/publish.ts <outDir> [--endpoint URL (default $LODSCRIBE_VIRTUOSO_ENDPOINT)] [--profile virtuoso] [--rounds n] [--concurrency 1,2,4 (default: the profile\'s)] [--skip-old] [--no-drop | --new-only] [--load-dir DIR (default $LODSCRIBE_VIRTUOSO_LOAD_DIR)]\n');
  process.exit(2);
}
const profile = values.profile as 'virtuoso';

/** CPU seconds of the store's process, when it is the throw-away Virtuoso of scripts/virtuoso.sh (else undefined). */
function storeCpu(): number | undefined {
  const dir = process.env.LODSCRIBE_VIRTUOSO_DIR;
  if (!dir) return undefined;
  try {
    const pid = readFileSync(join(dir, 'virtuoso.pid'), 'utf8').trim();
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const ownCpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const load = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Drops every graph of the dataset, so that the next run writes new graphs rather than replacing them. */
async function dropAll(): Promise<void> {
  const target = resolveTarget({ endpoint, profile });
  const client = new StoreClient({ urls: target.urls, profile: target.profile, credentials: { kind: 'none' } });
  for await (const g of readGraphs(join(outDir as string, 'dataset.nq'))) await client.update(dropGraph(g.graph));
}

interface Measured { name: string; fresh: boolean; result: PublishResult; nodeCpu: number; storeCpu: number | undefined; load: string }

async function measure(name: string, fresh: boolean, run: () => Promise<PublishResult>): Promise<Measured> {
  if (fresh) await dropAll();
  const [own, store] = [ownCpu(), storeCpu()];
  const result = await run();
  const after = storeCpu();
  const m: Measured = { name, fresh, result, nodeCpu: ownCpu() - own, storeCpu: store === undefined || after === undefined ? undefined : after - store, load: load() };
  process.stderr.write(`${line(m)}\n`);
  for (const g of result.graphs.filter((x) => x.action === 'failed')) process.stderr.write(`  failed <${g.graph}>: ${g.reason ?? ''}\n`);
  return m;
}

const rate = (m: Measured): number => (m.result.triplesWritten * 1000) / Math.max(1, m.result.ms);

function line(m: Measured): string {
  const r = m.result;
  const perTriple = (s: number | undefined): string => (s === undefined ? '—' : `${((s * 1e6) / Math.max(1, r.triplesWritten)).toFixed(1)} µs`);
  const what = `${m.name} (${m.fresh ? 'new graphs' : 'replacing'})`.padEnd(34);
  return `${what} ${Math.round(rate(m)).toLocaleString('en-US').padStart(7)} triples/s  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.written}/${r.graphs.length} written, ${r.failed} failed, ${r.requests} requests; CPU per triple: publish ${perTriple(m.nodeCpu)}, store ${perTriple(m.storeCpu)}; load ${m.load}`;
}

const options = { endpoint, profile };
const concurrencies = (values.concurrency ?? String(resolveTarget(options).profile.writers)).split(',').map(Number);
const runs: Measured[] = [];
const loadDir = values['load-dir'] ?? process.env.LODSCRIBE_VIRTUOSO_LOAD_DIR;
for (let round = 0; round < Number(values.rounds); round++) {
  for (const fresh of values['no-drop'] ? [false] : values['new-only'] ? [true] : [true, false]) {
    if (!values['skip-old']) runs.push(await measure('old: one graph at a time', fresh, () => publishEach(outDir, options)));
    for (const c of concurrencies) {
      runs.push(await measure(`new: ${c} in flight`, fresh, () => publishBulk(outDir, { ...options, concurrency: c }, resolveTarget(options))));
    }
    if (loadDir) runs.push(await measure('--load-dir', fresh, () => publishBulk(outDir, { ...options, loadDir }, resolveTarget({ ...options, loadDir }))));
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
const triples = runs[0]?.result.triplesWritten ?? 0;
const lines = [`publish bench: ${outDir} — ${triples.toLocaleString('en-US')} triples, ${runs[0]?.result.graphs.length ?? 0} graphs, to ${endpoint} (${profile}); every graph read back; ${values.rounds} round(s), medians`, ''];
for (const fresh of [true, false]) {
  const names = [...new Set(runs.filter((m) => m.fresh === fresh).map((m) => m.name))];
  const of = (name: string): Measured[] => runs.filter((m) => m.fresh === fresh && m.name === name);
  const base = names.some((n) => n.startsWith('old')) ? median(of(names.find((n) => n.startsWith('old')) ?? '').map(rate)) : undefined;
  for (const name of names) {
    const ms = of(name);
    const cpu = (pick: (m: Measured) => number | undefined): string => {
      const xs = ms.flatMap((m) => { const x = pick(m); return x === undefined ? [] : [(x * 1e6) / Math.max(1, m.result.triplesWritten)]; });
      return xs.length ? `${median(xs).toFixed(1)} µs` : '—';
    };
    const ratio = base && !name.startsWith('old') ? `  ${(median(ms.map(rate)) / base).toFixed(2)}× old` : '';
    lines.push(`${`${name} (${fresh ? 'new graphs' : 'replacing'})`.padEnd(34)} ${Math.round(median(ms.map(rate))).toLocaleString('en-US').padStart(7)} triples/s${ratio}; CPU per triple: publish ${cpu((m) => m.nodeCpu)}, store ${cpu((m) => m.storeCpu)}`);
  }
}
lines.push('', `load average at the end: ${load()}`);
process.stdout.write(`${lines.join('\n')}\n`);
if (runs.some((m) => m.result.failed > 0)) process.exitCode = 1;
