import { expect } from 'vitest'

/** A small seeded generator (mulberry32): the same inputs on every run, varied within one. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * About `n` characters of `pieces` drawn at random (seed `variant`): inputs of one shape that
 * differ in content, so no cache or branch predictor sees one line repeated.
 *
 * @example
 * varied(['(', '((', '(张'], 1000, 1).length // ≥ 1000
 */
export function varied(pieces: readonly string[], n: number, variant: number): string {
  const next = seeded(variant * 7919 + n)
  const out: string[] = []
  let length = 0
  while (length < n) {
    const piece = pieces[Math.floor(next() * pieces.length)]!
    out.push(piece)
    length += piece.length
  }
  return out.join('')
}

/** CPU time of one call, in milliseconds (user + system: what the process spent, not the wall clock). */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage()
  fn()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

/**
 * How the CPU time grows from n to 8n: the best of `runs` calls at each size, each call on a
 * different input of the same shape. A linear reading gives about 8, a quadratic one about 64.
 * n is doubled until the smaller size takes at least 10 ms, so timer noise and a stray
 * collection do not decide the ratio.
 */
export function cpuGrowth(
  make: (n: number, variant: number) => string,
  read: (input: string) => unknown,
  n: number,
  runs = 3,
): number {
  const best = (size: number): number => {
    const inputs = Array.from({ length: runs }, (_, v) => make(size, v))
    read(inputs[0]!) // warm up
    return Math.min(...inputs.map((input) => cpuMs(() => read(input))))
  }
  let size = n
  let small = best(size)
  while (small < 10 && size < 1 << 22) {
    size *= 2
    small = best(size)
  }
  return best(8 * size) / small
}

/** Asserts linear growth: 8× the input costs well under the ~64× a quadratic step would. */
export function expectLinear(
  make: (n: number, variant: number) => string,
  read: (input: string) => unknown,
  n: number,
): void {
  const growth = cpuGrowth(make, read, n)
  expect(growth, `8× the input took ${growth.toFixed(1)}× the CPU time`).toBeLessThan(24)
}
