import type { DateRefiner } from '../engine.js'

/**
 * Keeps one mention where several overlap (as a plugin's parser may make them): the longer, or the
 * earlier on a tie.
 */
export const dropOverlaps: DateRefiner = {
  name: 'drop-overlaps',
  refine(results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.length - a.length)
    const out: typeof results = []
    for (const result of sorted) {
      const last = out[out.length - 1]
      if (last !== undefined && result.index < last.index + last.length) {
        if (result.length > last.length) out[out.length - 1] = result
        continue
      }
      out.push(result)
    }
    return out
  },
}
