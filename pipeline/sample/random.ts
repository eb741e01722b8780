// Seeded pseudo-random numbers for the sample generator: never Math.random, never the clock,
// so the same seed gives byte-identical exports.

/** 32-bit integer hash of a seed and up to three keys (murmur3 finaliser on a mixed word). */
export function hash32(seed: number, a = 0, b = 0, c = 0): number {
  let h = mix((seed ^ 0x9e3779b9) >>> 0, a);
  h = mix(h, b);
  return mix(h, c);
}

function mix(h: number, k: number): number {
  h = Math.imul(h ^ (k >>> 0), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** sfc32 generator; `reseed` lets one instance serve millions of (employee, day) streams. */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, a = 0, b = 0, c = 0) {
    this.reseed(seed, a, b, c);
  }

  reseed(seed: number, a = 0, b = 0, c = 0): this {
    this.a = hash32(seed, a, b, c);
    this.b = hash32(seed ^ 0x1b873593, a, b, c);
    this.c = hash32(seed ^ 0x68e31da4, a, b, c);
    this.d = 1;
    for (let i = 0; i < 8; i++) this.uint32();
    return this;
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with the given non-negative weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Approximately normal (Irwin-Hall of 4), mean 0, sd 1. */
  normal(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}
