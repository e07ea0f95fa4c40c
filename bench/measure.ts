/** Runs `fn` repeatedly for at least `minMs` after a warm-up; returns milliseconds per call. */
export function msPerCall(fn: () => unknown, minMs = 700): number {
  for (let i = 0; i < 50; i++) fn()
  let calls = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < minMs) {
    for (let i = 0; i < 20; i++) fn()
    calls += 20
    elapsed = performance.now() - start
  }
  return elapsed / calls
}

/**
 * Times several functions in interleaved rounds and keeps each one's best round, so that a slow
 * moment of the machine does not land on one contender only.
 */
export function compare(contenders: [string, () => unknown][], rounds = 5, minMs = 300): [string, number][] {
  const best = contenders.map(() => Infinity)
  for (let round = 0; round < rounds; round++) {
    contenders.forEach(([, fn], i) => {
      best[i] = Math.min(best[i]!, msPerCall(fn, minMs))
    })
  }
  return contenders.map(([name], i) => [name, best[i]!])
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
