import { describe, expect, it } from 'vitest'
import { extractPeople, parseDispatch } from '../src/index.js'

/** The text of each mention of `name` in `text`, with where it starts. */
function mentionsOf(text: string, name: string): string[] {
  const person = extractPeople(text).find((p) => p.name === name)
  expect(person, `${name} is read in ${text}`).toBeDefined()
  return person!.mentions.map((m) => `${text.slice(m.start, m.end)}@${m.start}`)
}

describe('a surname with the word of a title refers to the person of that title', () => {
  it('王书记 is 县委书记王刚, 李县长 is 副县长李明 (custom drops 副)', () => {
    const text = '县委书记王刚、副县长李明出席会议。王书记强调，要抓好落实。李县长表示赞同。'
    expect(mentionsOf(text, '王刚')).toEqual(['王书记@17'])
    expect(mentionsOf(text, '李明')).toEqual(['李县长@29'])
  })

  it('a surname with a title that no one of that surname holds refers to no one', () => {
    const text = '县委书记王刚出席会议。王主任和李书记也到了现场。'
    expect(mentionsOf(text, '王刚')).toEqual([])
  })

  it('each address refers to the person of that form named last before it', () => {
    const text = '镇长王五出席。王镇长说，路修好了。镇长王六出席。王镇长说，桥也修好了。'
    expect(mentionsOf(text, '王五')).toEqual(['王镇长@7'])
    expect(mentionsOf(text, '王六')).toEqual(['王镇长@24'])
  })

  it('no address opens inside a word: 担任主任 holds no 任主任', () => {
    const text = '副主任任强出席会议。他曾担任主任多年。'
    expect(mentionsOf(text, '任强')).toEqual(['他@10'])
  })

  it('the latest person of that surname and title is the one meant', () => {
    const text = '村党支部书记王五介绍了情况。随后，镇党委书记王六讲话。王书记说，要抓紧。'
    expect(mentionsOf(text, '王五')).toEqual([])
    expect(mentionsOf(text, '王六')).toEqual(['王书记@27'])
  })
})

describe('a third-person pronoun refers to the last person named before it', () => {
  it('in its paragraph, and after another reference', () => {
    const text = '村民张桂兰今年68岁。她告诉记者，日子越过越好。她还说，明年想去北京。'
    expect(mentionsOf(text, '张桂兰')).toEqual(['她@11', '她@24'])
  })

  it('the last named of two', () => {
    const text = '镇长赵强和村医钱明走访了贫困户，他说病人很多。'
    expect(mentionsOf(text, '赵强')).toEqual([])
    expect(mentionsOf(text, '钱明')).toEqual(['他@16'])
  })

  it('in the first sentence of the next paragraph, before anyone is named in it', () => {
    const text =
      '党支部书记孙立出席了会议。\n他指出，要把好事办好。他强调，要抓落实。\n会议认为，成效明显。一位老党员说，他很满意。'
    expect(mentionsOf(text, '孙立')).toEqual(['他@14', '他@25'])
  })

  it('inside a word it stands for no one: 其他, 他们, 她们, 吉他, 他人', () => {
    const text = '医生周平说，其他人和他们都来了，她们弹吉他，不麻烦他人。'
    expect(mentionsOf(text, '周平')).toEqual([])
  })

  it('with no one named before it, it refers to no one', () => {
    expect(mentionsOf('他说，今年的收成不错。村民张三表示赞同。', '张三')).toEqual([])
  })

  it('not for one named in its own clause, nor inside a quote', () => {
    expect(mentionsOf('县长李明看望了他。', '李明')).toEqual([])
    expect(mentionsOf('县长李明说：“他是个好干部。”', '李明')).toEqual([])
  })

  it('a quote that closes a sentence inside its marks does not end the paragraph’s first sentence', () => {
    const text = '村医钱明说，今天出诊。\n“路修好了。”他说。'
    expect(mentionsOf(text, '钱明')).toEqual(['他@19'])
  })

  it('not for a person whose honorific says otherwise', () => {
    const text = '李女士和王先生来了。她说，很满意。'
    expect(mentionsOf(text, '王')).toEqual([])
  })

  it('inside the rarer words of jieba’s too: 异国他乡, 排他性, 她俩', () => {
    expect(mentionsOf('县长李明在异国他乡工作，搞排他性经营，她俩都知道。', '李明')).toEqual([])
  })
})

describe('in a parsed page', () => {
  const page = [
    '# 老支书的新账本',
    '',
    '本报讯 (记者 吴六)村党支部书记郑国庆今年59岁。',
    '',
    '他告诉记者，村里的路修好了。郑书记还说，明年要建一座桥。',
    '',
  ].join('\n')

  it('a pronoun and an address in a later paragraph are mentions of the person named before', () => {
    const [article] = parseDispatch(page).articles
    const person = article!.people.find((p) => p.name === '郑国庆')
    expect(person?.titles).toEqual(['村党支部书记'])
    expect(person!.mentions.map((m) => page.slice(m.start, m.end))).toEqual(['他', '郑书记'])
  })

  it('the byline names no one a pronoun could stand for', () => {
    const alone = ['# 新闻', '', '本报讯 (记者 吴六)', '', '他说，村里的路修好了。', ''].join('\n')
    expect(parseDispatch(alone).articles[0]!.people).toEqual([])
  })
})
