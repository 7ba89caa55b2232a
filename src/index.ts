// The lodscribe library: what the CLI calls, and what other programs may call.
export { runPipeline, parseFile, type RunOptions, type RunResult } from './pipeline.js';
export { ingest, recordId, type RecordInput } from './stages/ingest.js';
export { listRecordFiles, readRecord, EXAMPLES_DIR } from './stages/read.js';
export { outline } from './render/outline.js';
export { exitCode, EXIT, type Outcome, type ExitCode } from './exit.js';
export { formatFinding, findingMessage, FINDINGS, type Finding, type FindingCode, type Severity, type Stage } from './findings.js';
export type * from './record.js';
