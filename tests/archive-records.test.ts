import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const read = (page: string) => {
  const result = parseDispatch(page)
  return {
    articles: result.articles.map((a) => ({
      column: a.column?.text ?? null,
      kicker: a.headline.kicker?.text ?? null,
      title: a.headline.title?.text ?? null,
      subtitle: a.headline.subtitle?.text ?? null,
      dateline: a.dateline?.text ?? null,
      paragraphs: a.paragraphs.map((p) => [p.role, p.text]),
    })),
    leftovers: result.leftovers.map((l) => l.text),
  }
}

describe('archive records: an index of titles, then each article on one line', () => {
  it('ends the head at the byline: the reporters are the credit, not a subtitle', () => {
    const page = [
      '1. 新区大道全线通车',
      '第1版(要闻)专栏: 新区大道全线通车 本报记者王立新李红梅 今天上午,新区大道全线通车。 沿线群众敲锣打鼓前来观看。 这条大道全长二十公里。',
      '',
    ].join('\n')
    const article = parseDispatch(page).articles[0]!
    expect([article.headline.title?.text, article.headline.subtitle]).toEqual(['新区大道全线通车', null])
    expect(article.byline?.contributors.map((c) => [c.name, c.role])).toEqual([
      ['王立新', 'reporter'],
      ['李红梅', 'reporter'],
    ])
    expect(article.paragraphs.map((p) => p.text)[0]).toBe('今天上午,新区大道全线通车。')
  })

  it('reads the head the index names: kicker before the title, subtitle after it, paragraphs at the gaps', () => {
    const page = [
      '1988-05-04',
      '1. 全省春播进度快于去年',
      '第2版(经济)专栏: 农业部门组织技术人员下乡 全省春播进度快于去年 已播面积占计划的七成。各地抓住有利天气 新华社长沙5月3日电 湖南省今春播种进度明显加快。 截至昨天,全省已播早稻八百万亩;棉花播种也已过半。 农业部门派出的技术人员分赴各县。',
      '',
    ].join('\n')
    expect(read(page)).toEqual({
      articles: [
        {
          column: null,
          kicker: '农业部门组织技术人员下乡',
          title: '全省春播进度快于去年',
          subtitle: '已播面积占计划的七成。各地抓住有利天气',
          dateline: '新华社长沙5月3日电',
          paragraphs: [
            ['body', '湖南省今春播种进度明显加快。'],
            ['body', '截至昨天,全省已播早稻八百万亩;棉花播种也已过半。'],
            ['body', '农业部门派出的技术人员分赴各县。'],
          ],
        },
      ],
      leftovers: ['1988-05-04', '1. 全省春播进度快于去年', '第2版(经济)专栏:'],
    })
  })

  it('reads an index entry that prints the whole head as kicker, title and subtitle, and the byline after the dateline', () => {
    const page = [
      '1. 饲养加工水禽成为致富途径 江西发展“鹅鸭工程” 鹅鸭绒制品占全国三分之一',
      '第1版(要闻)专栏:  饲养加工水禽成为致富途径 江西发展“鹅鸭工程” 鹅鸭绒制品占全国三分之一 本报南昌10月28日电 记者赵相如报道:江西省农村大力发展“鹅鸭工程”。 目前,江西的鹅鸭绒制品已占全国的三分之一。 今年产值增长百分之十二。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    const article = result.articles[0]!
    expect([article.headline.kicker?.text, article.headline.title?.text, article.headline.subtitle?.text]).toEqual([
      '饲养加工水禽成为致富途径',
      '江西发展“鹅鸭工程”',
      '鹅鸭绒制品占全国三分之一',
    ])
    expect(article.dateline?.text).toBe('本报南昌10月28日电')
    expect(article.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['赵相如', 'reporter']])
    expect(article.paragraphs[0]!.text).toBe('江西省农村大力发展“鹅鸭工程”。')
  })

  it('reads a record the index names a picture (`图片`) as a photo with no headline, an article of its own', () => {
    const page = [
      '1. 汽车废气加热水炉问世',
      '',
      '第1版(要闻)专栏:新闻简报  汽车废气加热水炉问世 一种以汽车废气作热源的开水炉问世。 这种专利产品解决了司机喝水的难题。',
      '',
      '2. 图片',
      '',
      '第1版(要闻)专栏:  秋收还未结束,海城市就开始了农田基本建设。这是农民在荒坡上修梯田。                      张庆霞摄',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.headline.title?.text ?? null)).toEqual(['汽车废气加热水炉问世', null])
    expect(result.articles[1]!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['张庆霞', 'photographer']])
    expect(result.leftovers.map((l) => l.text)).toContain('2. 图片')
  })

  it('takes the index entry as the title when the record does not print it, and a column label as the column', () => {
    const page = [
      '1. 山区小学有了新校舍',
      '第4版(教育)专栏:希望工程在行动 孩子们告别了漏雨的教室。 【本报讯】记者从县教育局获悉,三所新校舍已经交付使用。 新校舍可容纳学生六百余名。',
      '',
    ].join('\n')
    const { articles } = read(page)
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({
      column: '希望工程在行动',
      kicker: null,
      title: '山区小学有了新校舍',
      subtitle: '孩子们告别了漏雨的教室。',
      dateline: '本报讯',
    })
    expect(articles[0]!.paragraphs.map(([, text]) => text)).toEqual([
      '记者从县教育局获悉,三所新校舍已经交付使用。',
      '新校舍可容纳学生六百余名。',
    ])
  })

  it('keeps an editor’s note up to the dateline apart from the body', () => {
    const page = [
      '1. 小城新貌',
      '编者按:本报今起推出系列报道。 敬请读者关注。 本报讯记者李明报道:县城新建的公园昨天开放。 市民纷纷前往游览,十分热闹。',
      '',
    ].join('\n')
    const { articles } = read(page)
    expect(articles[0]!.paragraphs).toEqual([
      ['editor-note', '编者按:本报今起推出系列报道。'],
      ['editor-note', '敬请读者关注。'],
      ['body', '县城新建的公园昨天开放。'],
      ['body', '市民纷纷前往游览,十分热闹。'],
    ])
  })

  it('leaves a long line with spaces alone when its gaps do not follow sentences', () => {
    const page = `${'这是一段很长的正文 其中的空格只是排版留下的 并不分段 '.repeat(8)}最后一句。\n`
    const { articles } = read(page)
    expect(articles).toHaveLength(1)
    expect(articles[0]!.paragraphs).toHaveLength(1)
  })
})

describe('a digest of numbered briefs, each title right above its text', () => {
  const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
  const read = (page: string) =>
    parseDispatch(page, NO_FACTS).articles.map((a) => [
      a.headline.title?.text,
      a.dateline?.text ?? null,
      a.paragraphs.map((p) => p.text),
    ])

  const digest = [
    '1996-12-17',
    '1. 马德里万人抗议马约',
    '十五日约有一万人走上街头抗议。(法新社)',
    '2. 荷兰首相出访俄罗斯',
    '首相十五日开始对俄进行访问。(美联社)',
  ]

  it.each([
    ['one under the other', '\n'],
    ['with a blank line between each title and its text', '\n\n'],
  ])('reads each brief as an article under its numbered title, however short its text: %s', (_, between) => {
    const page = `${digest.join(between)}\n`
    expect(read(page)).toEqual([
      ['马德里万人抗议马约', null, ['十五日约有一万人走上街头抗议。(法新社)']],
      ['荷兰首相出访俄罗斯', null, ['首相十五日开始对俄进行访问。(美联社)']],
    ])
  })

  it('takes no dated masthead line for a numbered title across a blank line', () => {
    const page = [
      '4. 4. 2024 星期四',
      '',
      '元首接見商界代表',
      '',
      '(吉隆坡3日讯)元首今日在王宮接見商界代表。',
      '',
    ].join('\n')
    expect(read(page)).toEqual([['元首接見商界代表', '吉隆坡3日讯', ['元首今日在王宮接見商界代表。']]])
  })

  it('keeps the dateline each record prints, the same one over every dispatch', () => {
    const page = [
      '1. 林枫接见乌拉圭客人',
      '第5版()专栏: 林枫接见乌拉圭客人 新华社六日讯 林枫今天上午接见乌拉圭参议员。',
      '2. 中国印度尼西亚签订航空交通协定',
      '第5版()专栏: 中国印度尼西亚签订航空交通协定 新华社六日讯 两国政府今天签订协定。',
      '',
    ].join('\n')
    expect(read(page)).toEqual([
      ['林枫接见乌拉圭客人', '新华社六日讯', ['林枫今天上午接见乌拉圭参议员。']],
      ['中国印度尼西亚签订航空交通协定', '新华社六日讯', ['两国政府今天签订协定。']],
    ])
  })
})
