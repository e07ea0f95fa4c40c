import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDispatch, type Article } from '../src/index.js'
import { splitSegments } from '../src/segment.js'

const page = readFileSync(new URL('../fixtures/seed/dongchangfu-2022-12-page.md', import.meta.url), 'utf8')

/** An article's reading without its offsets. */
const reading = (a: Article) => ({
  column: a.column?.text ?? null,
  kicker: a.headline.kicker?.text ?? null,
  title: a.headline.title?.text ?? null,
  dateline: a.dateline?.text ?? null,
  byline: a.byline?.contributors.map((c) => `${c.name}:${c.role}`) ?? null,
  paragraphs: a.paragraphs.map((p) => p.text),
})

describe('splitSegments', () => {
  it('keeps a short page whole', () => {
    expect(splitSegments(page)).toEqual([{ start: 0, end: page.length }])
  })

  it('cuts only before a heading run that opens with its own headline', () => {
    const text = page.repeat(6)
    const segments = splitSegments(text, 4096)
    expect(segments.length).toBeGreaterThan(3)
    expect(segments[0]!.start).toBe(0)
    expect(segments[segments.length - 1]!.end).toBe(text.length)
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]!.start).toBe(segments[i - 1]!.end)
      const firstLine = text.slice(segments[i]!.start, text.indexOf('\n', segments[i]!.start))
      // never before the banner `## 宣讲进行时` or `## 深入学习…`, whose article may be the one before
      expect([
        '## 凝神聚力抓落地 全力以赴促建设 着眼长远谋运营',
        '## 区政协机关举行党的二十大精神宣讲暨专题党课',
        '## 我区稳岗返还“免申即享” 助力企业更好发展',
        '## 我区推行恳谈议事会助力听民声解民忧',
      ]).toContain(firstLine)
    }
  })

  it('gives no cut in text without headings', () => {
    expect(splitSegments('正文。\n'.repeat(50_000), 4096)).toHaveLength(1)
  })
})

describe('a long input read in segments', () => {
  it('reads like its pages read one by one, with offsets into the whole input', () => {
    const copies = 30 // 169K characters, so several segments
    const text = page.repeat(copies)
    expect(splitSegments(text).length).toBeGreaterThan(1)
    const whole = parseDispatch(text)
    const single = parseDispatch(page)
    expect(whole.articles.map(reading)).toEqual(
      Array.from({ length: copies }, () => single.articles.map(reading)).flat(),
    )
    const last = whole.articles[whole.articles.length - 1]!
    expect(text.slice(last.byline!.span.start, last.byline!.span.end)).toBe('(融媒体 郭龙君 通讯员 孙睿)')
    expect(whole.diagnostics.filter((d) => d.code === 'column/attached')).toHaveLength(3 * copies)
  })
})
