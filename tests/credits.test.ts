import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { contributorsOf } from './helpers/contributors.js'

const credits = (page: string) => parseDispatch(page).articles.map((a) => contributorsOf(a))
const paragraphs = (page: string) => parseDispatch(page).articles.map((a) => a.paragraphs.map((p) => p.text))

describe('credits printed without brackets or glued to the text', () => {
  it('reads a bare byline after the dateline: role word, name, a space, then the text', () => {
    const page = '# 县政协召开全体会议\n\n本报讯 记者 王海 通讯员 刘青 4月27日下午,委员们围绕乡村振兴建言献策。\n'
    expect(credits(page)).toEqual([
      [
        ['王海', 'reporter'],
        ['刘青', 'correspondent'],
      ],
    ])
    expect(paragraphs(page)).toEqual([['4月27日下午,委员们围绕乡村振兴建言献策。']])
  })

  it('takes no bare byline where the words after the dateline are text', () => {
    const page = '# 县城新貌\n\n本报讯 今年以来 全县新建公园三座,市民休闲有了好去处。\n'
    expect(credits(page)).toEqual([[]])
  })

  it('reads a role word and a name glued after the last sentence of any paragraph', () => {
    const page =
      '# 各地抗旱保苗\n\n烈日下,农民在田间浇水。目前全县持续干旱。记者 郭明山\n\n另一县组织群众抗旱,确保秋粮丰收。记者 杨立民\n'
    expect(credits(page)).toEqual([
      [
        ['郭明山', 'reporter'],
        ['杨立民', 'reporter'],
      ],
    ])
    expect(paragraphs(page)).toEqual([
      ['烈日下,农民在田间浇水。目前全县持续干旱。', '另一县组织群众抗旱,确保秋粮丰收。'],
    ])
  })

  it('reads names in brackets after the last sentence of the article as its signature', () => {
    const page = '# 杨村促生产\n\n本报讯 该乡为种粮大户解决资金困难。 (张承兵 王 群)\n'
    expect(credits(page)).toEqual([
      [
        ['张承兵', 'other'],
        ['王 群', 'other'],
      ],
    ])
  })

  it('reads the end of an HTML comment left in the text as furniture', () => {
    const result = parseDispatch('# 标题\n\n正文一句。\n\n2020-06-11 2 2 content_9888.html 1 3 标题 /enpproperty-->\n')
    expect(result.leftovers.map((l) => l.text)).toEqual(['2020-06-11 2 2 content_9888.html 1 3 标题 /enpproperty-->'])
  })

  it('reads a line naming an outlet alone in the article as its source, and a masthead above the page as furniture', () => {
    const page = [
      '东江新闻网',
      '',
      '县城新建三座公园',
      '',
      '●南洋网',
      '',
      '(芙蓉26日讯)县城新建的三座公园昨天同时开放,市民纷纷前往。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    const article = result.articles[0]!
    expect(article.column).toBeNull()
    expect(article.headline.title?.text).toBe('县城新建三座公园')
    expect(article.byline).toMatchObject({ text: '●南洋网', outlet: '南洋网', contributors: [] })
    expect(article.dateline).toMatchObject({ place: '芙蓉' })
    expect(result.leftovers.map((l) => l.text)).toEqual(['东江新闻网'])
  })

  it('reads names alone after a credit mark as a credit line', () => {
    const page = '奔向人工智能的高地\n□ 田昀澍\n\n产业焕新,人工智能赋能各行各业的发展。\n'
    expect(credits(page)).toEqual([[['田昀澍', 'other']]])
  })

  it('reads a reporter of the surname 洪 on a credit line under the headline', () => {
    const page = '小记者参观报社\n\n□ 记者 洪为亮\n\n报纸是如何出刊的?这是许多小记者心中的疑惑。\n'
    expect(credits(page)).toEqual([[['洪为亮', 'reporter']]])
  })

  it('reads a short line after a blank line and before a credit line as a headline', () => {
    const page = '上一篇文章的结尾。\n\n奔向人工智能的高地\n□ 田昀澍\n\n产业焕新,人工智能赋能各行各业的发展。\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.headline.title?.text ?? null)).toEqual(['奔向人工智能的高地'])
    // the tail above the first headline, with no dateline or credit, is the page's preamble
    expect(result.leftovers.map((l) => l.text)).toEqual(['上一篇文章的结尾。'])
  })

  it('reads a credit followed by the e-paper source line on one line: the credit, the source as furniture', () => {
    const page =
      '# 从读者到作者\n\n作者:李明远 《光明日报》( 2012年10月27日 06版)\n\n历数我与这份报纸的交情,已有半个世纪。\n'
    const result = parseDispatch(page)
    expect(credits(page)).toEqual([[['李明远', 'author']]])
    expect(paragraphs(page)).toEqual([['历数我与这份报纸的交情,已有半个世纪。']])
    expect(result.leftovers.map((l) => l.text)).toEqual(['《光明日报》( 2012年10月27日 06版)'])
  })

  it('reads a byline whose bracket a narrow column broke onto the next line', () => {
    const page =
      '# 人工智能模型发布\n\n本报讯 （记者徐新 通讯员\n田明 宋宗泽） 10 月 14 日，模型发布会在北京召开。\n\n会上展示了多个应用场景。\n'
    const result = parseDispatch(page)
    expect(credits(page)).toEqual([
      [
        ['徐新', 'reporter'],
        ['田明', 'correspondent'],
        ['宋宗泽', 'correspondent'],
      ],
    ])
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles[0]!.byline?.text).toBe('（记者徐新 通讯员\n田明 宋宗泽）')
    expect(paragraphs(page)).toEqual([['10 月 14 日，模型发布会在北京召开。', '会上展示了多个应用场景。']])
  })

  it('carries the paragraph on after a broken byline, in a page set in narrow columns', () => {
    const lead =
      '10 月 14 日，中国海油人工智能模型发布会在集团总部召开。会议推动数智技术与传统产业深度融合，与多家企业合作打造人工智能模型。'
    const second =
      '会议指出，要深入挖掘数智化需求，统筹推进勘探开发和经营管理数据治理，抓好系统集中深化建设，为加快创建世界一流示范企业升级智能引擎，持续提高数据质量。'
    const third =
      '发布会期间，多家企业向参会人员展示了算力布局、行业云等最新研究成果以及机器人等数智化产品。工信部、国务院国资委有关部门负责同志到会指导，相关媒体应邀参加发布会。集团公司、有限公司管理层成员，京直地区所属单位负责同志参加发布会。'
    // a PDF's text layer: every line as wide as the column, 14 characters
    const wrap = (text: string) => text.match(/.{1,14}/g)!.join('\n')
    const page = [
      '人工智能模型发布',
      '本报讯 （记者徐新 通讯员',
      // the bracket closes on a line of the column's width: what is left of it after the byline is short
      '田明 宋宗泽） 10 月 14 日，',
      wrap(lead.slice('10 月 14 日，'.length)),
      wrap(second),
      wrap(third),
      '',
    ].join('\n')
    expect(paragraphs(page)).toEqual([[lead, second, third]])
  })

  it('leaves a bracket that the next line does not close as text', () => {
    const page = '# 人工智能模型发布\n\n本报讯 （记者徐新 通讯员\n田明说，模型发布会在北京召开。\n'
    expect(credits(page)).toEqual([[]])
  })

  it('reads a notice’s signature after its closing formula as a credit naming no one, not a paragraph', () => {
    const page =
      '# 县财政局公告\n\n根据有关规定,现就本期国债发行事项公告如下。\n\n特此公告。\n\n某某县财政局\n\n2002年4月17日\n'
    const result = parseDispatch(page)
    expect(paragraphs(page)).toEqual([['根据有关规定,现就本期国债发行事项公告如下。', '特此公告。']])
    expect(result.articles[0]!.byline).toMatchObject({ text: '某某县财政局', contributors: [], outlet: null })
  })

  it('keeps a last short line as text where no closing formula comes before it', () => {
    const page = '# 县财政局公告\n\n根据有关规定,现就本期国债发行事项公告如下。\n\n某某县财政局\n'
    expect(paragraphs(page)).toEqual([['根据有关规定,现就本期国债发行事项公告如下。', '某某县财政局']])
  })

  it('reads the editor opening a web page’s widget line, the widgets as furniture', () => {
    const page = '# 开栏的话\n\n编辑:周新浩 点击数: 字号:\n\n为响应号召,全县举办主题征文活动,共收到来稿322篇。\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(credits(page)).toEqual([[['周新浩', 'editor']]])
    expect(result.leftovers.map((l) => l.text)).toEqual(['点击数: 字号:'])
  })

  it('reads labelled credits glued one after another to the last sentence: source, editor, reviewer', () => {
    const page =
      '# 外交部回应公开信\n\n外交部发言人24日表示,反对借所谓新闻自由炮制假新闻。来源：环球网编辑：莫愁审核：周佳佳\n'
    const result = parseDispatch(page)
    expect(credits(page)).toEqual([
      [
        ['莫愁', 'editor'],
        ['周佳佳', 'editor'],
      ],
    ])
    expect(result.articles[0]!.byline?.outlet).toBe('环球网')
    expect(paragraphs(page)).toEqual([['外交部发言人24日表示,反对借所谓新闻自由炮制假新闻。']])
  })

  it('reads a line of labelled credits after a list mark under the headline as its credit, not a headline', () => {
    const page = [
      '蘋果日報終章 市民午夜排隊購買支持',
      '',
      '  • 記者:龍德文編輯:王春媚',
      '',
      '創刊26年的蘋果日報,今日出版最後一期。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual(['蘋果日報終章 市民午夜排隊購買支持'])
    expect(credits(page)).toEqual([
      [
        ['龍德文', 'reporter'],
        ['王春媚', 'editor'],
      ],
    ])
    expect(paragraphs(page)).toEqual([['創刊26年的蘋果日報,今日出版最後一期。']])
  })

  it('opens an article where an inline credit opens the text under a headline, no dateline before it', () => {
    const page = [
      '无锡联勤保障中心某基地',
      '弹药投送模块化',
      '丁振雷、记者向黎鸣报道:初春时节,一场弹药投送演练展开。',
      '据介绍,以往弹药装载需要保管员逐箱清点。',
      '第75集团军某旅',
      '陆空对抗淬剑锋',
      '记者李浩然、通讯员叶星国报道:南国初春,某旅导弹营展开对抗演练。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.kicker?.text, a.headline.title?.text, a.dateline])).toEqual([
      ['无锡联勤保障中心某基地', '弹药投送模块化', null],
      ['第75集团军某旅', '陆空对抗淬剑锋', null],
    ])
    expect(credits(page)[1]).toEqual([
      ['李浩然', 'reporter'],
      ['叶星国', 'correspondent'],
    ])
    expect(paragraphs(page)[1]).toEqual(['南国初春,某旅导弹营展开对抗演练。'])
  })

  it('keeps a sentence that only mentions a source as text', () => {
    const page = '# 外交部回应公开信\n\n发言人说:消息来源:可靠人士透露。\n'
    expect(credits(page)).toEqual([[]])
  })
})

describe('a byline glued after the last sentence, its bracket never closed', () => {
  const page = [
    '# 采访团走进我县',
    '',
    '采访团表示要通过所在的媒体平台将旺苍的发展模式介绍给世界。(/文:县新闻中心 唐福升  县外事侨务办  张月亭',
    '',
    '主办:中共旺苍县委 旺苍县人民政府 电话:0839-6213300',
    '',
  ].join('\n')

  it('credits its people, and the paragraph ends at its last sentence', () => {
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(credits(page)).toEqual([
      [
        ['唐福升', 'author'],
        ['张月亭', 'author'],
      ],
    ])
    expect(paragraphs(page)).toEqual([['采访团表示要通过所在的媒体平台将旺苍的发展模式介绍给世界。']])
  })

  it('leaves the site’s footer after it out of the article', () => {
    expect(parseDispatch(page).leftovers.map((l) => l.text)).toEqual([
      '主办:中共旺苍县委 旺苍县人民政府 电话:0839-6213300',
    ])
  })

  it('is no credit where a sentence goes on after the bracket', () => {
    const open = '# 采访团走进我县\n\n采访团来到东河镇(该镇位于县城东部,面积很大\n'
    expect(credits(open)).toEqual([[]])
  })
})

describe('a byline printed above its dateline', () => {
  const page = [
    '晚清文物汉阳街挖沟出土',
    '',
    '●图①;工人将文物交给博物院代院长(左)。图②;这些文物属晚清时代。',
    '',
    '■陈兆良报导',
    '',
    '(本报古晋6日讯)挖沟挖到宝!超过百年历史的碗碟盘杯,随着挖沟工程而出土!',
    '',
  ].join('\n')

  it('credits the reporter named with the verb (`X报导`) and keeps one article under the headline', () => {
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles.map((a) => [a.headline.title?.text, a.dateline?.text, a.dateline?.place])).toEqual([
      ['晚清文物汉阳街挖沟出土', '本报古晋6日讯', '古晋'],
    ])
    expect(credits(page)).toEqual([[['陈兆良', 'reporter']]])
  })

  it('reads the numbered pictures’ text above it as their caption (`●图①;…`)', () => {
    expect(parseDispatch(page).articles[0]!.paragraphs.map((p) => p.role)).toEqual(['caption', 'body'])
  })
})

describe('credits of agencies, in brackets and before a source note', () => {
  const article = (page: string) => {
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    return result.articles[0]!
  }

  it('reads `新华社发 X 摄` (a picture the agency issues): the agency the outlet, X the photographer', () => {
    for (const agency of ['新华社', '中新社']) {
      const a = article(`# 两岸会谈\n\n本报讯 双方举行会谈。\n\n会谈现场。${agency}发 刘震 摄\n`)
      expect([a.byline!, ...a.credits].map((c) => [c.outlet, c.contributors.map((x) => [x.name, x.role])])).toEqual([
        [agency, [['刘震', 'photographer']]],
      ])
    }
  })

  it('reads a credit line wholly in brackets: `【责任编辑:马春林】`', () => {
    const a = article('# 两岸会谈\n\n本报讯 双方举行会谈。\n\n【责任编辑:马春林】\n')
    expect(a.paragraphs.map((p) => p.text)).toEqual(['双方举行会谈。'])
    expect([a.byline!, ...a.credits].map((c) => [c.text, c.contributors.map((x) => [x.name, x.role])])).toEqual([
      ['【责任编辑:马春林】', [['马春林', 'editor']]],
    ])
  })

  it('reads a byline glued before a source note, the note furniture: `(记者 袁健斌)(来源:i东莞)`', () => {
    const page = '# 两岸会谈\n\n本报讯 双方举行会谈。(记者 袁健斌)(来源:i东莞)\n'
    const result = parseDispatch(page)
    expect(result.articles[0]!.byline?.contributors.map((x) => [x.name, x.role])).toEqual([['袁健斌', 'reporter']])
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['双方举行会谈。'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['(来源:i东莞)'])
    expect(brokenPromises(page, result)).toEqual([])
  })
})
