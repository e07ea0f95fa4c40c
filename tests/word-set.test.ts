import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WordSet } from '../src/word-set.js'

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
        const set = new WordSet()
        for (const w of words) set.add(w)
        for (let at = -1; at <= text.length + 1; at++) {
          const expected = at < 0 ? null : longest(words, (w) => text.startsWith(w, at))
          expect(set.prefix(text, at)).toBe(expected)
          expect(set.prefixLength(text, at)).toBe(expected?.length ?? 0)
          const floor = Math.max(0, at - 8)
          const before = longest(words, (w) => at - w.length >= floor && text.startsWith(w, at - w.length))
          expect(set.suffixBefore(text, at, floor)).toBe(at > text.length ? null : before)
        }
        expect(set.suffix(text)).toBe(longest(words, (w) => text.endsWith(w)))
      }),
    )
  })

  it('indexes the words added after a look-up', () => {
    const set = new WordSet()
    set.add('部长')
    expect(set.suffix('组织部部长')).toBe('部长')
    set.add('组织部部长')
    expect(set.suffix('组织部部长')).toBe('组织部部长')
    expect(set.prefix('欧阳修', 0)).toBe(null)
    set.add('欧阳')
    expect(set.prefix('欧阳修', 0)).toBe('欧阳')
  })
})
