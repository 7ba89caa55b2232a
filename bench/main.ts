// `npm run bench -- --records N [--json file] [--jobs n] [--seed s] [--single|--no-single] [--no-queries] [--keep] [--write-authority]`
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AUTHORITY_FILE, authorityTurtle } from './authority.js';
import { formatBench } from './report.js';
import { runBench } from './run.js';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100' },
    json: { type: 'string' },
    jobs: { type: 'string' },
    seed: { type: 'string' },
    sample: { type: 'string' },
    'query-timeout': { type: 'string' },
    single: { type: 'boolean' },
    'no-single': { type: 'boolean' },
    'no-queries': { type: 'boolean' },
    keep: { type: 'boolean' },
    'write-authority': { type: 'boolean' },
  },
});

if (values['write-authority']) {
  writeFileSync(AUTHORITY_FILE, authorityTurtle());
  process.stderr.write(`wrote ${AUTHORITY_FILE}\n`);
} else {
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const single = values.single ? true : values['no-single'] ? false : undefined;
  const result = await runBench({
    records: Number(values.records), jobs: num(values.jobs), seed: num(values.seed), sample: num(values.sample),
    queryTimeoutSeconds: num(values['query-timeout']), queries: !values['no-queries'], keep: values.keep ?? false,
    ...(single === undefined ? {} : { single }), log: (line) => process.stderr.write(`bench: ${line}\n`),
  } as Parameters<typeof runBench>[0]);
  process.stdout.write(formatBench(result));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
}
