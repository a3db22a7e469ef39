// Token buckets per key (a senderId, or the client address when the request names no sender): `perMinute`
// tokens are added per minute up to `burst`; each submitted message takes one. Idle full buckets are
// dropped, so the map does not grow with the number of senders ever seen.

export interface RateLimitOptions {
  /** messages per minute per sender (the X-RateLimit-Limit header) */
  perMinute: number;
  /** bucket size: how many may arrive at once (default perMinute) */
  burst?: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** seconds until enough tokens are back (when not allowed) */
  retryAfter: number;
}

interface Bucket { tokens: number; at: number }

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly burst: number;
  private lastSweep = 0;

  constructor(readonly options: RateLimitOptions, private readonly clock: () => number = () => performance.now()) {
    if (!(options.perMinute > 0)) throw new RangeError('the rate limit must be a positive number of messages per minute');
    this.perMs = options.perMinute / 60_000;
    this.burst = Math.max(1, options.burst ?? options.perMinute);
  }

  private bucket(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + (now - b.at) * this.perMs);
      b.at = now;
    }
    return b;
  }

  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * this.perMs >= this.burst) this.buckets.delete(k);
  }

  /** Takes `cost` tokens from each key's bucket, all or none. */
  take(costs: ReadonlyMap<string, number>): RateDecision {
    const now = this.clock();
    this.sweep(now);
    let remaining = Infinity;
    let retryAfter = 0;
    const buckets = [...costs].map(([k, cost]) => ({ b: this.bucket(k, now), cost }));
    for (const { b, cost } of buckets) {
      if (b.tokens < cost) retryAfter = Math.max(retryAfter, Math.ceil((cost - b.tokens) / this.perMs / 1000));
    }
    const allowed = retryAfter === 0;
    for (const { b, cost } of buckets) {
      if (allowed) b.tokens -= cost;
      remaining = Math.min(remaining, Math.max(0, Math.floor(b.tokens)));
    }
    return { allowed, limit: this.options.perMinute, remaining: remaining === Infinity ? this.burst : remaining, retryAfter: allowed ? 0 : Math.max(1, retryAfter) };
  }

  /** The state of one key without taking anything. */
  peek(key: string): RateDecision {
    const b = this.bucket(key, this.clock());
    return { allowed: b.tokens >= 1, limit: this.options.perMinute, remaining: Math.max(0, Math.floor(b.tokens)), retryAfter: 0 };
  }
}
