// Child process of the bench: loads an output folder once as `lodscribe query` does, runs each competency query twice, prints the second time.
import { executeQuery } from '../src/rdf/comunica.js';
import { resolveSources } from '../src/stages/query.js';
import { competencyQueries } from './queries.js';

const out = process.argv[2] ?? 'output';
const sources = await resolveSources([out]);
for (const q of competencyQueries()) {
  const first = await executeQuery(q.text, sources);
  const started = performance.now();
  const second = await executeQuery(q.text, sources);
  const ms = performance.now() - started;
  const rows = second.kind === 'bindings' ? second.rows.length : first.kind === 'bindings' ? first.rows.length : 0;
  process.stdout.write(`${JSON.stringify({ name: q.name, ms, rows })}\n`);
}
