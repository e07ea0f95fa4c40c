import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const page = readFileSync(new URL('../fixtures/seed/dongchangfu-2022-12-page.md', import.meta.url), 'utf8')
const result = parseDispatch(page, { issueDate: '2022-12-22' })

// The table "The seed page, as it must be read" in CONVENTIONS.md, row by row.
const table = [
  {
    column: null,
    kicker: '凝神聚力抓落地 全力以赴促建设 着眼长远谋运营',
    title: '我区以项目大突破带动经济社会大发展',
    dateline: '东昌府讯',
    place: '东昌府',
    contributors: [['全兴社', 'reporter']],
    paragraphs: 4,
  },
  {
    column: '宣讲进行时',
    kicker: null,
    title: '区政协机关举行党的二十大精神宣讲暨专题党课',
    dateline: '东昌府讯',
    place: '东昌府',
    contributors: [['裴崇旭', 'reporter']],
    paragraphs: 3,
  },
  {
    column: null,
    kicker: '不仅要“叫得响” 更要“走出去”',
    title: '我区电商赋能让农业经济“活起来”',
    dateline: '东昌府讯',
    place: '东昌府',
    contributors: [['徐振鑫', 'reporter']],
    paragraphs: 8,
  },
  {
    column: null,
    kicker: null,
    title: '我区稳岗返还“免申即享” 助力企业更好发展',
    dateline: '东昌府讯',
    place: '东昌府',
    contributors: [['韩警维', 'reporter']],
    paragraphs: 5,
  },
  {
    column: '深入学习宣传贯彻党的二十大精神 我为群众办实事',
    kicker: null,
    title: '我区推行恳谈议事会助力听民声解民忧',
    dateline: '东昌府讯',
    place: '东昌府',
    contributors: [['全兴社', 'reporter']],
    paragraphs: 4,
  },
  {
    column: '同心协力 共抗疫情',
    kicker: null,
    title: '药店老板免费赠药 邻居共享退烧药 守望相助 冬日里的温暖传递',
    dateline: '古楼街讯',
    place: '古楼街',
    contributors: [
      ['郭龙君', 'reporter'],
      ['孙睿', 'correspondent'],
    ],
    paragraphs: 5,
  },
] as const

describe('the seed page', () => {
  it('has six articles and nothing left over', () => {
    expect(result.articles).toHaveLength(6)
    expect(result.leftovers).toEqual([])
  })

  table.forEach((row, i) => {
    describe(`article ${i + 1}: ${row.title}`, () => {
      const article = result.articles[i]!
      it('column, kicker, title, no subtitle', () => {
        expect(article.column?.text ?? null).toBe(row.column)
        expect(article.headline.kicker?.text ?? null).toBe(row.kicker)
        expect(article.headline.title?.text).toBe(row.title)
        expect(article.headline.subtitle).toBeNull()
      })
      it('dateline', () => {
        expect(article.dateline).toMatchObject({
          text: row.dateline,
          kind: 'xun',
          place: row.place,
          outlet: null,
          date: null,
        })
      })
      it('byline: outlet 融媒体 and contributors with roles', () => {
        expect(article.byline?.outlet).toBe('融媒体')
        expect(article.byline?.contributors.map((c) => [c.name, c.role])).toEqual(row.contributors)
      })
      it('paragraph count after joining breaks', () => {
        expect(article.paragraphs).toHaveLength(row.paragraphs)
      })
    })
  })

  it('joins 7 page breaks, with no space at the joins', () => {
    const joined = result.articles.flatMap((a) => a.paragraphs).filter((p) => p.pieces.length > 1)
    expect(joined.reduce((n, p) => n + p.pieces.length - 1, 0)).toBe(7)
    expect(result.articles[0]!.paragraphs[0]!.text).toContain('均超过年度计划进度20个百分点。')
    expect(result.articles[3]!.paragraphs[2]!.text).toContain('30人(含)以下的参保企业')
  })

  it('paragraphs exclude the dateline and the ** markers', () => {
    for (const article of result.articles) {
      expect(article.paragraphs[0]!.text.startsWith('**')).toBe(false)
      expect(article.paragraphs[0]!.text).not.toContain(article.dateline!.text)
    }
    expect(result.articles[0]!.paragraphs[0]!.text.startsWith('今年以来,')).toBe(true)
  })

  it('keeps the 恳谈议事会 report whole across its repeated byline, and says so', () => {
    const codes = result.diagnostics.map((d) => d.code)
    expect(codes).toContain('byline/repeated')
    expect(codes).toContain('structure/text-after-byline')
    expect(result.articles[4]!.paragraphs[3]!.text.startsWith('通过召开小区(村居)恳谈议事会')).toBe(true)
  })

  it('records each auto column decision as info', () => {
    const decisions = result.diagnostics.filter((d) => d.code === 'column/attached')
    expect(decisions.map((d) => d.severity)).toEqual(['info', 'info', 'info'])
    expect(decisions.map((d) => page.slice(d.span!.start, d.span!.end))).toEqual([
      '宣讲进行时',
      '深入学习宣传贯彻党的二十大精神 我为群众办实事',
      '同心协力 共抗疫情',
    ])
  })
})
