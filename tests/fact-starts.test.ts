import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findStarts } from '../src/facts/starts.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const at = (text: string, part: string): number => text.indexOf(part)

describe('findStarts', () => {
  it('puts a figure start at the first numeral of a run only', () => {
    const text = '投资752.2亿元，第三批G20共5个'
    expect(findStarts(text).figures).toEqual([at(text, '752'), at(text, '5个')])
  })

  it('puts a date start where a start character is followed by another character of dates', () => {
    const text = '12月21日，今年以来'
    const { dates } = findStarts(text)
    expect(dates).toContain(0)
    expect(dates).toContain(at(text, '今年'))
    expect(dates).not.toContain(at(text, '，'))
  })

  it('puts a person start after a title and before an honorific, with a lexicon only', () => {
    const text = '组织部部长高文栋和王先生'
    expect(findStarts(text).people).toEqual([])
    const { people } = findStarts(text, lexicon)
    expect(people).toContain(at(text, '高文栋'))
    expect(people).toContain(at(text, '王先生'))
    expect(people).not.toContain(1)
  })

  it('agrees with a character-by-character reading of the same rules on any text', () => {
    const chars = [...'0123456789一二三十百万亿年月日第几长记者先生女士王李高的，。 a.']
    const naive = (text: string) => {
      const figures: number[] = []
      const people: number[] = []
      const isNumeral = (c: string | undefined) => c !== undefined && /[0-9〇零一二两三四五六七八九十百千万亿]/.test(c)
      const notBefore = (c: string | undefined) =>
        c !== undefined && /[A-Za-z0-9.第〇零一二两三四五六七八九十百千万亿]/.test(c)
      const code = (i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0)
      for (let i = 0; i < text.length; i++) {
        if (isNumeral(text[i]) && !notBefore(text[i - 1])) figures.push(i)
        if (
          (i > 0 && lexicon.titleEnds[code(i - 1)] === 1) ||
          lexicon.honorificStarts[code(i + 1)] === 1 ||
          lexicon.honorificStarts[code(i + 2)] === 1
        )
          people.push(i)
      }
      return { figures, people }
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (list) => {
        const text = list.join('')
        const { figures, people } = findStarts(text, lexicon)
        expect({ figures, people }).toEqual(naive(text))
      }),
      { numRuns: 500 },
    )
  })
})
