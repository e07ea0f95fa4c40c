import { describe, expect, it } from 'vitest'
import { extractPeople } from '../src/index.js'

const names = (text: string) => extractPeople(text).map((person) => person.name)

describe('bare names in running text (no title, verb or honorific beside them)', () => {
  it.each([
    ['比赛结束后，王海涛和队友们一起庆祝。', ['王海涛']],
    ['那年冬天，欧阳明辉第一次走进了工厂。', ['欧阳明辉']],
    ['受伤以后，陈晓梅并没有放弃训练。', ['陈晓梅']],
  ])('reads %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['我们高度重视这项工作。'],
    ['莫斯科的冬天很冷。'],
    ['一位慈祥的老人坐在门口。'],
    ['这本书的作者是谁，至今搞不清。'],
  ])('finds no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('reads a name right after a word that opens a predicate, with no titles', () => {
    expect(extractPeople('比赛中，随着刘海峰进球，全场沸腾。').map((p) => [p.name, p.titles])).toEqual([['刘海峰', []]])
  })

  it('reads no name at the tail of another word or an idiom', () => {
    expect(names('山花与晚霞交相辉映。')).toEqual([])
    expect(names('他们正当风华正茂的年纪。')).toEqual([])
  })

  it('keeps a bracketed part inside an organisation in the title chain', () => {
    expect(extractPeople('中国科学院（北京）研究所所长张立新表示，').map((p) => [p.name, p.titles])).toEqual([
      ['张立新', ['中国科学院(北京)研究所所长']],
    ])
  })

  it('leaves a surname with a form of address to the honorific reader, not a bare name', () => {
    expect(names('杜氏上任以后，物价稳定了。')).toEqual([])
  })
})
