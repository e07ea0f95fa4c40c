import { describe, expect, it } from 'vitest'
import { extractFigures, extractPeople, extractQuotes, parseDispatch } from '../src/index.js'
import { expectLinear, seeded as random, varied } from './helpers/growth.js'

const pick = (next: () => number, chars: string) => chars.charAt(Math.floor(next() * chars.length))
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const GIVEN = '建国明华伟芳军平海东丽强敏静磊洋勇艳杰涛超秀英玉兰桂'
const TITLES = ['村党支部书记', '副局长', '总经理', '主任', '种植户']
const VERBS = ['表示', '说', '介绍', '告诉记者']

/** `n` characters or so of paragraphs, each naming a new person who says something. */
const newPersonEachParagraph = (n: number, variant = 0): string => {
  const next = random(13 + variant)
  const out: string[] = []
  for (let length = 0; length < n; ) {
    const name = pick(next, SURNAMES) + pick(next, GIVEN) + pick(next, GIVEN)
    const title = TITLES[Math.floor(next() * TITLES.length)]
    const verb = VERBS[Math.floor(next() * VERBS.length)]
    const paragraph = `${title}${name}${verb}：“今年的收成有${Math.floor(next() * 900 + 100)}万斤。”`
    out.push(paragraph)
    length += paragraph.length + 2
  }
  return out.join('\n\n')
}

/** One speaker, named once, then quote after quote that goes on with him. */
const oneSpeakerManyQuotes = (n: number, variant = 0): string => {
  const next = random(7 + variant)
  let text = '村党支部书记王建国说：“路修好了。”'
  while (text.length < n) text += `他说：“第${Math.floor(next() * 90 + 10)}户已经通了水${pick(next, '。！')}”`
  return text
}

/** Running text that names a new person in every clause, with nothing but punctuation beside the name. */
const manyBareNames = (n: number, variant = 0): string => {
  const next = random(29 + variant)
  let text = ''
  while (text.length < n) text += `，${pick(next, SURNAMES)}${pick(next, GIVEN)}${pick(next, GIVEN)}并没有放弃`
  return text
}

/** A new titled person in every sentence, then addressed by surname and title, then by pronoun. */
const addressedEachSentence = (n: number, variant = 0): string => {
  const next = random(41 + variant)
  let text = ''
  while (text.length < n) {
    const surname = pick(next, SURNAMES)
    const title = pick(next, '镇县区市') + '长'
    text += `${title}${surname}${pick(next, GIVEN)}${pick(next, GIVEN)}出席。${surname}${title}说，${pick(next, '他她')}很高兴。`
  }
  return text
}

describe('linear time in CPU time (n against 8n)', () => {
  it.each([
    ['a new person in every paragraph, each quoted', newPersonEachParagraph],
    ['one speaker with many quotes', oneSpeakerManyQuotes],
    ['many distinct bare names in running text', manyBareNames],
    ['a new person in every sentence, addressed by title and pronoun', addressedEachSentence],
    [
      'a run of 一',
      (n: number, v: number) => (v === 0 ? '一'.repeat(n) : varied(['一', '一', '二', '十', '百', '千', '万'], n, v)),
    ],
    ['a run of digits before 元', (n: number, v: number) => `${varied(['9', '9', '8', '1', '0'], n, v)}元`],
    // a lone 一 is kept where its sentence counts its unit: many of them in one sentence
    [
      'lone 一 and counts of one unit in one sentence',
      (n: number, v: number) => varied(['一只', '三只', '、', '一场'], n, v),
    ],
  ])('%s', (_name, make) => {
    const all = (text: string) => [extractFigures(text), extractPeople(text), extractQuotes(text)]
    expectLinear(make, all, 12_000)
  })

  it('the facts of a page with a new person in every paragraph take linear time (parseDispatch)', () => {
    // the structure is linear on its own (tests/robustness.test.ts): the whole parse grows as its facts do
    expectLinear(newPersonEachParagraph, (text) => parseDispatch(text), 16_000)
  })

  it('reads the varied input as it means: every person, every speaker', () => {
    const text = newPersonEachParagraph(400)
    const quotes = extractQuotes(text)
    const people = extractPeople(text)
    expect(quotes.length).toBeGreaterThan(5)
    expect(quotes.every((quote) => people.some((person) => person.name === quote.speaker))).toBe(true)
    expect(extractQuotes(oneSpeakerManyQuotes(200)).every((quote) => quote.speaker === '王建国')).toBe(true)
    // each person read is addressed by surname and title, then referred to by pronoun
    const addressedText = addressedEachSentence(400)
    const addressed = extractPeople(addressedText)
    expect(addressed.length).toBeGreaterThan(10)
    for (const { name, titles, mentions } of addressed) {
      const said = mentions.map((m) => addressedText.slice(m.start, m.end))
      expect(said).toContain(name.charAt(0) + titles[0])
      expect(said.some((text) => text === '他' || text === '她')).toBe(true)
    }
  })
})
