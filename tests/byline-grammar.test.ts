import { Lexer } from 'chevrotain'
import { describe, expect, it } from 'vitest'
import { BylineParser, lexByline, parseByline } from '../grammar/byline.js'
import { bylineTokens } from '../grammar/byline-tokens.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary, mergeVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const names = (text: string, lx = lexicon): string[] | null =>
  lexByline(lx.fold(text), lx)?.map((t) => t.tokenType.name) ?? null
/** The parse as text: the outlet, each contributor as [name, role, role word], the guessed splits. */
const parts = (text: string, lx = lexicon) => {
  const parse = parseByline(lx.fold(text), lx)
  if (parse === null) return null
  return {
    outlet: parse.outlet && text.slice(...parse.outlet),
    contributors: parse.contributors.map((c) => [
      text.slice(c.start, c.end),
      c.role,
      c.roleWord && text.slice(...c.roleWord),
    ]),
    guessed: parse.guessedSplits.map((s) => text.slice(...s)),
  }
}

describe('byline grammar', () => {
  it('builds with every self-check on and keeps the first-character optimisation', () => {
    expect(() => new BylineParser({ validate: true })).not.toThrow()
    const lexer = new Lexer(bylineTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true })
    expect((lexer as unknown as { canModeBeOptimized: object }).canModeBeOptimized).toEqual({ defaultMode: true })
  })

  it.each([
    ['融媒体 郭龙君 通讯员 孙睿', ['Outlet', 'Name', 'RoleWord', 'Name']],
    ['记者李增辉、刘峰', ['RoleWord', 'Name', 'Name']],
    ['文/徐报融媒记者 王正喜', ['RoleWord', 'Joiner', 'RoleWord', 'Name']],
    ['本报记者 李四 参与采写', ['RoleWord', 'Name', 'Closing']],
    ['张 胜 男', ['Letter', 'Letter', 'Letter']],
    ['■ 本報記者 趙宗鋒', ['Mark', 'RoleWord', 'Name']],
    ['湖北日报全媒记者 张鸿 通讯员 谢丹 齐艳 摄', ['RoleWord', 'Name', 'RoleWord', 'Name', 'Name', 'TrailingRole']],
    ['秦廷富摄', ['Name', 'RoleSuffix']],
    ['龚玉(实习)', ['Name', 'RoleNote']],
    ['记者 北京报道', ['RoleWord', 'Reporting']],
    // a letter opens a spaced name when it is a surname and the next word is a letter too
    ['里 外', ['Name', 'Name']],
    ['张 三丰', ['Name', 'Name']],
    // `文` alone is a role word; after a first letter it is one more letter
    ['文 张 三', ['RoleWord', 'Letter', 'Letter']],
    ['张 文 男', ['Letter', 'Letter', 'Letter']],
    ['张 胜 男 李', ['Letter', 'Letter', 'Letter', 'Name']],
    // an outlet opens the byline, closing words close it: elsewhere they are names
    ['张三 融媒体 李四', ['Name', 'Name', 'Name']],
    ['本报记者 李四 参与采写 王五', ['RoleWord', 'Name', 'Name', 'Name']],
  ])('lexes %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each(['今天,记者走访了三家企业。', '“我们”记者李四'])('finds no tokens of a byline in a sentence: %s', (text) => {
    expect(names(text)).toBeNull()
  })

  it.each([
    [
      '融媒体 郭龙君 通讯员 孙睿',
      {
        outlet: '融媒体',
        contributors: [
          ['郭龙君', 'reporter', null],
          ['孙睿', 'correspondent', '通讯员'],
        ],
        guessed: [],
      },
    ],
    [
      '记者李增辉、刘峰',
      {
        outlet: null,
        contributors: [
          ['李增辉', 'reporter', '记者'],
          ['刘峰', 'reporter', '记者'],
        ],
        guessed: [],
      },
    ],
    // the second role word describes the first, in the same word only
    [
      '文/徐报融媒记者 王正喜',
      { outlet: '徐报', contributors: [['王正喜', 'author', '文/徐报融媒记者']], guessed: [] },
    ],
    [
      '文/ 徐报融媒记者 王正喜',
      { outlet: '徐报', contributors: [['王正喜', 'reporter', '徐报融媒记者']], guessed: [] },
    ],
    ['本报记者 李四 参与采写', { outlet: '本报', contributors: [['李四', 'reporter', '本报记者']], guessed: [] }],
    ['张 胜 男', { outlet: null, contributors: [['张 胜 男', 'other', null]], guessed: [] }],
    // a trailing 摄 names the names since the last role word; opening, it is a role word
    [
      '通讯员 谢丹 齐艳 摄',
      {
        outlet: null,
        contributors: [
          ['谢丹', 'photographer', '摄'],
          ['齐艳', 'photographer', '摄'],
        ],
        guessed: [],
      },
    ],
    ['摄 谢丹', { outlet: null, contributors: [['谢丹', 'photographer', '摄']], guessed: [] }],
    // 报道 after a reporter: a name reporting, or a place dropped
    ['记者 诸葛万报道', { outlet: null, contributors: [['诸葛万', 'reporter', '记者']], guessed: [] }],
    ['记者 北京报道 李四', { outlet: null, contributors: [['李四', 'reporter', '记者']], guessed: [] }],
    // after another role, a word ending with 报道 is names, as the reader has always read it
    ['编辑 北京报道', { outlet: null, contributors: [['北京报道', 'editor', '编辑']], guessed: [] }],
    [
      '毛潤民陳曦',
      {
        outlet: null,
        contributors: [
          ['毛潤民', 'other', null],
          ['陳曦', 'other', null],
        ],
        guessed: ['毛潤民陳曦'],
      },
    ],
    ['杨湛联合报', { outlet: '联合报', contributors: [['杨湛', 'other', null]], guessed: [] }],
  ])('parses %s', (text, expected) => {
    expect(parts(text)).toEqual(expected)
  })

  it.each([
    '我区以项目大突破带动经济社会大发展', // names that are none
    '今天,记者走访了三家企业。', // a sentence
    '参与采写', // closing words with no names before them
    '本报 摄', // an outlet and a role word, no names
    '里 外', // one letter is no spaced name, nor one without a surname
    '张 胜 男 李', // a spaced name has at most three letters
    '', // nothing
    '  ',
    '记者 今天我们来了', // a role word and no name
    '刘峰 天气', // no role word or outlet: every name opens with a surname
  ])('reads no byline from %j', (text) => {
    expect(parts(text)).toBeNull()
  })

  it('reads the outlets and role words of the lexicon at hand', () => {
    const extended = compileLexicon(
      mergeVocabulary(builtinVocabulary, { outlets: ['东昌府融媒'], roles: { 撰稿: 'author' } }),
    )
    expect(parts('东昌府融媒 撰稿 李四', extended)).toEqual({
      outlet: '东昌府融媒',
      contributors: [['李四', 'author', '撰稿']],
      guessed: [],
    })
    expect(parts('东昌府融媒 撰稿 李四')).toBeNull()
    // the same text read with either lexicon, in turn
    expect(parts('东昌府融媒 撰稿 李四', extended)).not.toBeNull()
  })

  it('reads a trailing role word that is no role word only after names', () => {
    const extended = compileLexicon(mergeVocabulary(builtinVocabulary, { trailingRoles: { 供图: 'photographer' } }))
    expect(parts('李四 供图', extended)).toEqual({
      outlet: null,
      contributors: [['李四', 'photographer', '供图']],
      guessed: [],
    })
    expect(parts('供图 李四', extended)).toBeNull()
  })
})
