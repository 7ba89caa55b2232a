// Renders the summary a run prints at the end: records, triples, entities, links, validation, files.
import type { RunResult } from '../pipeline.js';

export function runSummary(r: RunResult, out: string, ms: number): string {
  const published = r.records.filter((x) => x.published);
  const lines = r.records.map((x) =>
    `  ${x.published ? 'ok  ' : 'FAIL'} ${x.recordId}: ${x.turns} turns, ${x.mentions} mentions, ${x.triples} triples, ${x.violations} violation(s)`);
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
  ].join('\n');
}
