/**
 * A Bloom filter of words, kept as a base64 string (no padding) (ASCII, so the bundle holds it at a byte a
 * character, where a table of Chinese words would take six): `bloomHas` may say yes to a word it
 * was not built from (how often depends on its bits a word), never no to one it was.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Hashes a word, `text` from `start` to `end`: the `seed`-th of the filter's probes (FNV-1a, then mixed). */
function probe(text: string, seed: number, start = 0, end = text.length): number {
  let hash = 0x811c9dc5 ^ seed
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  hash ^= hash >>> 15
  hash = Math.imul(hash, 0x2c1b3c6d)
  return (hash ^ (hash >>> 12)) >>> 0
}

/** The number of probes a word sets. */
export const BLOOM_PROBES = 4

/** The filter of `words`, `bitsPerWord` bits each, as base64. */
export function bloomOf(words: readonly string[], bitsPerWord: number): string {
  const bytes = new Uint8Array(3 * Math.ceil((words.length * bitsPerWord) / 24))
  const bits = bytes.length * 8
  for (const word of words)
    for (let seed = 0; seed < BLOOM_PROBES; seed++) {
      const bit = probe(word, seed) % bits
      bytes[bit >>> 3]! |= 1 << (bit & 7)
    }
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    for (let j = 18; j >= 0; j -= 6) out += DIGITS.charAt((chunk >>> j) & 63)
  }
  return out
}

/** A filter read from `bloomOf`'s string, for `bloomHas`. */
export function bloomFrom(base64: string): Uint8Array {
  const bytes = new Uint8Array((base64.length / 4) * 3)
  for (let i = 0, at = 0; i < base64.length; i += 4, at += 3) {
    let chunk = 0
    for (let j = 0; j < 4; j++) chunk = (chunk << 6) | DIGITS.indexOf(base64.charAt(i + j))
    bytes[at] = chunk >>> 16
    bytes[at + 1] = (chunk >>> 8) & 255
    bytes[at + 2] = chunk & 255
  }
  return bytes
}

/** Whether the filter may hold `word`, or `word` from `start` to `end` (as `word.slice(start, end)`, without making it). */
export function bloomHas(filter: Uint8Array, word: string, start = 0, end = word.length): boolean {
  const bits = filter.length * 8
  for (let seed = 0; seed < BLOOM_PROBES; seed++) {
    const bit = probe(word, seed, start, end) % bits
    if ((filter[bit >>> 3]! & (1 << (bit & 7))) === 0) return false
  }
  return true
}
