// The published example in a real Virtuoso: the competency questions answer the same through the store as over the files.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishCommand } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import type { Term } from '../../src/rdf/factory.js';
import { runQuery, type QuerySource } from '../../src/stages/query.js';
import { ROOT } from '../helpers.js';
import { runInto } from '../pipeline/helpers.js';
import { ENDPOINT, expectVirtuosoAnswers } from './store.js';

const questions = readdirSync(`${ROOT}queries`).filter((f) => f.endsWith('.rq') && !f.startsWith('cq8')).sort();

/** Compared by value: Virtuoso rewrites literals on the way in ("PT2H" → 7200 seconds, "120"^^xsd:decimal → 120). */
function value(t: Term | undefined): string {
  if (!t) return '';
  if (/^P(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/.test(t.value)) {
    const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(t.value) ?? [];
    return String(Number(h) * 3600 + Number(m) * 60 + Number(s));
  }
  return t.termType === 'Literal' && /^-?\d+(?:\.\d+)?$/.test(t.value) ? String(Number(t.value)) : t.value;
}

async function answers(file: string, source: QuerySource): Promise<string[]> {
  const r = await runQuery(readFileSync(`${ROOT}queries/${file}`, 'utf8'), { sources: [source] });
  if (r.kind !== 'bindings') throw new Error(`${file} is not a SELECT`);
  return r.rows.map((row) => r.variables.map((v) => value(row.get(v.replace(/^\?/, '')) ?? row.get(v))).join(' | ')).sort();
}

beforeAll(expectVirtuosoAnswers);

describe('the example published to Virtuoso', () => {
  it('answers every competency question as the files do, and re-publishing doubles nothing', async () => {
    const { out } = await runInto();
    const first = await publishCommand(out, { endpoint: ENDPOINT, profile: 'virtuoso', env: {}, timeoutMs: 120_000 });
    expect(exitCode(first.outcome), first.stderr).toBe(0);
    const store = { type: 'sparql', value: ENDPOINT } as const;
    for (const q of questions) {
      const [files, viaStore] = [await answers(q, out), await answers(q, store)];
      expect(viaStore, q).toEqual(files);
      expect(files.length, q).toBeGreaterThan(0);
    }
    const again = await publishCommand(out, { endpoint: ENDPOINT, profile: 'virtuoso', env: {}, timeoutMs: 120_000 });
    expect(exitCode(again.outcome), again.stderr).toBe(0);
    expect(await answers('cq2-speakers.rq', store)).toEqual(await answers('cq2-speakers.rq', out));
  });
});
