import { describe, expect, it } from 'vitest'
import { createParser, DispatchError, definePlugin, parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/promises.js'

describe('plugin tokens, one per grammar category', () => {
  const oldWire = definePlugin({
    name: 'old-wire',
    tokens: [
      // `【新华社北京十二月二十一日电】`: a historical wire dateline in black brackets
      { name: 'BracketDateline', pattern: /【[^】\n]{2,30}[电讯]】/, category: 'dateline', startChars: ['【'] },
      // `▲ 标题`: a headline marked by a triangle in a plain-text archive
      { name: 'TriangleHeadline', pattern: /▲/, category: 'banner', level: 1, startChars: ['▲'] },
      // `※ 张三 李四`: the paper's credit line (built-in credit marks such as `◆` or `□` need no plugin)
      { name: 'ReferenceMarkCredit', pattern: /※/, category: 'byline', startChars: ['※'] },
    ],
  })
  const parser = createParser({ plugins: [oldWire], validateGrammar: true })
  const page =
    '▲ 淮河治理工程开工\n\n【新华社蚌埠十二月二十一日电】淮河治理工程今天全面开工。\n工地上红旗招展。\n※ 张三 李四\n'

  it('reads each category as the grammar does its own tokens', () => {
    const result = parser.parse(page)
    expect(brokenPromises(page, result)).toEqual([])
    const [article] = result.articles
    expect(article!.headline.title?.text).toBe('淮河治理工程开工')
    expect(article!.dateline).toMatchObject({
      text: '新华社蚌埠十二月二十一日电',
      kind: 'dian',
      outlet: '新华社',
      place: '蚌埠',
      date: { text: '十二月二十一日', month: 12, day: 21 },
    })
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['淮河治理工程今天全面开工。', '工地上红旗招展。'])
    expect(article!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([
      ['张三', 'other'],
      ['李四', 'other'],
    ])
  })

  it('leaves the default parser as it was', () => {
    const result = parseDispatch(page)
    // without the plugin's conventions, `▲` marks no headline and `※` no credit
    expect(result.articles.flatMap((article) => [article.byline, ...article.credits]).every((b) => b === null)).toBe(
      true,
    )
    expect(result.articles.map((article) => article.headline.title)).not.toContainEqual(
      expect.objectContaining({ text: '淮河治理工程开工' }),
    )
    expect(result.leftovers.map((text) => text.text)).toEqual([])
    expect(result.articles.at(-1)!.paragraphs.at(-1)!.text).toBe('※ 张三 李四')
  })

  it('rejects a token outside the categories, and two tokens with one name', () => {
    expect(() =>
      definePlugin({ name: 'x', tokens: [{ name: 'T', pattern: /x/, category: 'footer' as 'banner' }] }),
    ).toThrow(/category must be banner, dateline or byline/)
    const twice = definePlugin({ name: 'y', tokens: [{ name: 'BracketDateline', pattern: /y/, category: 'byline' }] })
    expect(() => createParser({ plugins: [oldWire, twice] })).toThrow(
      'Plugin "y": a token named "BracketDateline" is already defined',
    )
  })
})

describe('plugin vocabulary', () => {
  it('knows a column name: the heading is a banner, not a kicker', () => {
    const page = '### 今日关注\n\n## 我区新建三座公园\n\n**东昌府讯** 今年我区新建三座公园。  \n'
    expect(parseDispatch(page).articles[0]!.headline.kicker?.text).toBe('今日关注')
    const parser = createParser({ plugins: [definePlugin({ name: 'columns', vocabulary: { columns: ['今日关注'] } })] })
    const article = parser.parse(page).articles[0]!
    expect(article.column?.text).toBe('今日关注')
    expect(article.headline.kicker).toBeNull()
  })

  it('adds an outlet: its dateline names it', () => {
    // a name that ends like no outlet's brand (`东昌府融媒` does): without the plugin, a place
    const page = '# 标题\n\n**东昌府之声讯** 今年以来。  \n'
    expect(parseDispatch(page).articles[0]!.dateline).toMatchObject({ outlet: null, place: '东昌府之声' })
    const parser = createParser({
      plugins: [definePlugin({ name: 'outlets', vocabulary: { outlets: ['东昌府之声'] } })],
    })
    expect(parser.parse(page).articles[0]!.dateline).toMatchObject({ outlet: '东昌府之声', place: null })
  })

  it('adds a title after names: the people of the text carry it', () => {
    const page = '# 标题\n\n**本报讯** 张伟馆员介绍,展览明天开幕。\n'
    const people = (p: typeof parseDispatch) =>
      p(page).articles[0]!.people.map((person) => [person.name, person.titles])
    expect(people(parseDispatch)).toEqual([])
    const parser = createParser({
      plugins: [definePlugin({ name: 'librarians', vocabulary: { titlesAfter: ['馆员'] } })],
    })
    expect(people((text) => parser.parse(text))).toEqual([['张伟', ['馆员']]])
  })

  it('adds a role word and its Traditional form', () => {
    const page = '# 標題\n\n(記者 張三 翻譯 李四)\n正文。\n'
    const roles = (p: typeof parseDispatch) =>
      p(page).articles[0]!.byline?.contributors.map((c) => [c.name, c.role, c.roleText])
    expect(roles(parseDispatch)).toEqual([
      ['張三', 'reporter', '記者'],
      ['翻譯', 'reporter', '記者'],
      ['李四', 'reporter', '記者'],
    ])
    const parser = createParser({
      plugins: [definePlugin({ name: 'translators', vocabulary: { roles: { 翻译: 'other' }, aliases: { 譯: '译' } } })],
    })
    expect(roles((text) => parser.parse(text))).toEqual([
      ['張三', 'reporter', '記者'],
      ['李四', 'other', '翻譯'],
    ])
  })
})

describe('plugins are checked, and their failures reported', () => {
  it.each([
    [
      { name: 'x', vocabulary: { roles: { 特派记者: 'writer' } } },
      /Plugin "x", vocabulary.roles\["特派记者"\]: "writer" is no role/,
    ],
    [{ name: 'x', vocabulary: { outlets: '聊城日报' } }, /Plugin "x", vocabulary.outlets: must be an array of words/],
    [{ name: 'x', vocabulary: { outlet: ['聊城日报'] } }, /Plugin "x", vocabulary: "outlet" is no table/],
    [{ name: 'x', vocabulary: { aliases: { 譯: '译者' } } }, /vocabulary.aliases\["譯"\]: folds one character to one/],
    [
      { name: 'x', tokens: [{ name: 'HeadingLine', category: 'banner', pattern: /^@/ }] },
      /token "HeadingLine": the name of a built-in token/,
    ],
    [{ name: 'x', step: [] }, /Plugin "x": "step" is no plugin field/],
  ])('%j', (plugin, message) => {
    expect(() => definePlugin(plugin as never)).toThrow(TypeError)
    expect(() => createParser({ plugins: [plugin as never] })).toThrow(message)
  })

  it('a step that throws becomes an error diagnostic naming the plugin, and DispatchError in strict mode', () => {
    const parser = createParser({
      plugins: [
        definePlugin({
          name: 'broken',
          steps: [
            {
              name: 'explode',
              after: 'extract',
              run: () => {
                throw new Error('boom')
              },
            },
          ],
        }),
      ],
    })
    const result = parser.parse('# 标题\n\n正文。\n')
    expect(result.diagnostics).toContainEqual({
      code: 'plugin/step-failed',
      severity: 'error',
      message: 'Plugin "broken", step "explode" threw: boom',
    })
    expect(result.articles).toHaveLength(1)
    expect(() => parser.parse('# 标题\n\n正文。\n', { strict: true })).toThrow(DispatchError)
  })

  it('a step that duplicates a draft is reported, never an unreported overlap', () => {
    const parser = createParser({
      plugins: [
        definePlugin({
          name: 'twice',
          steps: [{ name: 'duplicate', after: 'refine', run: (ctx) => void ctx.drafts.push(ctx.drafts[0]!) }],
        }),
      ],
    })
    const result = parser.parse('# 标题\n\n正文。\n')
    expect(result.diagnostics.map((d) => d.code)).toContain('structure/overlapping-articles')
  })
})
