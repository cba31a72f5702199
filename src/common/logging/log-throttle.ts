/** Lets a repeating event through at most once per interval and key (an outage retrying every second). */
export class LogThrottle {
  private readonly last = new Map<string, { at: number; heldBack: number }>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when `key` was not let through within the interval. */
  allow(key: string): boolean {
    return this.admit(key) !== undefined;
  }

  /**
   * As allow, but when `key` is let through answers how many of its events were held back since it
   * last was (for the line to say so); undefined when this one is held back.
   */
  admit(key: string): number | undefined {
    const now = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && now - previous.at < this.intervalMs) {
      previous.heldBack += 1;
      return undefined;
    }
    this.last.set(key, { at: now, heldBack: 0 });
    return previous?.heldBack ?? 0;
  }
}
