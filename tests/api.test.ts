import { describe, expect, it } from 'vitest'
import {
  createParser,
  definePlugin,
  DispatchError,
  DispatchResultSchema,
  parseDispatch,
  STEP_NAMES,
} from '../src/index.js'
import { brokenPromises } from '../src/testing/promises.js'

const page = [
  '# 宣讲进行时',
  '',
  '# 区政协举行宣讲',
  '',
  '**东昌府讯** 区政协组织宣讲。  ',
  '(融媒体 裴崇旭)',
  '',
  '# 我区电商赋能',
  '',
  '**东昌府讯** 电商直播带货。  ',
  '(融媒体 徐振鑫)',
  '',
].join('\n')

describe('parseDispatch', () => {
  it('rejects a non-string with a plain TypeError', () => {
    expect(() => parseDispatch(42 as unknown as string)).toThrow(
      new TypeError('parseDispatch expects the page as a string, got number'),
    )
    expect(() => parseDispatch(null as unknown as string)).toThrow(TypeError)
  })

  it('rejects a bad option by name', () => {
    expect(() => parseDispatch('', { columnPlacement: 'middle' as 'auto' })).toThrow(/columnPlacement/)
    expect(() => parseDispatch('', { issueDate: '22/12/2022' })).toThrow(/issueDate/)
  })

  it('reads a smaller heading right before the title as its kicker, not a banner', () => {
    const result = parseDispatch('# 甲文\n\n正文。  \n\n## 引题\n\n# 乙文\n\n正文。  \n')
    expect(result.articles.map((a) => [a.column, a.headline.kicker?.text ?? null])).toEqual([
      [null, null],
      [null, '引题'],
    ])
  })

  it('reads a smaller heading right after the title as its subtitle', () => {
    const result = parseDispatch('## 引题\n\n# 主题\n\n## ——副题\n\n正文。  \n')
    expect(result.articles[0]!.headline).toMatchObject({
      kicker: { text: '引题' },
      title: { text: '主题' },
      subtitle: { text: '——副题' },
    })
  })

  it('reads an empty page as no articles, with an info', () => {
    const result = parseDispatch('')
    expect(result).toMatchObject({ schemaVersion: 1, articles: [], leftovers: [] })
    expect(result.diagnostics.map((d) => d.code)).toEqual(['page/no-articles'])
  })

  it('keeps headings with no article as leftovers', () => {
    const result = parseDispatch('## 同心协力 共抗疫情\n')
    expect(result.articles).toEqual([])
    expect(result.leftovers.map((t) => t.text)).toEqual(['## 同心协力 共抗疫情'])
  })

  it('reads body text with no heading as an article without a headline', () => {
    const result = parseDispatch('正文第一段。\n正文第二段。\n')
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.headline).toEqual({ kicker: null, title: null, subtitle: null })
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['正文第一段。', '正文第二段。'])
  })

  it('reports spans in the input for CRLF and full-width input', () => {
    const input = '\uFEFF# 标题\r\n\r\n**本报讯** 今年以来，全区\r\n\r\n发展良好。  \r\n（记者\u3000张三）\r\n'
    const result = parseDispatch(input)
    expect(brokenPromises(input, result)).toEqual([])
    const [article] = result.articles
    expect(article!.byline).toMatchObject({
      text: '（记者\u3000张三）',
      contributors: [{ name: '张三', role: 'reporter', roleText: '记者' }],
    })
    expect(article!.paragraphs[0]!.text).toBe('今年以来，全区发展良好。')
    expect(article!.dateline).toMatchObject({ text: '本报讯', outlet: '本报', place: null })
  })

  it('does not read a bold lead that is no dateline as one, and drops its markers', () => {
    const result = parseDispatch('# 标题\n\n**编者按** 这是按语。  \n')
    expect(result.articles[0]!.dateline).toBeNull()
    expect(result.articles[0]!.paragraphs[0]!.text).toBe('编者按 这是按语。')
  })

  it('never joins a paragraph across a byline or a heading', () => {
    const result = parseDispatch('# 甲\n\n正文没有结束\n(记者 张三)\n\n# 乙\n\n正文也没有结束\n\n## 丙\n\n正文。\n')
    expect(result.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([
      ['正文没有结束'],
      ['正文也没有结束'],
      ['正文。'],
    ])
  })

  describe('columnPlacement', () => {
    it('auto: decides by shared words and reports it', () => {
      const result = parseDispatch(page)
      expect(result.articles[0]!.column?.text).toBe('宣讲进行时')
      expect(result.diagnostics.find((d) => d.code === 'column/attached')?.message).toMatch(
        /article after it: it stands at the page start/,
      )
    })

    it('before / after force the direction', () => {
      const between = '# 甲文\n\n正文。  \n\n# 栏目\n\n# 乙文\n\n正文。  \n'
      expect(parseDispatch(between, { columnPlacement: 'before' }).articles.map((a) => a.column?.text ?? null)).toEqual(
        [null, '栏目'],
      )
      expect(parseDispatch(between, { columnPlacement: 'after' }).articles.map((a) => a.column?.text ?? null)).toEqual([
        '栏目',
        null,
      ])
      expect(
        parseDispatch(between, { columnPlacement: 'after' }).diagnostics.filter((d) => d.code === 'column/attached'),
      ).toEqual([])
    })

    it('auto with no evidence follows the commoner convention: forward', () => {
      const between = '# 甲文\n\n正文。  \n\n# 栏目\n\n# 乙文\n\n正文。  \n'
      const result = parseDispatch(between)
      expect(result.articles.map((a) => a.column?.text ?? null)).toEqual([null, '栏目'])
      expect(result.diagnostics[0]?.message).toMatch(/commoner convention/)
    })
  })

  describe('strict', () => {
    it('throws one DispatchError carrying every diagnostic when there is a warning', () => {
      const text = '# 标题\n\n正文。  \n(记者 张三)\n\n又一段。  \n'
      expect(parseDispatch(text).diagnostics.map((d) => d.code)).toEqual(['structure/text-after-byline'])
      let error: unknown
      try {
        parseDispatch(text, { strict: true })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(DispatchError)
      expect((error as DispatchError).diagnostics.map((d) => d.code)).toEqual(['structure/text-after-byline'])
      expect((error as DispatchError).message).toMatch(/^1 problem on the page: structure\/text-after-byline/)
    })

    it('does not throw for info diagnostics only', () => {
      expect(() => parseDispatch(page, { strict: true })).not.toThrow()
    })
  })

  it('gives the same output for the same input', () => {
    expect(parseDispatch(page)).toEqual(parseDispatch(page))
    expect(DispatchResultSchema.parse(parseDispatch(page))).toEqual(parseDispatch(page))
  })
})

describe('createParser and plugins', () => {
  it("lists the built-in steps in order, the built-in plugins' among them", () => {
    expect(createParser({ builtins: false }).steps).toEqual(STEP_NAMES)
    expect(createParser().steps).toEqual([
      'normalize',
      'markup',
      'lex',
      'parse',
      'crawl-labels',
      'archive-records',
      'inline-leads',
      'page-labels',
      'sql-records',
      'spaced-paragraphs',
      'glued-headlines',
      'label',
      'repeated-headlines',
      'teaser-links',
      'plain-headings',
      'markup-blocks',
      'build',
      'refine',
      'extract',
      'markup-leftovers',
      'validate',
    ])
  })

  it('adds vocabulary from a plugin', () => {
    const text = '# 标题\n\n正文。  \n(特邀评论员 张三)\n'
    expect(parseDispatch(text).articles[0]!.byline).toBeNull()
    const parser = createParser({
      plugins: [definePlugin({ name: 'special', vocabulary: { roles: { 特邀评论员: 'reporter' } } })],
    })
    expect(parser.parse(text).articles[0]!.byline?.contributors).toMatchObject([
      { name: '张三', role: 'reporter', roleText: '特邀评论员' },
    ])
  })

  it('places plugin steps before or after a named step', () => {
    const seen: string[] = []
    const parser = createParser({
      plugins: [
        definePlugin({
          name: 'trace',
          steps: [
            { name: 'first', before: 'normalize', run: () => seen.push('first') },
            { name: 'count', after: 'build', run: (ctx) => seen.push(`drafts:${ctx.drafts.length}`) },
          ],
        }),
      ],
    })
    expect(parser.steps).toEqual([
      'first',
      'normalize',
      'markup',
      'lex',
      'parse',
      'crawl-labels',
      'archive-records',
      'inline-leads',
      'page-labels',
      'sql-records',
      'spaced-paragraphs',
      'glued-headlines',
      'label',
      'repeated-headlines',
      'teaser-links',
      'plain-headings',
      'markup-blocks',
      'build',
      'count',
      'refine',
      'extract',
      'markup-leftovers',
      'validate',
    ])
    parser.parse(page)
    expect(seen).toEqual(['first', 'drafts:2'])
  })

  it('lets a step change the reading', () => {
    const parser = createParser({
      plugins: [
        definePlugin({
          name: 'no-columns',
          steps: [
            {
              name: 'drop-banners',
              after: 'build',
              run: (ctx) => {
                for (const d of ctx.drafts) d.leadingBanners = []
              },
            },
          ],
        }),
      ],
    })
    const result = parser.parse(page)
    expect(result.articles[0]!.column).toBeNull()
    expect(result.leftovers.map((t) => t.text)).toEqual(['# 宣讲进行时'])
  })

  it('throws on an unknown step name, naming it', () => {
    const plugin = definePlugin({ name: 'lost', steps: [{ name: 'x', after: 'tokenize', run: () => {} }] })
    expect(() => createParser({ plugins: [plugin] })).toThrow('Plugin "lost", step "x": no step named "tokenize"')
  })

  it('refuses a parse option given to createParser, saying where it goes', () => {
    const off = { dates: false, figures: false, people: false, quotes: false }
    expect(() => createParser({ extract: off } as never)).toThrow(
      new TypeError('extract is an option of each parse: parser.parse(page, { extract }), not of createParser'),
    )
    expect(() => createParser({ issueDate: '2022-12-22' } as never)).toThrow(/issueDate is an option of each parse/)
  })

  it('rejects a bad parser config by name', () => {
    expect(() => createParser({ plugin: [] } as never)).toThrow(
      new TypeError('"plugin" is no parser config (known: plugins, builtins, validateGrammar)'),
    )
    expect(() => createParser({ plugins: definePlugin({ name: 'one' }) } as never)).toThrow(/^plugins must be an array/)
    expect(() => createParser({ builtins: 'no' } as never)).toThrow('builtins must be true or false, got "no"')
    expect(() => createParser(null as never)).toThrow("createParser's config must be an object, got null")
  })

  it('throws on duplicate plugin names', () => {
    const a = definePlugin({ name: 'same' })
    expect(() => createParser({ plugins: [a, a] })).toThrow('Two plugins are named "same"')
    expect(() => createParser({ plugins: [definePlugin({ name: 'crawl-labels' })] })).toThrow(
      'Two plugins are named "crawl-labels"',
    )
  })

  it('checks a plugin when it is defined', () => {
    expect(() => definePlugin({ name: '' })).toThrow(/non-empty name/)
    expect(() => definePlugin({ name: 'p', steps: [{ name: 's', run: () => {} }] })).toThrow(
      /exactly one of before or after/,
    )
  })

  it('is immutable: extend returns a new parser', () => {
    const base = createParser()
    const extended = base.extend(definePlugin({ name: 'more', vocabulary: { outlets: ['聊城日报'] } }))
    expect(base.plugins).toEqual([])
    expect(extended.plugins.map((p) => p.name)).toEqual(['more'])
    expect(Object.isFrozen(base)).toBe(true)
    expect(Object.isFrozen(base.plugins)).toBe(true)
  })
})

describe('found by the property tests', () => {
  it('keeps a heading made only of closing marks', () => {
    const result = parseDispatch('# #')
    expect(brokenPromises('# #', result)).toEqual([])
    expect(result.leftovers.map((t) => t.text)).toEqual(['# #'])
  })

  it('keeps banners before one headline in page order when evidence disagrees', () => {
    // evidence sends 乙文专栏 forward and 甲文专栏 back: crossing spans, so both go one way
    const input = '# 甲文\n\n正文。  \n\n# 乙文专栏\n# 甲文专栏\n\n## 引题\n\n# 乙文\n\n正文。  \n'
    const result = parseDispatch(input)
    expect(brokenPromises(input, result)).toEqual([])
    expect(result.articles.map((a) => a.column?.text ?? null)).toEqual([null, '乙文专栏'])
    expect(result.diagnostics.map((d) => d.message)).toContain(
      'Banner "甲文专栏" labels the article after it: banners before one headline keep their order, and the others go that way.',
    )
  })
})

describe('extract option', () => {
  const page = '# 标题\n\n**本报讯** 12月21日,区委书记王明表示:“全年完成投资752.2亿元,同比增长20.4%。”  \n'

  it('reads every fact by default', () => {
    const [article] = parseDispatch(page, { issueDate: '2022-12-22' }).articles
    expect([article!.dates.length, article!.figures.length, article!.people.length, article!.quotes.length]).toEqual([
      1, 2, 1, 1,
    ])
    expect(article!.quotes[0]).toMatchObject({ speaker: '王明', verb: '表示' })
  })

  it('leaves out the facts turned off, and only those', () => {
    const [article] = parseDispatch(page, {
      issueDate: '2022-12-22',
      extract: { figures: false, quotes: false },
    }).articles
    expect([article!.dates.length, article!.figures.length, article!.people.length, article!.quotes.length]).toEqual([
      1, 0, 1, 0,
    ])
    const [bare] = parseDispatch(page, {
      extract: { dates: false, figures: false, people: false, quotes: false },
    }).articles
    expect([bare!.dates, bare!.figures, bare!.people, bare!.quotes]).toEqual([[], [], [], []])
    expect(bare!.paragraphs).toEqual(article!.paragraphs)
  })
})
