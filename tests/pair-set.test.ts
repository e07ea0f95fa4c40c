import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairSet } from '../src/pair-set.js'
import { PREDICATE_WORDS } from '../src/vocabulary/predicate-words.js'

/** Whether the groups hold the two characters of `text` at `from`, by reading them through. */
const naive = (groups: readonly string[], text: string, from: number): boolean =>
  from >= 0 &&
  from + 1 < text.length &&
  groups.some((g) => g.charAt(0) === text.charAt(from) && g.slice(1).includes(text.charAt(from + 1)))

describe('pairSet', () => {
  it('holds the words of its groups and no others', () => {
    const char = fc.constantFrom('国', '家', '民', '全', '面', '\u0000', 'a')
    // U+0000 opens no word, but may stand anywhere else
    const group = fc
      .tuple(fc.constantFrom('国', '全', '面', 'a'), fc.string({ unit: char, minLength: 1, maxLength: 5 }))
      .map(([first, seconds]) => first + seconds)
    fc.assert(
      fc.property(
        fc.uniqueArray(group, { selector: (g) => g.charAt(0) }),
        fc.string({ unit: char, maxLength: 12 }),
        (groups, text) => {
          const set = pairSet(groups.join(' '))
          for (let from = -2; from <= text.length; from++) expect(set(text, from)).toBe(naive(groups, text, from))
        },
      ),
    )
  })

  it('holds every word of a generated table', () => {
    const groups = PREDICATE_WORDS.split(' ')
    const set = pairSet(PREDICATE_WORDS)
    const missing = groups.flatMap((g) => [...g.slice(1)].map((c) => g.charAt(0) + c)).filter((w) => !set(w, 0))
    expect(missing).toEqual([])
    expect(set('通过', 0)).toBe(true)
  })
})
