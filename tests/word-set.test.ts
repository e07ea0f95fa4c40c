import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wordSet } from '../src/word-set.js'

/** Words of a few characters, lengths past the short ones too; texts made of them and other characters. */
const char = fc.constantFrom('王', '部', '长', '欧', '阳')
const word = fc.string({ unit: char, minLength: 1, maxLength: 10 })
const wordsAndText = fc
  .array(word, { minLength: 1, maxLength: 12 })
  .chain((words) =>
    fc.tuple(
      fc.constant(words),
      fc.array(fc.oneof(fc.constantFrom(...words), char, fc.constant('说')), { maxLength: 6 }),
    ),
  )
  .map(([words, pieces]) => [words, pieces.join('')] as const)

/** The longest of `words` that `accept` takes, by trying every length. */
function longest(words: readonly string[], accept: (word: string) => boolean): string | null {
  return [...words].sort((a, b) => b.length - a.length).find(accept) ?? null
}

describe('WordSet', () => {
  it('finds the longest word at a place, as trying every word would', () => {
    fc.assert(
      fc.property(wordsAndText, ([words, text]) => {
        const set = wordSet(words)
        for (let at = -1; at <= text.length + 1; at++) {
          const expected = at < 0 ? null : longest(words, (w) => text.startsWith(w, at))
          expect(set.prefix(text, at)).toBe(expected)
          expect(set.prefixLength(text, at)).toBe(expected?.length ?? 0)
          const floor = Math.max(0, at - 8)
          const before = longest(words, (w) => at - w.length >= floor && text.startsWith(w, at - w.length))
          expect(set.suffixBefore(text, at, floor)).toBe(at > text.length ? null : before)
        }
        expect(set.suffixBefore(text, text.length)).toBe(longest(words, (w) => text.endsWith(w)))
      }),
    )
  })

  it('keeps no empty word', () => {
    const set = wordSet(['', '部长'])
    expect([set.has(''), set.prefix('部长', 2), set.suffixBefore('部长', 0)]).toEqual([false, null, null])
  })
})
