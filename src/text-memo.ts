import type { Lexicon } from './lexicon.js'

/**
 * How many readings a memo keeps per lexicon: the distinct texts of a long page (a PDF's narrow
 * columns give 300 lines and more, each asked about several times as the page is read), with room
 * to spare. When it is full it starts again, so memory stays bounded whatever is read.
 */
export const MEMO_CAPACITY = 4096

/**
 * The readings of a pure function of a text and a lexicon, kept for the texts read last: a page
 * asks about the same line several times (its lines, then its credits and labels), and a reading
 * costs far more than a look-up. Callers copy what they may change.
 *
 * @example
 * const datelines = textMemo((text, lexicon) => parseTokens(text, lexicon))
 * datelines(lexicon, '本报北京12月21日电') // parsed once, then looked up
 */
export function textMemo<T>(read: (text: string, lexicon: Lexicon) => T): (lexicon: Lexicon, text: string) => T {
  const byLexicon = new WeakMap<Lexicon, Map<string, T>>()
  return (lexicon, text) => {
    let known = byLexicon.get(lexicon)
    if (known === undefined) {
      known = new Map()
      byLexicon.set(lexicon, known)
    }
    if (known.has(text)) return known.get(text) as T
    const value = read(text, lexicon)
    if (known.size >= MEMO_CAPACITY) known.clear()
    known.set(text, value)
    return value
  }
}
