// A provider's request allowance per hour, spent one request at a time and refilled
// evenly (a token bucket), so polling never bursts past what the provider tolerates.
export class RequestBudget {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perHour: number,
    private readonly now: () => number = Date.now,
  ) {
    // A fresh start may spend a quarter of the hour's allowance at once: enough to catch up, not a burst.
    this.tokens = Math.max(1, Math.floor(perHour / 4));
    this.at = now();
  }

  /** Takes one request if one is left. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.perHour, this.tokens + ((t - this.at) / 3_600_000) * this.perHour);
    this.at = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
