// The one pure function that turns a run's outcome into the process exit code of DESIGN.md §6.

/** 0 success, 1 violations or failed records, 2 bad usage, 3 crash. */
export const EXIT = { ok: 0, failed: 1, usage: 2, crash: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type Outcome =
  | { kind: 'done'; failedRecords: number; violations: number }
  | { kind: 'usage'; message: string }
  | { kind: 'crash'; error: unknown };

export function exitCode(outcome: Outcome): ExitCode {
  switch (outcome.kind) {
    case 'usage': return EXIT.usage;
    case 'crash': return EXIT.crash;
    case 'done': return outcome.failedRecords > 0 || outcome.violations > 0 ? EXIT.failed : EXIT.ok;
  }
}
