import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

/**
 * Readings the old goldens — written by the code — had wrong, each as an editor reads the text of
 * a development page. The page's own words are quoted; the expectation is written from them.
 */
const page = (name: string) => readFileSync(new URL(`../fixtures/dev/${name}`, import.meta.url), 'utf8')
const allDates = (name: string) => parseDispatch(page(name)).articles.flatMap((a) => a.dates)

describe('dates on the development pages', () => {
  it('光明日报社 names a paper: its 明日 is no date (13, 2017 两会)', () => {
    expect(allDates('13-rmrb-2017-lianghui-trailing-byline.txt').filter((d) => d.text.includes('明日'))).toEqual([])
  })

  it('前三季度 in an issue of 2 January 2020 is 2019’s (05, 勇立潮头)', () => {
    const quarters = allDates('05-rmrb-20200102-p01-yonglichaotou.txt').filter((d) => d.text === '前三季度')
    expect(quarters.length).toBeGreaterThan(0)
    for (const q of quarters) expect([q.start, q.end]).toEqual(['2019-01-01', '2019-09-30'])
  })
})

const people = (name: string) => parseDispatch(page(name)).articles.flatMap((a) => a.people)

describe('facts on the development pages', () => {
  it('the New Year address names 国家主席习近平 (02)', () => {
    expect(people('02-rmrb-20200101-p01-xinnian-heci.txt')).toContainEqual(
      expect.objectContaining({ name: '习近平', titles: ['国家主席'] }),
    )
  })

  it('潘先生 is a 镇江市民: the pinyin printed inside 鎮(zhèn)江 does not cut the title (45)', () => {
    const pan = people('45-yangzi-wanbao-wang-trad-pinyin-noise.txt').find(
      (p) => p.name === '潘' && p.honorific === '先生',
    )
    expect(pan?.titles).toEqual(['鎮江市民'])
  })

  it('十二届全国人大五次会议 is a session, no count (13)', () => {
    const figures = parseDispatch(page('13-rmrb-2017-lianghui-trailing-byline.txt')).articles.flatMap((a) => a.figures)
    expect(figures.filter((f) => f.text.includes('五次'))).toEqual([])
  })
})
