// Renders the summary a run prints at the end: records, triples, entities, links, validation, files.
import type { RunResult } from '../pipeline.js';

/** Above this many records only the failed ones get a line of their own. */
const LISTED = 100;

export function runSummary(r: RunResult, out: string, ms: number): string {
  const published = r.records.filter((x) => x.published);
  const listed = r.records.length <= LISTED ? r.records : r.records.filter((x) => !x.published);
  const lines = listed.map((x) =>
    `  ${x.published ? 'ok  ' : 'FAIL'} ${x.recordId}: ${x.turns} turns, ${x.mentions} mentions, ${x.triples} triples, ${x.violations} violation(s)`);
  if (listed.length < r.records.length) lines.push(`  … ${r.records.length - listed.length} published record(s) not listed (see reports/summary.txt)`);
  const rate = ms > 0 ? (r.records.length / ms) * 1000 : 0;
  const bySeverity = (s: string) => r.findings.filter((f) => f.severity === s).length;
  return [
    `lodscribe run: ${r.records.length} record(s) in ${(ms / 1000).toFixed(1)} s`,
    ...lines,
    `records:    ${published.length} published, ${r.failedRecords} failed`,
    `triples:    ${r.triples}`,
    `entities:   ${r.entities} shared, ${r.links} linked to Wikidata`,
    `validation: ${published.length} conform, ${r.records.length - published.length} do not`,
    `findings:   ${bySeverity('error')} error(s), ${bySeverity('warning')} warning(s), ${bySeverity('info')} note(s)`,
    `output:     ${out} (${r.files.length} files: records/*.ttl, records/*.jsonld, dataset.nq, void.ttl, reports/)`,
    ...(r.upToDate ? [`cache:      every record, the options and the output unchanged since the last run: the output was kept, nothing rewritten (--fresh redoes everything)`]
      : r.cached ? [`cache:      ${r.cached} of ${r.records.length} record(s) unchanged since the last run, reused`] : []),
    ...(r.records.length > 1 ? [`speed:      ${rate.toFixed(1)} records/s, ${Math.round((r.triples / Math.max(ms, 1)) * 1000)} triples/s`] : []),
  ].join('\n');
}
