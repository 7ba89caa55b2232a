// Async tasks → at most a given number of them in flight at once (the publisher's graphs being written).

/** Runs tasks (which never reject) with at most `limit` of them in flight. */
export class Flight {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly limit: number) {}

  async add(task: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.limit) await Promise.race(this.running);
    const p = task().finally(() => this.running.delete(p));
    this.running.add(p);
  }

  async idle(): Promise<void> {
    await Promise.all(this.running);
  }
}
