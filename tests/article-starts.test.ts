import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'

const starts = (page: string) => parseDispatch(page).articles.map((a) => a.paragraphs[0]?.text.slice(0, 6))

describe('articles that start where no heading does', () => {
  it('starts an article at each full dateline of a listing, furniture between them', () => {
    const page =
      '【本報消息】警方今日起加強巡查,為期一個月,重點打擊盜竊及詐騙等罪行,市民如有發現可疑情況應即報警求助。\n2022-01-19 22:11\n【本報消息】輕軌新線工程進展順利,當局表示明年年底前可望通車,屆時市民往來兩地的交通時間可縮短一半。\n2022-01-18 23:17\n'
    const result = parseDispatch(page)
    expect(starts(page)).toEqual(['警方今日起加', '輕軌新線工程'])
    expect(result.articles.map((a) => a.dateline?.text)).toEqual(['本報消息', '本報消息'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['2022-01-19 22:11', '2022-01-18 23:17'])
  })

  it('starts an article at each dispatch of the paper where no headline stands', () => {
    const page =
      '10月28日清晨,乡村医生早早来到卫生室。\n本报讯(记者 张雪峰)当前,全镇水稻收割进入尾声。\n本报讯(通讯员 刘甲军)10月24日,村民蒋某报警求助。\n事情要从10月17日说起。\n'
    expect(starts(page)).toEqual(['10月28日', '当前,全镇水', '10月24日'])
  })

  it('keeps a relayed dispatch of another agency in the article', () => {
    const page =
      '【本刊讯】东京广播电视台今天广播了记者的访谈。\n答:这要看共同声明的内容。这一点,难以预测。\n【路透社台北九月二十七日电】今天,使馆官员说,情况紧张。\n'
    expect(parseDispatch(page).articles).toHaveLength(1)
  })

  it('keeps several dispatches under one headline in one article', () => {
    const page =
      '# 各地战云密布\n\n【新华社延安十三日电】前线消息说,敌军进犯。\n【新华社延安十三日电】又讯,我军击退来犯之敌。\n'
    expect(parseDispatch(page).articles).toHaveLength(1)
  })

  it('cuts a run-on line at each full lead after a sentence: the next dispatch is an article', () => {
    const page =
      '# 春运天气\n\n本报讯(记者 张明凯)1月30日,我国将遭遇入冬以来最复杂的春运天气,多地将有雨雪。本报讯(记者 王立新)1 月 30 日,市减灾委员会办公室发布预警,提醒市民注意出行安全。\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(starts(page)).toEqual(['1月30日,', '1 月 30'])
    expect(result.articles.map((a) => a.byline?.contributors.map((c) => c.name))).toEqual([['张明凯'], ['王立新']])
    expect(result.articles.map((a) => a.headline.title?.text ?? null)).toEqual(['春运天气', null])
  })

  it('keeps a run-on line whole where no byline follows the dateline: a dispatch cited in the text', () => {
    const page =
      '# 春运天气\n\n本报讯(记者 张明凯)1月30日,多地将有雨雪,交通部门已作准备。新华社北京1月30日电称,各地将加强疏导,确保旅客平安出行。\n'
    expect(parseDispatch(page).articles).toHaveLength(1)
  })

  it('leaves the next dispatch of an excerpt, cut off inside its dateline, out of the article', () => {
    const page =
      '【美联社东京十月二十四日电】亚洲已随着条约的签定而进入一个新时代。\n\n许多亚洲人欢迎这项条约。\n\n\n【时事社东京十月二十四日\n'
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.paragraphs).toHaveLength(2)
    expect(result.leftovers.map((l) => l.text)).toEqual(['【时事社东京十月二十四日'])
  })

  it('keeps a closing line in brackets that names no outlet as text', () => {
    const page = '【美联社东京十月二十四日电】亚洲已随着条约的签定而进入一个新时代。\n\n【完\n'
    expect(parseDispatch(page).leftovers).toEqual([])
  })

  it('cuts a run-on line at a full lead glued to a headline before it', () => {
    const page =
      '今日16版 总第3640期 星期三2024年1月31日 农历癸卯年十二月廿一 本版编辑/陈广江 文检/张一帅最复杂春运天气来袭本报讯(记者 张明凯)1月30日,多地将有雨雪冰冻天气,交通部门提醒市民注意出行安全。\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    const lead = result.articles.find((a) => a.dateline !== null)
    expect(lead?.dateline?.text).toBe('本报讯')
    expect(lead?.paragraphs[0]?.text).toBe('1月30日,多地将有雨雪冰冻天气,交通部门提醒市民注意出行安全。')
  })

  it('reads a dispatch cited with 据 as the lead of its article, 据 and all', () => {
    const page =
      '# 扎根乡村 积劳成疾\n\n　　据新华社电  （记者李继伟、齐雷杰）“开不完的荒，割不完的草，光棍汉子满街跑……”这是王胜当选河北省内丘县柳林镇西石河村村支书时村里的写照，他带着乡亲们挖井打坝、扛石砌渠，改造了三百多亩地。\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles).toHaveLength(1)
    const [article] = result.articles
    expect([article!.dateline?.text, article!.dateline?.outlet]).toEqual(['据新华社电', '新华社'])
    expect(article!.byline?.contributors.map((c) => c.name)).toEqual(['李继伟', '齐雷杰'])
    expect(article!.paragraphs[0]!.text.slice(0, 6)).toBe('“开不完的荒')
  })

  it('cuts a run-on line before the 据 of a dispatch cited after a sentence', () => {
    const page =
      '# 春运天气\n\n本报讯(记者 张明凯)1月30日,我国将遭遇入冬以来最复杂的春运天气,多地将有雨雪。据新华社电(记者 王立新)1 月 30 日,国家减灾委员会办公室发布预警,提醒公众注意出行安全。\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles.map((a) => a.dateline?.text)).toEqual(['本报讯', '据新华社电'])
  })

  it('keeps a dispatch cited inside a clause in its sentence', () => {
    const page =
      '# 标题\n\n会上,交通运输部门负责人回顾了今年春运的准备工作和各地的经验,他引用新华社北京1日电(记者 李强)的报道说,各地要加强疏导,确保旅客平安出行,并做好雨雪冰冻天气的应对和物资保障。\n'
    expect(parseDispatch(page).articles).toHaveLength(1)
    expect(parseDispatch(page).articles[0]!.dateline).toBeNull()
  })
})
