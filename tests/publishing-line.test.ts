import { describe, expect, it } from 'vitest'
import { readPublishingLine } from '../src/extract/publishing-line.js'
import { parseDispatch } from '../src/index.js'
import { defaultLexicon } from '../src/lexicon.js'
import { brokenPromises } from '../src/testing/index.js'
import { contributorsOf } from './helpers/contributors.js'

const lexicon = defaultLexicon()
const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
const names = (line: string) =>
  readPublishingLine(line, lexicon)?.credits.flatMap((credit) =>
    credit.reading.contributors.map((c) => `${line.slice(c.start, c.end)}/${c.role}`),
  )

describe('a web copy’s publishing line', () => {
  it('reads the people its credit fields name, with the role the field or the value gives', () => {
    expect(names('2017-03-08 09:00:03  来源:  婺城新闻网  作者: 记者 胡敏霞')).toEqual(['胡敏霞/reporter'])
    expect(names('发布时间:2020-05-01 作者:张三 责任编辑:李四')).toEqual(['张三/author', '李四/editor'])
  })

  it('names no one where a credit field holds a site, a desk or nothing', () => {
    expect(names('时间:2016-06-12 09:52来源:未知 作者:睢宁新闻网 点击:')).toEqual([])
    expect(names('2014-08-28 00:00:00 作者:综合 来源:今日高邮')).toEqual([])
    expect(names('刊发日期:2011-12-08 阅读次数: 作者:  语音阅读:')).toEqual([])
  })

  it('is no publishing line when a sentence or a chain of credits alone holds the colons', () => {
    expect(readPublishingLine('资料来源:国家统计局', lexicon)).toBeNull()
    expect(readPublishingLine('记者:龙德文 编辑:王春媚', lexicon)).toBeNull()
    expect(readPublishingLine('会议指出:要抓好落实。', lexicon)).toBeNull()
  })

  it('makes the line above it the headline, its credits the byline, and the rest furniture', () => {
    const page = [
      '网站首页新闻中心今日婺城婺城网视图库中心新闻专题婺城政务金华新闻连线浙江国内新闻国际新闻',
      '您当前的位置 :     婺城新闻网 > 新闻中心 > 今日婺城 > 要闻',
      '',
      '金华小城镇美丽进行时 新闻行动首次走进婺城',
      '',
      '2017-03-08 09:00:03  来源:  婺城新闻网  作者: 记者 胡敏霞',
      '',
      '  昨天下午,宣传组首次走进婺城,就雅畈小城镇环境综合整治工作开展宣传报道活动。',
      '',
      '  媒体记者一行先后走访了雅畈老街、东阳街。',
      '',
    ].join('\n')
    const result = parseDispatch(page, NO_FACTS)
    expect(result.articles).toHaveLength(1)
    const [article] = result.articles
    expect(article!.headline.title?.text).toBe('金华小城镇美丽进行时 新闻行动首次走进婺城')
    expect(article!.headline.kicker).toBeNull()
    expect(article!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['胡敏霞', 'reporter']])
    expect(article!.paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['昨天下午', '媒体记者'])
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '网站首页新闻中心今日婺城婺城网视图库中心新闻专题婺城政务金华新闻连线浙江国内新闻国际新闻',
      '您当前的位置 :     婺城新闻网 > 新闻中心 > 今日婺城 > 要闻',
      '2017-03-08 09:00:03  来源:  婺城新闻网',
    ])
  })

  it('reads the headline above a furniture line that holds a date and a widget’s word, and goes on after it', () => {
    const page = [
      '更加响亮地发出中国声音',
      '',
      '人民日报海外版 2022年01月01日 报道 浏览次数:',
      '',
      '孙宝启 中国农业大学教授',
      '',
      '我是人民日报海外版的老读者了,我与这份报纸的情缘,可以追溯到上世纪80年代。',
      '',
    ].join('\n')
    const result = parseDispatch(page, NO_FACTS)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.headline.title?.text).toBe('更加响亮地发出中国声音')
    expect(result.articles[0]!.column).toBeNull()
    expect(result.leftovers.map((l) => l.text)).toEqual(['人民日报海外版 2022年01月01日 报道 浏览次数:'])
  })

  it('reads the credit that opens a publishing line, and a dashed subtitle under it, as the head’s', () => {
    expect(names('记者  汪晓东  曲昌荣        来源:人民网')).toEqual(['汪晓东/reporter', '曲昌荣/reporter'])
    const page = [
      '县委书记的一天',
      '',
      '发表日期:2011-02-12 点击',
      '',
      '——走近县委书记(上)',
      '',
      '记者  汪晓东  曲昌荣        来源:人民网',
      '',
      '  县委书记到底是怎样的一群?他们每天在想些什么,忙些什么?',
      '',
    ].join('\n')
    const result = parseDispatch(page, NO_FACTS)
    expect(result.articles).toHaveLength(1)
    const [article] = result.articles
    expect([article!.headline.kicker?.text, article!.headline.title?.text, article!.headline.subtitle?.text]).toEqual([
      undefined,
      '县委书记的一天',
      '——走近县委书记(上)',
    ])
    expect(article!.byline?.contributors.map((c) => c.name)).toEqual(['汪晓东', '曲昌荣'])
    expect(article!.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['县委书记到底'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['发表日期:2011-02-12 点击', '来源:人民网'])
  })
})

describe('a publishing line of labelled fields under the headline', () => {
  const line = '来源:新民晚报     记者:罗水元     作者:罗水元     编辑:裘颖琼     2024-12-07 13:29 | |'

  it('gives each person once, the first role, the stamp and bars closing a value no part of it', () => {
    expect(names(line)).toEqual(['罗水元/reporter', '裘颖琼/editor'])
    // a CMS that prints the editor's name twice in one field
    expect(names('2017-10-17 20:10:40  来源:新华社  责任编辑:周冬 周冬')).toEqual(['周冬/editor'])
  })

  it('is read under the headline though its shape is furniture’s: the credits the article’s, the rest furniture', () => {
    const page = `读者日今天在中山公园举行\n\n${line}\n\n老读者来了,新读者也来了。\n`
    const result = parseDispatch(page, NO_FACTS)
    const [article] = result.articles
    expect(article!.headline.title?.text).toBe('读者日今天在中山公园举行')
    expect([article!.byline, ...article!.credits].flatMap((b) => b?.contributors.map((c) => c.name) ?? [])).toEqual([
      '罗水元',
      '裘颖琼',
    ])
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['老读者来了,新读者也来了。'])
    expect(brokenPromises(page, result)).toEqual([])
  })

  it('reads a photo credit that holds for the pictures below too: `摄(下同)`', () => {
    const page = '# 读者日\n\n图说:读者排队订报。新民晚报记者 徐程 摄(下同)\n\n老读者来了,新读者也来了。\n'
    const article = parseDispatch(page, NO_FACTS).articles[0]!
    expect(contributorsOf(article)).toEqual([['徐程', 'photographer']])
  })
})
