// `lodscribe link`: record files → their mentions and entities, as a table or JSON, and the outcome for the exit code.
import type { Outcome } from '../exit.js';
import { formatFinding } from '../findings.js';
import { linkFiles, type LinkFilesOptions } from '../pipeline.js';
import { InvalidIriError } from '../rdf/factory.js';
import { mint } from '../rdf/namespaces.js';
import { mentionRows, mentionTable } from '../render/mentions.js';
import { WikidataUsageError } from '../stages/wikidata.js';
import type { Rendered } from './parse.js';

export async function linkCommand(inputs: string[], opts: LinkFilesOptions & { format: 'table' | 'json' }): Promise<Rendered> {
  try {
    const m = mint(opts.base);
    const result = await linkFiles(inputs, opts);
    const rows = mentionRows(result.records, m);
    const stdout = opts.format === 'json' ? JSON.stringify(rows, null, 2) : mentionTable(rows);
    const notes = result.findings.filter((f) => f.severity !== 'info').map(formatFinding);
    const outcome: Outcome = { kind: 'done', failedRecords: result.failedRecords, violations: 0 };
    return { stdout, stderr: notes.join('\n'), outcome };
  } catch (e) {
    return usageOrThrow(e);
  }
}

/** A bad base IRI or an online run without a contact is bad usage (exit 2), with the reason on one line. */
export function usageOrThrow(e: unknown): Rendered {
  if (e instanceof WikidataUsageError || e instanceof InvalidIriError) {
    return { stdout: '', stderr: `lodscribe: usage: ${e.message}`, outcome: { kind: 'usage', message: e.message } };
  }
  throw e;
}
