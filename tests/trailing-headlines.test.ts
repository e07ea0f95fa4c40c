import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { echo, echoElsewhere, pairCounts } from '../src/label/headline-echo.js'
import { brokenPromises } from '../src/testing/index.js'

// PDF text in content-stream order: each body, then its headline; narrow columns, no blank lines
const trailingPage = [
  '本报讯 10 月 14 日，市政府召开全市秋冬季',
  '安全生产工作会议，部署今冬明春安全生产',
  '工作。会议要求各地压实责任。',
  '会议指出，要抓好重点行业领域隐患排查。',
  '李明',
  '市政府召开秋冬季安全生产工作会议',
  '本报讯 （记者王芳） 10 月 12 日，全市首',
  '条城市快速路建成通车，市民出行时间大幅',
  '缩短。',
  '全市首条城市快速路',
  '全长12公里，设6座互通立交。',
  '全市首条城市快速路建成通车',
  '10 月 9 日，市农业农村局发布消息，全市',
  '秋粮收获已完成九成，丰收已成定局。',
  '全市秋粮收获完成九成',
  '',
].join('\n')

describe('headlines printed after their bodies', () => {
  it('closes each article with the headline that restates its lead', () => {
    const result = parseDispatch(trailingPage)
    expect(brokenPromises(trailingPage, result)).toEqual([])
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual([
      '市政府召开秋冬季安全生产工作会议',
      '全市首条城市快速路建成通车',
      '全市秋粮收获完成九成',
    ])
    expect(result.articles.map((a) => a.paragraphs[0]?.text.slice(0, 9))).toEqual([
      '10 月 14 日',
      '10 月 12 日',
      '10 月 9 日，',
    ])
    expect(result.articles.map((a) => a.dateline?.text ?? null)).toEqual(['本报讯', '本报讯', null])
    // the name alone after the last sentence signs the article; the bracket names the reporter
    expect(
      result.articles.map((a) =>
        [a.byline, ...a.credits].flatMap((b) => b?.contributors.map((c) => `${c.name}/${c.role}`) ?? []),
      ),
    ).toEqual([['李明/other'], ['王芳/reporter'], []])
  })

  it('keeps a paragraph whose first line restates the lead in its article', () => {
    const result = parseDispatch(trailingPage)
    const second = result.articles[1]!
    expect(second.paragraphs.map((p) => p.text).join('')).toContain('全市首条城市快速路全长12公里')
  })

  it('reads headlines before their bodies where the page prints them so', () => {
    const page = [
      '市政府召开秋冬季安全生产工作会议',
      '本报讯 10 月 14 日，市政府召开全市秋冬季安全生产工作会议，部署今冬明春安全生产工作。',
      '会议要求各地压实责任。',
      '全市首条城市快速路建成通车',
      '本报讯 10 月 12 日，全市首条城市快速路建成通车，市民出行时间大幅缩短。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual([
      '市政府召开秋冬季安全生产工作会议',
      '全市首条城市快速路建成通车',
    ])
    expect(result.articles.map((a) => a.paragraphs.length)).toEqual([2, 1])
  })
})

describe('echo', () => {
  it('is the share of the headline’s Han pairs found in the lead, spaces dropped', () => {
    expect(echo('中 国 海 油', '中国海油党组召开')).toBe(1)
    expect(echo('快速路通车', '快速路建成')).toBe(0.5) // 快速 速路 found; 路通 通车 not
    expect(echo('2024', '2024年')).toBe(0) // no Han pair to find
  })
})

describe('echoElsewhere', () => {
  it('counts the pairs printed elsewhere on the page, not the text’s own', () => {
    const caption = '平台完工装船'
    expect(echoElsewhere(caption, pairCounts([caption, '中心平台完工装船']))).toBe(1)
    expect(echoElsewhere(caption, pairCounts([caption, '会议召开']))).toBe(0)
    expect(echoElsewhere(caption, pairCounts([caption, '平台完工']))).toBe(0.6) // 平台 台完 完工 of five
  })
})
