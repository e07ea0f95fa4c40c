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

  it('leaves a surname with a form of address to the honorific reader, not a bare name', () => {
    expect(names('杜氏上任以后，物价稳定了。')).toEqual([])
  })
})
