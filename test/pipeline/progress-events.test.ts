// run's progress events: one `record` event for every record file, a file that could not be read included.
import { describe, expect, it } from 'vitest';
import { finding } from '../../src/findings.js';
import { Corpus } from '../../src/run/corpus.js';
import type { RunEvent } from '../../src/run/events.js';
import { settler } from '../../src/run/progress.js';

describe('run progress events', () => {
  it('tell of a record file that could not be read once listed, by its name, as failed', () => {
    const events: RunEvent[] = [];
    const settle = settler({ onEvent: (e) => events.push(e) }, new Corpus('https://w3id.org/lodscribe/'), {}, 2, performance.now());
    settle(1, 'key', { failure: finding('read-failed', 'read', 'in/removed.txt', { reason: 'ENOENT' }), times: { read: 0.001 } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event: 'record', done: 1, total: 2, failed: 1, cached: 0, recordId: 'in/removed.txt', published: false, fromCache: false });
  });
});
