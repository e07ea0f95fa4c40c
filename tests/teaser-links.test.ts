import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
const read = (page: string) => parseDispatch(page, NO_FACTS)

/** A plain web copy: one untitled dispatch, then a box of hot news, each teaser over `阅读全文`. */
const page = [
  '(吉隆坡3日讯)雪州政府今日宣布,明年起在全州推行免费巴士服务。',
  '',
  '州务大臣表示,这项计划将惠及逾百万名乘客。',
  '',
  '热门新闻',
  '',
  '阅读全文',
  '',
  '槟城轻快铁计划获批 明年动工',
  '',
  '阅读全文',
  '监控录像显示男子在店外徘徊多时。',
  '',
  '便利店遭抢劫 警方追缉两名嫌犯',
  '',
  '阅读全文',
  '',
  '柔佛推出数码补助计划',
  '',
  '国内',
  '',
  '(新山3日讯)柔佛州政府推出数码补助计划,协助小商家转型...',
  '',
  '阅读全文',
  '',
].join('\n')

describe('a box of teaser links under the article', () => {
  const { articles, leftovers } = read(page)

  it('a headline over the link, with nothing of its article under it, is a link: furniture', () => {
    const furniture = leftovers.map((l) => page.slice(l.span.start, l.span.end))
    expect(furniture).toContain('槟城轻快铁计划获批 明年动工')
    expect(furniture).toContain('便利店遭抢劫 警方追缉两名嫌犯')
    // the teaser's caption above its headline goes with it
    expect(furniture).toContain('监控录像显示男子在店外徘徊多时。')
  })

  it('the page’s own dispatch keeps its paragraphs, and a teaser that prints its lead is an article', () => {
    expect(articles.map((a) => a.headline?.title?.text ?? null)).toEqual([null, '柔佛推出数码补助计划'])
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '雪州政府今日宣布,明年起在全州推行免费巴士服务。',
      '州务大臣表示,这项计划将惠及逾百万名乘客。',
    ])
    expect(articles[1]!.dateline?.text).toBe('新山3日讯')
  })

  it('an item with a lead under its headline stays an article, though the lead has no closing mark', () => {
    const listing = [
      '## 县城新建三座公园',
      '',
      '阅读全文',
      '',
      '## 河南學校宿舍大火',
      '',
      '河南省方城縣一所學校宿舍十九日深夜發生火災',
      '',
      '阅读全文',
      '',
    ].join('\n')
    const titles = read(listing).articles.map((a) => a.headline?.title?.text)
    expect(titles).toContain('河南學校宿舍大火')
  })

  it('a listing whose items each print their text over the link keeps every item', () => {
    const listing = [
      '台九線撞死路人 肇逃酒駕男投案',
      '',
      '本報綜合報導 台東縣太麻里鄉十九日晚間發生車禍,郭姓男子送醫不治。',
      '',
      'Read More',
      '',
      '河南學校宿舍大火 13童燒死',
      '',
      '本報綜合報導 河南省方城縣一所學校宿舍十九日深夜發生火災。',
      '',
      'Read More',
      '',
    ].join('\n')
    expect(read(listing).articles.map((a) => a.headline?.title?.text)).toEqual([
      '台九線撞死路人 肇逃酒駕男投案',
      '河南學校宿舍大火 13童燒死',
    ])
  })
})
