import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const headline = (page: string) => {
  const { kicker, title, subtitle } = parseDispatch(page).articles[0]!.headline
  return [kicker?.text ?? null, title?.text ?? null, subtitle?.text ?? null]
}

describe('a headline printed twice', () => {
  it('reads the lines printed again as kicker, title and subtitle, the joined heading as furniture', () => {
    const page =
      '### 各地战云密布  国民党策动内战  敌军出犯被击退\n\n　　各地战云密布\n    国民党策动内战\n    敌军出犯被击退\n    【新华社延安十三日电】今日本社收到军事消息。\n'
    expect(headline(page)).toEqual(['各地战云密布', '国民党策动内战', '敌军出犯被击退'])
    expect(parseDispatch(page).leftovers.map((l) => l.text)).toEqual([
      '### 各地战云密布  国民党策动内战  敌军出犯被击退',
    ])
  })

  it('reads a plain line printed again in four lines as furniture, the lines as one headline', () => {
    const page = [
      '出席领导人第二次会晤并对邻国进行国事访问 国家主席抵达金奈 与总理举行会见',
      '出席领导人第二次会晤',
      '并对邻国进行国事访问',
      '国家主席抵达金奈',
      '与总理举行会见',
      '',
      '新华社金奈10月11日电(记者孙勇)国家主席11日乘专机抵达金奈。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(headline(page).slice(1)).toEqual(['国家主席抵达金奈', '与总理举行会见'])
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '出席领导人第二次会晤并对邻国进行国事访问 国家主席抵达金奈 与总理举行会见',
    ])
  })

  it('reads every line above the title of a headline printed again as its kicker, none as its column', () => {
    const page = [
      '坚持以人民为中心 推进乡村全面振兴 我市表彰一百名优秀村干部 市委书记出席并讲话',
      '坚持以人民为中心',
      '推进乡村全面振兴',
      '我市表彰一百名优秀村干部',
      '市委书记出席并讲话',
      '',
      '本报讯(记者 李明)全市优秀村干部表彰大会23日召开。',
      '',
    ].join('\n')
    const article = parseDispatch(page).articles[0]!
    expect(article.column).toBeNull()
    expect(headline(page)).toEqual([
      '坚持以人民为中心\n推进乡村全面振兴',
      '我市表彰一百名优秀村干部',
      '市委书记出席并讲话',
    ])
  })

  it('reads a headline linked from a list (`• X`) and then printed as X as the headline, the link as furniture', () => {
    const page =
      '  • 安华促地方政府 勿通过代理发放执照\n\n    安华促地方政府 勿通过代理发放执照\n\n    (八打灵再也2日讯)首相安华呼吁地方政府,勿通过代理发放执照。\n'
    const result = parseDispatch(page)
    expect(headline(page)).toEqual([null, '安华促地方政府 勿通过代理发放执照', null])
    expect(result.leftovers.map((l) => l.text)).toEqual(['• 安华促地方政府 勿通过代理发放执照'])
  })

  it('keeps the whole line as the title when it is printed again in one or two lines', () => {
    const page =
      '蔡崇正:样样第二 苍祐一生二奶命\n\n蔡崇正:样样第二\n苍祐一生二奶命\n\n独家报导:蔡爱卿\n\n(槟城24日讯)马来西亚学者今日说,他一生与第二脱离不了关系。\n'
    const result = parseDispatch(page)
    expect(headline(page)).toEqual([null, '蔡崇正:样样第二 苍祐一生二奶命', null])
    expect(result.articles[0]!.dateline).toMatchObject({ text: '槟城24日讯', place: '槟城' })
    expect(result.articles[0]!.byline?.contributors).toMatchObject([{ name: '蔡爱卿', role: 'reporter' }])
  })

  it('keeps the whole line as the title though a clause’s mark is in it', () => {
    const page =
      '为一棵树,挪一条路 古柏再现勃勃生机\n为一棵树,挪一条路\n古柏再现勃勃生机\n\n  本报记者王明\n\n  烟柳时节,乍暖还寒。古柏公园内,一棵古侧柏却已吐露新芽。\n'
    expect(headline(page)).toEqual([null, '为一棵树,挪一条路 古柏再现勃勃生机', null])
    expect(parseDispatch(page).articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '烟柳时节,乍暖还寒。古柏公园内,一棵古侧柏却已吐露新芽。',
    ])
  })

  it('reads a plain headline printed twice over its byline, after an article, as the next article’s', () => {
    const page = [
      '民勤社區再生老眷村風貌',
      '',
      '記者張麗英/報導',
      '  民勤社區發展協會30日邀請縣長與會,透過老照片咀嚼集體回憶。',
      '',
      '上騰中學在原野牧場體驗日本茶道花藝',
      '',
      '上騰中學在原野牧場體驗日本茶道花藝',
      '',
      '記者張麗英/報導',
      '  上騰中學師生前往原野牧場,體驗日本茶道與花藝。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.title?.text, a.paragraphs.length])).toEqual([
      ['民勤社區再生老眷村風貌', 1],
      ['上騰中學在原野牧場體驗日本茶道花藝', 1],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(['上騰中學在原野牧場體驗日本茶道花藝'])
  })

  it('reads a web page title, the headline and the site name, as furniture when the headline follows', () => {
    const page =
      '欢迎光临东江新闻网!\n关键字搜索\n\n县领导赴乡镇“助三夏” -东江新闻网\n\n当前位置: 东江新闻网 > 本地 >\n\n县领导赴乡镇“助三夏”\n\n      6月8日,副县长带领有关部门负责人到乡镇调研夏收工作。\n'
    const result = parseDispatch(page)
    expect(headline(page)).toEqual([null, '县领导赴乡镇“助三夏”', null])
    expect(result.articles[0]!.column).toBeNull()
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '欢迎光临东江新闻网!',
      '关键字搜索',
      '县领导赴乡镇“助三夏” -东江新闻网',
      '当前位置: 东江新闻网 > 本地 >',
    ])
  })

  it('keeps a headline with a dash when no line repeats its first part', () => {
    expect(headline('# 春运开始 -全国铁路加开列车\n\n铁路部门今天加开列车。\n')).toEqual([
      null,
      '春运开始 -全国铁路加开列车',
      null,
    ])
  })

  it('reads a list of the page’s headlines as furniture where one of them is printed again below', () => {
    const page = [
      '县城新建三座公园 市民休闲有去处',
      '老旧小区改造全面启动',
      '春季植树活动圆满结束',
      '',
      '县城新建三座公园 市民休闲有去处',
      '',
      '本报讯 今年以来,县城新建公园三座,市民休闲有了好去处。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(headline(page)).toEqual([null, '县城新建三座公园 市民休闲有去处', null])
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '县城新建三座公园 市民休闲有去处',
      '老旧小区改造全面启动',
      '春季植树活动圆满结束',
    ])
  })

  it('keeps lines with a sentence’s or a label’s marks out of such a list', () => {
    const page = [
      '专栏:典型报道',
      '泾川人的自豪',
      '一个县50年没上过头版,一上就上了头条。',
      '专栏:典型报道',
      '村民组长上头条',
      '一个村民组长也能上头条,这在当地传为佳话。',
      '',
    ].join('\n')
    expect(parseDispatch(page).articles.map((a) => a.headline.title?.text)).toEqual(['泾川人的自豪', '村民组长上头条'])
  })
})

describe('an archive’s copy of the headline above the page’s furniture', () => {
  it('is furniture, and the head printed line by line after the furniture is the head', () => {
    const page = [
      '春耕生产全面展开 各地抢种抢收',
      '',
      '第1版()',
      '专栏:',
      '',
      '春耕生产全面展开',
      '各地抢种抢收',
      '【本报讯】各地春耕生产全面展开,农民抢种抢收。',
      '',
    ].join('\n')
    const result = parseDispatch(page, { extract: { dates: false, figures: false, people: false, quotes: false } })
    expect(result.articles).toHaveLength(1)
    const { headline, paragraphs } = result.articles[0]!
    expect([headline.kicker?.text, headline.title?.text].join('')).toBe('春耕生产全面展开各地抢种抢收')
    expect(paragraphs.map((p) => p.text)).toEqual(['各地春耕生产全面展开,农民抢种抢收。'])
    expect(result.leftovers.map((l) => l.text)).toContain('春耕生产全面展开 各地抢种抢收')
  })
})

describe('a mirror’s copy of the headline, its stars after it', () => {
  it('is furniture, and the head printed line by line after it is the head', () => {
    const page = [
      '看电视怎么这么费劲 记者调查智能电视“套路”******',
      '看电视怎么这么费劲',
      '记者调查智能电视“套路”',
      '□ 本报记者 张守坤',
      '今年春节期间,儿子送来一台智能电视机。',
      '',
    ].join('\n')
    const result = parseDispatch(page, { extract: { dates: false, figures: false, people: false, quotes: false } })
    expect(result.articles).toHaveLength(1)
    const { headline } = result.articles[0]!
    // the two lines of the head, whatever their roles (a longer second line is the subtitle)
    expect([headline.kicker?.text, headline.title?.text, headline.subtitle?.text].join('')).toBe(
      '看电视怎么这么费劲记者调查智能电视“套路”',
    )
    expect(result.leftovers.map((l) => l.text)).toEqual(['看电视怎么这么费劲 记者调查智能电视“套路”******'])
  })
})
