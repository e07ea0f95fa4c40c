import { describe, expect, it } from 'vitest'
import { bloomFrom, bloomHas } from '../src/bloom.js'
import { PERSON_NAMES } from '../src/vocabulary/name-characters.js'
import { endsInWord, nameScore } from '../src/facts/bare-names.js'
import { extractPeople } from '../src/index.js'
import { defaultLexicon } from '../src/lexicon.js'

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

  it.each([
    // their characters alone fall short (`圣`, `孝` are seldom a given name's): jieba lists them as names
    ['读过叶圣陶的童话，又去看了费孝通的书。', ['叶圣陶', '费孝通']],
  ])('reads a name that jieba’s dictionary has as a person’s: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('keeps out of the known names the words jieba mistags as names: a common word after the surname, a place', () => {
    const known = bloomFrom(PERSON_NAMES)
    expect(['叶圣陶', '费孝通', '王安石'].filter((word) => bloomHas(known, word))).toHaveLength(3)
    expect(['高水平', '胡萝卜', '白鹿原'].filter((word) => bloomHas(known, word))).toEqual([])
  })

  it('reads a name right after a word that opens a predicate, with no titles', () => {
    expect(extractPeople('比赛中，随着刘海峰进球，全场沸腾。').map((p) => [p.name, p.titles])).toEqual([['刘海峰', []]])
  })

  it('reads no name at the tail of another word or an idiom', () => {
    expect(names('山花与晚霞交相辉映。')).toEqual([])
    expect(names('他们正当风华正茂的年纪。')).toEqual([])
  })

  it.each([
    // after a one-character verb or a place: no word of the dictionary crosses the name's start
    ['厂里一位叫周桂英的女工，带头捐了款。', ['周桂英']],
    ['比赛中，老将许海峰击败了对手。', ['许海峰']],
    ['第二轮，张丽萍战胜郭宏伟，晋级八强。', ['张丽萍', '郭宏伟']],
  ])('reads a name after a word that no dictionary word crosses: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // `这位` and `老师` are words of the dictionary: 位 and 师 open no name
    ['这位慈祥的老人坐在门口。', []],
    ['他看着老师李明说，', ['李明']],
  ])('reads no name that opens inside a word ending with its surname: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('scores no name inside a word that ends with its surname, unless a predicate ends before it', () => {
    const lexicon = defaultLexicon()
    expect(nameScore('这位慈祥的老人', 1, 1, 2, lexicon)).toBeNull()
    // both are words of the dictionary (`派出`, `出马`): the predicate before makes 马 a surname
    expect(nameScore('协会派出马丽娟参加比赛', 4, 1, 2, lexicon)).not.toBeNull()
  })

  it.each([
    // `基地` is a word of the dictionary: 基 ends no name
    ['全村合力建设杨梅基地，带动农户增收。', []],
    ['去年，乡里新建了金梅基地。', []],
    // `陪同` is a word: after a title, the name ends before it
    ['在市长王宏陪同下，代表团参观了园区。', ['王宏']],
    // a word across the name's end, but a predicate or a joiner opens after it (`强调`, `和`, `等`)
    ['那天上午，王刚强调，安全第一。', ['王刚']],
    ['比赛中，老将陈志平和队友配合默契。', ['陈志平']],
    ['那天，王大勇等人赶到现场。', ['王大勇']],
  ])('reads no name that ends inside a word: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('tells where a name would end inside a word', () => {
    const lexicon = defaultLexicon()
    expect(endsInWord('建设杨梅基地', 5, lexicon)).toBe(true)
    expect(endsInWord('建设杨梅基地', 4, lexicon)).toBe(false)
    // `刚强` is a word, but `强调` opens a predicate; `良将` too, but `将军` is a title
    expect(endsInWord('王刚强调', 2, lexicon)).toBe(false)
    expect(endsInWord('张学良将军', 3, lexicon)).toBe(false)
    expect(endsInWord('王宏陪同下', 3, lexicon)).toBe(true)
  })

  it.each([
    // a unit named after a person: no person, unless a speech verb or a predicate follows
    ['学校组织学生参观了“雷锋班”。', []],
    ['他曾是“王杰班”的一名战士。', []],
    ['队伍里，“欧阳海班”全体官兵列队。', []],
    ['“去年收成不错。”杨思班说。', ['杨思班']],
    ['那天，李红连夜赶回村里。', ['李红']],
  ])('reads no person in a unit named after one: %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('gives a name after another word no title that holds a person', () => {
    expect(extractPeople('隔着玻璃，刘大爷看不清王秀兰的脸。').map((p) => [p.name, p.titles])).toEqual([
      ['刘', []],
      ['王秀兰', []],
    ])
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

describe('a surname with an honorific of the 大爷 kind', () => {
  it.each([
    ['村口的张大娘每天都来送水。', '张', '大娘'],
    ['赵大叔笑着摆了摆手。', '赵', '大叔'],
    ['隔壁的刘大婶也赶来帮忙。', '刘', '大婶'],
  ])('reads %s', (text, name, honorific) => {
    expect(extractPeople(text).map((p) => [p.name, p.honorific])).toEqual([[name, honorific]])
  })
})

describe('names in lists joined by 、', () => {
  it.each([
    // a name read beside them: the short names and the list's first item after a predicate are its too
    ['出席会议的有郭宏伟、金涛、程玲等人。', ['郭宏伟', '金涛', '程玲']],
    ['队里派出郭宏伟、金涛、程玲三人参赛。', ['郭宏伟', '金涛']],
  ])('reads %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('gives an item the title before the list, and the next items the titles of the one before', () => {
    expect(extractPeople('中国选手金涛、郭宏伟进入决赛。').map((p) => [p.name, p.titles])).toEqual([
      ['金涛', ['中国选手']],
      ['郭宏伟', ['中国选手']],
    ])
  })

  it('reads no place of a list as a name, nor a word beside a name', () => {
    expect(names('江苏、浙江、上海等地的代表郭宏伟参加。')).toEqual(['郭宏伟'])
    expect(names('会见了李明、高峰等人')).toEqual(['李明'])
  })
})

describe('transliterated names in running text', () => {
  it.each([
    ['会谈结束后，梅德韦杰夫表示满意。', ['梅德韦杰夫']],
    ['随后，纳扎尔巴耶夫发表讲话。', ['纳扎尔巴耶夫']],
    // a run goes on while strong transliteration characters follow: not `特朗`
    ['昨天，特朗普通过社交媒体发表声明。', ['特朗普']],
  ])('reads %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    // a place jieba tags as a name, which it also has as `赫尔辛基大学` (`nt`)
    ['代表团抵达赫尔辛基以后，开始参观。'],
    // an organisation: `阿里巴巴公司` (`nt`)
    ['店主在阿里巴巴上开了网店。'],
    // a common word of transliteration characters (`a`)
    ['这是豪迈的誓言。'],
    ['印度总理表示欢迎。'],
    // after `在`, a run of transliteration characters is more often a place
    ['他们在比什凯克、杜尚别参观了学校。'],
  ])('finds no person in %s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('reads no transliteration joined to a place by a single dash (a route) as a name', () => {
    expect(names('画面切换：索契—上海，两国元首同时致辞。')).toEqual([])
  })

  it('does not stop a transliteration inside a longer one (`特朗` of `特朗普`)', () => {
    expect(names('他同美国总统特朗普通电话。')).not.toContain('特朗')
  })

  it('keeps a place of jieba’s that its person entries also hold (`向普京`)', () => {
    expect(extractPeople('他向普京总统致以问候。').map((p) => [p.name, p.titles])).toEqual([['普京', ['总统']]])
  })

  it('keeps a place after a title and before a speech verb as the titled person', () => {
    expect(extractPeople('公安局局长江海表示，案件已经侦破。').map((p) => [p.name, p.titles])).toEqual([
      ['江海', ['公安局局长']],
    ])
  })
})
