// The lodscribe library: what the CLI calls, and what other programs may call.
export { runPipeline, linkFiles, parseFile, type RunOptions, type RunResult, type LinkFilesOptions } from './pipeline.js';
export { extract } from './stages/extract.js';
export { link } from './stages/link.js';
export { mapRecord } from './stages/map.js';
export { loadShapes, validateRecord } from './stages/validate.js';
export { writeOutput } from './stages/publish.js';
export { runQuery } from './stages/query.js';
export { describe as describeDataset } from './stages/describe.js';
export { loadAuthority, parseAuthority } from './extract/authority.js';
export { mint, DEFAULT_BASE } from './rdf/namespaces.js';
export type * from './entities.js';
export { ingest, recordId, type RecordInput } from './stages/ingest.js';
export { listRecordFiles, readRecord, EXAMPLES_DIR } from './stages/read.js';
export { outline } from './render/outline.js';
export { exitCode, EXIT, type Outcome, type ExitCode } from './exit.js';
export { formatFinding, findingMessage, FINDINGS, type Finding, type FindingCode, type Severity, type Stage } from './findings.js';
export type * from './record.js';
