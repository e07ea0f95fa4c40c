/** Bits 0 to 6 of an index entry: a word of 1 to 7 characters. */
const SHORT = 7
/** Bit 7: words of more than `SHORT` characters too, looked up one length at a time. */
const LONG = 0x80

/** Words looked up by prefix or suffix (see `wordSet`). */
export interface WordSet {
  has(word: string): boolean
  /** The length of the longest word starting at `from`, or 0. */
  prefixLength(text: string, from: number): number
  /** Longest word starting at `from`, or null. */
  prefix(text: string, from: number): string | null
  /** Longest word ending right before `end` that starts at `floor` or after, or null. */
  suffixBefore(text: string, end: number, floor?: number): string | null
}

/**
 * A set of words for look-ups by prefix or suffix. Each word's first and last characters index
 * the lengths of the words they open and end (a table of a byte a code, built on first use), so a
 * look-up costs one table read where no word fits, and one `Set` look-up a length that may.
 *
 * @example
 * wordSet(['部长']).suffixBefore('组织部部长高文栋', 5) //=> '部长'
 */
export function wordSet(list: Iterable<string>): WordSet {
  const words = new Set<string>()
  let maxLength = 0
  for (const word of list)
    if (word.length > 0) {
      words.add(word)
      maxLength = Math.max(maxLength, word.length)
    }
  let firsts: Uint8Array | undefined
  let lasts: Uint8Array | undefined
  /** The lengths of the words by their first or last character, as bits (`SHORT`, `LONG`). */
  const index = (last: boolean): Uint8Array => {
    const table = new Uint8Array(0x10000)
    for (const word of words)
      table[word.charCodeAt(last ? word.length - 1 : 0)]! |= word.length > SHORT ? LONG : 1 << (word.length - 1)
    return table
  }
  /** The length of the longest word from `at` (or, `backwards`, ending at it) of those `bits` give, at most `room`; 0 when none. */
  const longest = (text: string, bits: number, room: number, at: number, backwards: boolean): number => {
    if ((bits & LONG) !== 0)
      for (let length = Math.min(maxLength, room); length > SHORT; length--) {
        const start = backwards ? at - length : at
        if (words.has(text.slice(start, start + length))) return length
      }
    for (let left = bits & ~LONG; left !== 0; ) {
      const length = 32 - Math.clz32(left)
      left ^= 1 << (length - 1)
      const start = backwards ? at - length : at
      // a word of one character is the character the table was read at
      if (length <= room && (length === 1 || words.has(text.slice(start, start + length)))) return length
    }
    return 0
  }
  const prefixLength = (text: string, from: number): number => {
    if (from < 0 || from >= text.length) return 0
    firsts ??= index(false)
    return longest(text, firsts[text.charCodeAt(from)]!, text.length - from, from, false)
  }
  return {
    has: (word) => words.has(word),
    prefixLength,
    prefix: (text, from) => {
      const length = prefixLength(text, from)
      return length === 0 ? null : text.slice(from, from + length)
    },
    suffixBefore: (text, end, floor = 0) => {
      if (end > text.length || end < 1 || end - 1 < floor) return null
      lasts ??= index(true)
      const length = longest(text, lasts[text.charCodeAt(end - 1)]!, end - Math.max(0, floor), end, true)
      return length === 0 ? null : text.slice(end - length, end)
    },
  }
}
