import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { contributorsOf } from './helpers/contributors.js'

describe('datelines of the foreign agencies a paper translates', () => {
  it.each([
    ['【美联社东京十月二十四日电】越南战争结束以后,局势仍然紧张。\n', '美联社', '东京'],
    ['【路透社台北九月二十七日电】记者今天从官员处获悉此事。\n', '路透社', '台北'],
    ['法新社巴黎5日电 法国总统今天发表讲话。\n', '法新社', '巴黎'],
    // a relayed dispatch: the dateline names the relaying outlet, the place is the relayed one's
    ['新华社据塔斯社莫斯科1日讯 苏联最高苏维埃主席团发表新年祝词。\n', '新华社', '莫斯科'],
  ])('%s names the agency as outlet and the place after it', (page, outlet, place) => {
    expect(parseDispatch(page).articles[0]!.dateline).toMatchObject({ outlet, place })
  })
})

describe('the source line of a web copy', () => {
  it('reads `文章来源:` as furniture', () => {
    const result = parseDispatch('# 各地抗旱\n\n农民在田间浇水。\n\n文章来源:http://www.example.cn/2014/0511/1.shtml\n')
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['农民在田间浇水。'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['文章来源:http://www.example.cn/2014/0511/1.shtml'])
  })
})

describe('the close of a CNA dispatch', () => {
  const page = (close: string) =>
    `（中央社記者戴雅真台北29日電）台北市政府今天公布星級商圈分級認證，共有14個商圈獲選。\n\n商業處指出，另有8個商圈獲得1星級評選。${close}\n`

  it('reads its story code, the date in the ROC calendar, as furniture, and the editor glued before it', () => {
    const result = parseDispatch(page('（編輯：管中維）1140424'))
    expect(brokenPromises(page('（編輯：管中維）1140424'), result)).toEqual([])
    const [article] = result.articles
    expect(article!.paragraphs.map((p) => p.text)).toEqual([
      '台北市政府今天公布星級商圈分級認證，共有14個商圈獲選。',
      '商業處指出，另有8個商圈獲得1星級評選。',
    ])
    expect(article!.credits.flatMap((c) => c.contributors.map((x) => [x.name, x.role]))).toEqual([['管中維', 'editor']])
    expect(result.leftovers.map((l) => l.text)).toEqual(['1140424'])
    expect(parseDispatch(page('1021029')).articles[0]!.paragraphs[1]!.text).toBe(
      '商業處指出，另有8個商圈獲得1星級評選。',
    )
  })

  it('keeps digits that are no story code in the paragraph', () => {
    for (const close of ['共計1231399', '1231399']) {
      const text = parseDispatch(page(close)).articles[0]!.paragraphs[1]!.text
      expect(text.endsWith(close)).toBe(true)
    }
  })
})

describe('a headline restated after a wire dispatch’s dateline', () => {
  const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
  const body = '新华社北京5月1日电 题:春耕时节访农家\n\n五月的田野一片繁忙,农民们正在抢种。\n'

  it('is the title of a dispatch printed with none', () => {
    const [article, ...rest] = parseDispatch(body, NO_FACTS).articles
    expect(rest).toEqual([])
    expect(article!.headline.title?.text).toBe('春耕时节访农家')
    expect(article!.dateline?.text).toBe('新华社北京5月1日电')
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['五月的田野一片繁忙,农民们正在抢种。'])
  })

  it('is furniture under a printed headline, and nothing of the page is lost', () => {
    const page = `# 田野里的春天\n\n${body}`
    const result = parseDispatch(page, NO_FACTS)
    expect(result.articles[0]!.headline.title?.text).toBe('田野里的春天')
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['五月的田野一片繁忙,农民们正在抢种。'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['题:春耕时节访农家'])
    expect(brokenPromises(page, result)).toEqual([])
  })
})

describe('a restated headline closed by a byline in brackets', () => {
  it('gives the byline, and the headline alone is furniture', () => {
    const page = '# 田野里的春天\n\n【路透社北京5月1日电】题:春耕时节访农家(记者 张三)\n\n五月的田野一片繁忙。\n'
    const result = parseDispatch(page, { extract: { dates: false, figures: false, people: false, quotes: false } })
    expect(result.articles[0]!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['张三', 'reporter']])
    expect(result.leftovers.map((l) => l.text)).toEqual(['题:春耕时节访农家'])
    expect(brokenPromises(page, result)).toEqual([])
  })
})

describe('several dispatches under one headline', () => {
  const page = [
    '# 联大要求国际法庭提出意见',
    '',
    '  据新华社联合国12月8日电(记者郭立军)第五十八届联合国大会8日通过一项决议。',
    '',
    '  据新华社耶路撒冷12月9日电(记者聂晓阳、刘洪)以色列外交部9日发表声明。',
    '',
  ].join('\n')

  it('credits the reporters of each, the first dispatch’s dateline the article’s', () => {
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    const [article] = result.articles
    expect(result.articles).toHaveLength(1)
    expect(article!.dateline?.text).toBe('据新华社联合国12月8日电')
    expect(contributorsOf(article!)).toEqual([
      ['郭立军', 'reporter'],
      ['聂晓阳', 'reporter'],
      ['刘洪', 'reporter'],
    ])
    // the later dispatch keeps its words in its paragraph
    expect(article!.paragraphs[1]!.text).toBe('据新华社耶路撒冷12月9日电(记者聂晓阳、刘洪)以色列外交部9日发表声明。')
  })
})

describe('a dispatch opening a line of a page without blank lines', () => {
  // a line with no closing mark carries on into the next, unless the next opens a dispatch
  it.each([
    ['【新华社北京四日电】', '新华社'],
    ['新华社北京3月4日电 ', '新华社'],
  ])('starts a paragraph at %s, whose dateline it is', (dateline, outlet) => {
    const page = `# 各界代表赴车站欢迎\n\n政府各部门首长、各党派团体代表及各国外交使领齐赴车站迎接代表团归来\n${dateline}代表团一行已于今日下午到达首都。\n前往车站欢迎的有政府各部门的首长。\n`
    const [article] = parseDispatch(page).articles
    expect(article!.dateline).toMatchObject({ outlet })
    const texts = article!.paragraphs.map((p) => p.text)
    expect(texts.slice(-2)).toEqual(['代表团一行已于今日下午到达首都。', '前往车站欢迎的有政府各部门的首长。'])
    expect(texts.some((text) => text.includes('电'))).toBe(false)
  })
})

describe('a web copy printing its text on one line, the headline again at its start', () => {
  const page = [
    '把两国关系的大厦建设得更牢',
    '2017-04-09 09:39:37 来源:新华社',
    '',
    [
      '把两国关系的大厦建设得更牢 ——记两国元首会晤',
      '新华社海湖庄园4月8日电(记者霍小光 郝薇薇)4月6日至7日,两国元首在海湖庄园举行会晤,为两国关系发展指明了方向。',
      '海湖庄园,东临碧波无垠的大西洋,西连水鸟飞旋的沃思湖,蓝天澄净,棕榈摇曳。',
      '6日下午5时许,车队驶入海湖庄园,18名礼兵列队致敬,主楼门前两国国旗分列两侧。',
      '新政府就职不到百日,两国元首实现会晤,在两国关系史上写下重要一笔。',
    ].join(' '),
    '',
  ].join('\n')

  it('reads one article: the headline, the dispatch and its paragraphs', () => {
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    const article = result.articles[0]!
    expect(article.headline.title?.text).toBe('把两国关系的大厦建设得更牢')
    expect(article.dateline?.text).toBe('新华社海湖庄园4月8日电')
    // the text's own paragraphs, cut at its spaces after sentences, all in the headline's article
    expect(article.paragraphs[0]!.text).toMatch(/^4月6日至7日,两国元首/)
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(3)
  })

  it('keeps the headline printed again as furniture', () => {
    const leftovers = parseDispatch(page).leftovers.map((l) => l.text.trim())
    expect(leftovers).toContain('把两国关系的大厦建设得更牢 ——记两国元首会晤')
    expect(brokenPromises(page, parseDispatch(page))).toEqual([])
  })
})

describe('dispatches run together on one line, each printing its paragraphs at spaces', () => {
  it('reads an article for each dispatch, not one for each paragraph after the cut', () => {
    const page = [
      '# 春运首日客流平稳',
      '',
      [
        '本报讯(记者 张明凯)1月30日,全市各车站迎来春运首日客流高峰,旅客出行总体平稳有序。',
        '车站增开了售票窗口和进站通道,志愿者在候车大厅为旅客提供引导服务。本报讯(记者 王晓峰)1月30日,全市公交集团调整十二条线路的运营时间,方便市民出行返乡。',
        '调整后的首末班时间在各站台公示,市民可以通过手机查询车辆的实时位置。',
        '公交集团还在火车站和汽车站之间开通了两条接驳专线,每十分钟发出一班。',
      ].join(' '),
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.dateline?.text ?? null)).toEqual(['本报讯', '本报讯'])
    expect(result.articles.map((a) => a.byline?.contributors.map((c) => c.name))).toEqual([['张明凯'], ['王晓峰']])
  })
})

describe('a page flattened to one line, each headline spaced off before its dispatch’s lead', () => {
  const page = [
    [
      '香港文匯報訊 國民黨參選人昨日表示,要理性思考能源政策。',
      '她表示,一定要全面參考能源政策。',
      '逾千兩岸青年共話創業',
      '香港文匯報訊(記者 蘇榕蓉 福州報道)兩岸青年峰會昨日在福州拉開帷幕,逾千青年代表參加。',
      '協會負責人表示,大陸提供了更多發展空間。',
    ].join(' '),
    '',
  ].join('\n')

  it('reads the headline as the title of the dispatch after it, the outlet with the place before it', () => {
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.title?.text ?? null, a.dateline?.outlet ?? null])).toEqual([
      [null, '香港文匯報'],
      ['逾千兩岸青年共話創業', '香港文匯報'],
    ])
    expect(result.articles[1]!.byline?.contributors.map((c) => c.name)).toEqual(['蘇榕蓉'])
    // the headline is no words of the paragraph before it
    expect(result.articles[0]!.paragraphs.at(-1)!.text).toMatch(/她表示,一定要全面參考能源政策。$/)
    expect(brokenPromises(page, result)).toEqual([])
  })
})
