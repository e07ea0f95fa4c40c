/** Bits 0 to 6 of an index entry: a word of 1 to 7 characters. */
const SHORT_LENGTHS = 7
/** Bit 7: words of more than `SHORT_LENGTHS` characters too, looked up one length at a time. */
const LONG = 0x80

/**
 * Words looked up by prefix or suffix. Each word's first and last character index the lengths of
 * the words they open and end (a table of one byte a code, built on first use), so a look-up
 * costs one table read where no word fits, and one `Set` look-up for each length that may.
 *
 * @example
 * const words = new WordSet()
 * words.add('部长')
 * words.suffixBefore('组织部部长高文栋', 5) //=> '部长'
 */
export class WordSet {
  private readonly words = new Set<string>()
  private maxLength = 0
  /** First character → the lengths of the words it opens, as bits (`SHORT_LENGTHS`, `LONG`). */
  private firsts: Uint8Array | null = null
  /** Last character → the lengths of the words it ends. */
  private lasts: Uint8Array | null = null

  add(word: string): void {
    if (word.length === 0 || this.words.has(word)) return
    this.words.add(word)
    if (word.length > this.maxLength) this.maxLength = word.length
    this.firsts = null
    this.lasts = null
  }

  has(word: string): boolean {
    return this.words.has(word)
  }

  /** The length of the longest word starting at `from`, or 0. */
  prefixLength(text: string, from: number): number {
    if (from < 0 || from >= text.length) return 0
    this.firsts ??= this.index(0)
    const bits = this.firsts[text.charCodeAt(from)]!
    if (bits === 0) return 0
    const room = text.length - from
    if ((bits & LONG) !== 0)
      for (let length = Math.min(this.maxLength, room); length > SHORT_LENGTHS; length--)
        if (this.words.has(text.slice(from, from + length))) return length
    for (let left = bits & ~LONG; left !== 0; ) {
      const length = 32 - Math.clz32(left)
      left &= ~(1 << (length - 1))
      // a word of one character is its first character
      if (length <= room && (length === 1 || this.words.has(text.slice(from, from + length)))) return length
    }
    return 0
  }

  /** Longest word starting at `from`, or null. */
  prefix(text: string, from: number): string | null {
    const length = this.prefixLength(text, from)
    return length === 0 ? null : text.slice(from, from + length)
  }

  /** Longest word ending right before `end` that starts at `floor` or after, or null. */
  suffixBefore(text: string, end: number, floor = 0): string | null {
    if (end > text.length || end - 1 < floor || end < 1) return null
    this.lasts ??= this.index(-1)
    const bits = this.lasts[text.charCodeAt(end - 1)]!
    if (bits === 0) return null
    const room = end - Math.max(0, floor)
    if ((bits & LONG) !== 0)
      for (let length = Math.min(this.maxLength, room); length > SHORT_LENGTHS; length--) {
        const candidate = text.slice(end - length, end)
        if (this.words.has(candidate)) return candidate
      }
    for (let left = bits & ~LONG; left !== 0; ) {
      const length = 32 - Math.clz32(left)
      left &= ~(1 << (length - 1))
      if (length > room) continue
      const candidate = text.slice(end - length, end)
      if (length === 1 || this.words.has(candidate)) return candidate
    }
    return null
  }

  /** Longest word ending `text`, or null. */
  suffix(text: string): string | null {
    return this.suffixBefore(text, text.length)
  }

  /** The table of lengths by each word's character at `at` (0: first, -1: last). */
  private index(at: 0 | -1): Uint8Array {
    const table = new Uint8Array(0x10000)
    for (const word of this.words) {
      const code = word.charCodeAt(at === 0 ? 0 : word.length - 1)
      table[code]! |= word.length > SHORT_LENGTHS ? LONG : 1 << (word.length - 1)
    }
    return table
  }
}
