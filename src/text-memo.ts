import type { Lexicon } from './lexicon.js'

/**
 * How many readings a memo keeps per lexicon: the distinct texts of a long page (a PDF's narrow
 * columns give 300 lines and more, each asked about several times as the page is read), with room
 * to spare. When it is full it starts again, so memory stays bounded however long the page.
 */
export const MEMO_CAPACITY = 4096

/** Bumped at each page: a memo holds the readings of one page, so no page reads faster for the one before. */
let page = 0

/**
 * Starts a new page for every memo: what they hold is dropped at their next use. The parser calls it
 * before each page, so a page costs the same whatever was read before it.
 */
export function forgetReadings(): void {
  page++
}

/**
 * The readings of a pure function of a text and a lexicon, kept for the page being read: a page
 * asks about the same line several times (its lines, then its credits and labels), and a reading
 * costs far more than a look-up. Callers copy what they may change.
 *
 * @example
 * const datelines = textMemo((text, lexicon) => parseTokens(text, lexicon))
 * datelines(lexicon, '本报北京12月21日电') // parsed once, then looked up
 */
export function textMemo<T>(read: (text: string, lexicon: Lexicon) => T): (lexicon: Lexicon, text: string) => T {
  const byLexicon = new WeakMap<Lexicon, { page: number; known: Map<string, T> }>()
  return (lexicon, text) => {
    let memo = byLexicon.get(lexicon)
    if (memo === undefined) {
      memo = { page, known: new Map() }
      byLexicon.set(lexicon, memo)
    }
    const { known } = memo
    if (memo.page !== page || known.size >= MEMO_CAPACITY) {
      known.clear()
      memo.page = page
    }
    if (known.has(text)) return known.get(text) as T
    const value = read(text, lexicon)
    known.set(text, value)
    return value
  }
}
