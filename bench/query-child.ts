// Child process of the bench: Comunica over one source (an output folder, or sparql@<endpoint>), each competency query
// run once to warm, then the best of three (as for Oxigraph); with a record IRI as second argument, the one-record forms too.
import { executeQuery } from '../src/rdf/comunica.js';
import { parseSourceArg, resolveSources } from '../src/stages/query.js';
import { competencyQueries } from './queries.js';

const source = process.argv[2] ?? 'output';
const sources = await resolveSources([parseSourceArg(source)]);
for (const q of competencyQueries(process.argv[3])) {
  const first = await executeQuery(q.text, sources);
  let ms = Number.POSITIVE_INFINITY;
  let last = first;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    last = await executeQuery(q.text, sources);
    ms = Math.min(ms, performance.now() - started);
  }
  const rows = last.kind === 'bindings' ? last.rows.length : first.kind === 'bindings' ? first.rows.length : 0;
  process.stdout.write(`${JSON.stringify({ name: q.name, ms, rows })}\n`);
}
