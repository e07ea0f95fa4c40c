import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { contributorsOf } from './helpers/contributors.js'

const read = (page: string) =>
  parseDispatch(page).articles.map((a) => ({
    paragraphs: a.paragraphs.map((p) => [p.role, p.text]),
    credits: contributorsOf(a),
  }))

describe('photo news: captions that close with their photographer', () => {
  it('reads each caption of a block as an article, its credit as the photographer', () => {
    const page = [
      '春耕时节,县农业局组织技术人员来到田间指导生产。张国庆 摄',
      '昨日,城关镇干部群众在河堤上植树三千余株。 李红 摄',
      '',
    ].join('\n')
    expect(read(page)).toEqual([
      {
        paragraphs: [['body', '春耕时节,县农业局组织技术人员来到田间指导生产。']],
        credits: [['张国庆', 'photographer']],
      },
      { paragraphs: [['body', '昨日,城关镇干部群众在河堤上植树三千余株。']], credits: [['李红', 'photographer']] },
    ])
  })

  it('keeps captions that restate the stories of the page in their article: photos of those stories, no photo news', () => {
    const page = [
      '# 锦州油田开发项目陆地完工',
      '',
      '本报讯 10月13日,锦州油田开发项目中心平台完工装船,在青岛实现陆地建造完工。',
      '',
      '# 人工智能模型发布',
      '',
      '本报讯 10月14日,人工智能模型发布会在集团总部召开。',
      '',
      '锦州油田开发项目中心平台完工装船。特约记者 杜鹏辉 摄',
      '人工智能模型发布会在集团总部召开。本报记者 刘梦涛 摄',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual(['锦州油田开发项目陆地完工', '人工智能模型发布'])
  })

  it('keeps one caption alone in its article: a single photo is no block', () => {
    const page = '# 植树节\n\n昨日,城关镇干部群众在河堤上植树三千余株。\n\n植树现场一片繁忙。 李红 摄\n'
    const articles = read(page)
    expect(articles).toHaveLength(1)
    expect(articles[0]!.credits).toEqual([['李红', 'photographer']])
  })

  it('reads `???` before a line as an indent a converter lost, and a line of `?` alone as furniture', () => {
    const page = '??? 春耕时节,技术人员来到田间指导生产。张国庆 摄\n??? 昨日,干部群众在河堤上植树。 李红 摄\n?\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.paragraphs[0]!.text)).toEqual([
      '春耕时节,技术人员来到田间指导生产。',
      '昨日,干部群众在河堤上植树。',
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(['?'])
    expect(brokenPromises(page, result)).toEqual([])
  })

  it('reads a caption labelled 图说: as a caption, not a paragraph of the text', () => {
    const page = [
      '# 新民晚报读者日今天举行',
      '',
      '图说:老读者拿出了珍藏多年的剪报本',
      '',
      '老读者来了,新读者也来了。今天上午,活动在中山公园举行。',
      '',
      '图说:来自华阳社区的老年合唱团在现场表演',
      '',
      '读者们说,晚报上面既有国家大事,也有平民百姓。',
      '',
    ].join('\n')
    expect(read(page)[0]!.paragraphs.map(([role]) => role)).toEqual(['caption', 'body', 'caption', 'body'])
  })

  it('reads the line after 图说: alone as its caption', () => {
    const page = '# 书展见面会\n\n本报讯 采编们昨天与读者见面。\n图说:\n编辑被读者围住签名。\n'
    expect(read(page)[0]!.paragraphs.map(([role]) => role)).toEqual(['body', 'caption', 'caption'])
  })

  it('reads the line after a caption label alone as the caption, its credit the photographer, a cell mark after it aside', () => {
    const page = '# 书展见面会\n\n本报讯 采编们昨天与读者见面。\n图:\n编辑被读者围住签名。 本报记者 刘可 摄 |\n'
    const [article] = parseDispatch(page).articles
    expect(article!.paragraphs.map((p) => p.role)).toEqual(['body', 'caption', 'caption'])
    const credits = [article!.byline, ...article!.credits].flatMap((c) => c?.contributors ?? [])
    expect(credits.map((x) => [x.name, x.role])).toEqual([['刘可', 'photographer']])
  })
})

describe('a wire page: a caption under the headline, dated after its credit, then the dispatch', () => {
  const page = [
    '台灣隊奪冠 賴清德總統致賀',
    '',
    '請同意我們的隱私權規範,才能啟用聽新聞的功能。',
    '台灣隊長陳傑憲在頒獎台上高舉獎盃,與隊友一同吶喊慶祝。中央社記者鄭清元攝 113年11月24日',
    '請同意我們的隱私權規範,才能啟用聽新聞的功能。',
    '',
    '(中央社台北25日電)總統賴清德今天致電祝賀台灣隊奪得冠軍。',
    '',
  ].join('\n')

  it('reads one article: the caption and its photographer, then the dispatch with its dateline', () => {
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    const article = result.articles[0]!
    expect(article.dateline?.text).toBe('中央社台北25日電')
    expect(article.paragraphs.map((p) => p.role)).toEqual(['caption', 'body'])
    expect(article.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['鄭清元', 'photographer']])
  })

  it('reads the consent notice of the audio widget as furniture', () => {
    expect(parseDispatch(page).leftovers.map((l) => l.text)).toEqual([
      '請同意我們的隱私權規範,才能啟用聽新聞的功能。',
      '請同意我們的隱私權規範,才能啟用聽新聞的功能。',
    ])
  })
})

describe('a web copy: publication time before the credit, a caption closed by its photo credit in brackets', () => {
  const page = [
    '# 北市推廣低底盤公車',
    '',
    '2010/11/19 06:00 記者劉榮／台北報導',
    '低底盤公車停靠站牌,方便乘客上下車。（記者劉榮攝）',
    '',
    '北市逐年推廣低底盤公車,獲中央補助一億九千二百萬元,年底前購置四十七輛。',
    '',
    '交通局表示,明年將再增購新車。（資料照）',
    '',
  ].join('\n')

  it('keeps the time as furniture, the credit as dateline and byline, the caption out of the body', () => {
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.leftovers.map((l) => l.text)).toEqual(['2010/11/19 06:00'])
    const [article] = result.articles
    expect(article!.dateline?.text).toBe('台北報導')
    expect(read(page)[0]).toEqual({
      paragraphs: [
        ['caption', '低底盤公車停靠站牌,方便乘客上下車。'], // the credit is the photographer's byline
        ['body', '北市逐年推廣低底盤公車,獲中央補助一億九千二百萬元,年底前購置四十七輛。'],
        ['caption', '交通局表示,明年將再增購新車。（資料照）'],
      ],
      credits: [
        ['劉榮', 'reporter'],
        ['劉榮', 'photographer'],
      ],
    })
  })
})

describe('a photo caption printed before the dateline of its dispatch', () => {
  it('is the dispatch’s caption when it restates its lead: one article, the photographer with it', () => {
    const page = [
      '浚县农商银行员工代表在烈士公墓前默哀。 王硕 摄',
      '',
      '本报讯 （记者 汪丽娜 通讯员 王硕）4月4日上午，浚县农商银行组织员工代表到浚县烈士陵园开展清明节祭扫活动。',
      '',
      '在庄严肃穆的烈士公墓前，该行员工全体肃立默哀。',
      '',
    ].join('\n')
    expect(brokenPromises(page, parseDispatch(page))).toEqual([])
    expect(read(page)).toEqual([
      {
        paragraphs: [
          ['caption', '浚县农商银行员工代表在烈士公墓前默哀。'],
          ['body', '4月4日上午，浚县农商银行组织员工代表到浚县烈士陵园开展清明节祭扫活动。'],
          ['body', '在庄严肃穆的烈士公墓前，该行员工全体肃立默哀。'],
        ],
        credits: [
          ['汪丽娜', 'reporter'],
          ['王硕', 'correspondent'],
          ['王硕', 'photographer'],
        ],
      },
    ])
  })

  it('is a caption under the headline when a single sentence stands above a dateline that names its outlet', () => {
    const page = [
      '# 秀水河畔的新村官',
      '',
      '县领导考察宝塔村。',
      '',
      '湖北日报消息 秀水河边,宝塔村走来一位年轻人。',
      '',
      '他是村里的新支书。',
      '',
    ].join('\n')
    expect(read(page)).toEqual([
      {
        paragraphs: [
          ['caption', '县领导考察宝塔村。'],
          ['body', '秀水河边,宝塔村走来一位年轻人。'],
          ['body', '他是村里的新支书。'],
        ],
        credits: [],
      },
    ])
    expect(parseDispatch(page).articles[0]!.dateline?.outlet).toBe('湖北日报')
  })

  it('leaves text of several sentences above a dateline as text', () => {
    const page = [
      '# 秀水河畔的新村官',
      '',
      '县领导考察宝塔村。村民前来迎接。',
      '',
      '湖北日报消息 秀水河边,宝塔村走来一位年轻人。',
      '',
    ].join('\n')
    expect(read(page)[0]!.paragraphs.map(([role]) => role)).toEqual(['body', 'body'])
  })

  it('opens the dispatch after the article before it ended: a listing’s captions, then its teaser', () => {
    const page = [
      '【明報專訊】消委會昨日公布兒童汽車座椅測試結果,大部分座椅在撞擊測試中獲得較高評分,部分產品則未能通過…',
      '港聞 2014年09月16日',
      '示威者昨早在中環慢駛,車隊一度佔據皇后大道中3條行車線,造成阻塞。(盧翊銘攝)',
      '【明報專訊】人民力量昨早11時發起第二次「流動佔中」,車隊從遮打道出發,歷時個半鐘,沿德輔道中行駛…',
      '副刊 2014年09月16日',
      '',
    ].join('\n')
    expect(brokenPromises(page, parseDispatch(page))).toEqual([])
    expect(read(page)).toEqual([
      {
        paragraphs: [
          ['body', '消委會昨日公布兒童汽車座椅測試結果,大部分座椅在撞擊測試中獲得較高評分,部分產品則未能通過…'],
        ],
        credits: [],
      },
      {
        paragraphs: [
          ['caption', '示威者昨早在中環慢駛,車隊一度佔據皇后大道中3條行車線,造成阻塞。'],
          ['body', '人民力量昨早11時發起第二次「流動佔中」,車隊從遮打道出發,歷時個半鐘,沿德輔道中行駛…'],
        ],
        credits: [['盧翊銘', 'photographer']],
      },
    ])
  })

  it('is photo news of its own when it tells of something else', () => {
    const page = [
      '市民在人民公园观赏盛开的樱花。 张三 摄',
      '',
      '本报讯（记者 李四）4月4日，全县召开安全生产工作会议，部署节日期间安全工作。',
      '',
    ].join('\n')
    expect(parseDispatch(page).articles).toHaveLength(2)
  })
})

describe('captions in a dispatch, told by their photo credits', () => {
  const roles = (page: string) =>
    parseDispatch(page, { extract: { dates: false, figures: false, people: false, quotes: false } }).articles.map((a) =>
      a.paragraphs.map((p) => p.role),
    )

  it('reads paragraphs closed by a photo credit above the text as captions', () => {
    const page = [
      '# 两社负责人会面',
      '',
      '6月25日,甲社总编辑会见了乙报总编辑一行。新华社发 刘震 摄',
      '',
      '乙报总编辑一行参访甲社。新华社发 刘震 摄',
      '',
      '乙报新任总编辑一行到访,双方就合作交换了意见。(记者 郑巧)',
      '',
    ].join('\n')
    expect(roles(page)).toEqual([['caption', 'caption', 'body']])
  })

  it('counts a photo credit on the line after a caption as closing it', () => {
    const page = [
      '# 春耕忙',
      '',
      '农民在田间插秧,一派繁忙景象。新华社发 刘震 摄',
      '',
      '农机在田里作业,效率大大提高。',
      '',
      '新华社发 王五 摄',
      '',
      '今年全县春耕进度快于往年。',
      '',
    ].join('\n')
    expect(roles(page)).toEqual([['caption', 'caption', 'body']])
  })

  it('keeps them text where every paragraph has one: photo news, each an item of its own', () => {
    const page = '# 春耕忙\n\n农民在田间插秧。新华社发 刘震 摄\n\n农机在田里作业。新华社发 王五 摄\n'
    expect(roles(page)).toEqual([['body'], ['body']])
  })

  it('reads the agencies’ caption formula with its credit as a caption, wherever it stands', () => {
    const page =
      '# 乡村新貌\n\n村里修通了公路。\n\n这是7月12日拍摄的横港村(无人机照片)。新华社记者 徐昱 摄\n\n村民们开起了民宿。\n'
    expect(roles(page)).toEqual([['body', 'caption', 'body']])
  })
})

describe('a caption with no credit above a dated dateline in brackets', () => {
  const page = [
    '豬仔屋被拆 客工學生露宿組屋底層',
    '',
    '被迫搬遷的住戶將堆積如山的行李放置在組屋底層。',
    '',
    '(新加坡22日訊)黃埔組屋區豬仔屋突然被拆,逾20名客工和學生被迫連夜搬家。',
    '',
    '鄰居鄭女士受訪時說,她前日傍晚返家時就看到這群住戶聚集在樓下。',
    '',
  ].join('\n')

  it('reads the dateline, and the sentence above it as the caption: the text opens at the dateline', () => {
    const article = parseDispatch(page).articles[0]!
    expect(article.dateline).toMatchObject({ text: '新加坡22日訊', place: '新加坡' })
    expect(article.paragraphs.map((p) => p.role)).toEqual(['caption', 'body', 'body'])
    expect(article.paragraphs[1]!.text).toMatch(/^黃埔組屋區/)
  })

  it('keeps a place alone in brackets, undated, inside the text', () => {
    const undated = page.replace('(新加坡22日訊)', '(新加坡訊)')
    expect(parseDispatch(undated).articles[0]!.dateline).toBeNull()
  })
})

describe('a caption that places people in the picture', () => {
  it('is a caption, not the first paragraph nor a subhead: (左), (右8), (前排左三)', () => {
    const page = [
      '# 果园里的新农人',
      '',
      '李晓红(左)与村民在果园里劳作',
      '',
      '近日,记者来到果业合作社的果园,见到理事长李晓红正带领村民给果树疏果。',
      '',
      '县长赵明(右8)与合作社社员李晓红(前排左三)在丰收节上合影。',
      '',
      '合作社今年带动周边农户增收三百余万元。',
      '',
    ].join('\n')
    const [article] = read(page)
    expect(article!.paragraphs).toEqual([
      ['caption', '李晓红(左)与村民在果园里劳作'],
      ['body', '近日,记者来到果业合作社的果园,见到理事长李晓红正带领村民给果树疏果。'],
      ['caption', '县长赵明(右8)与合作社社员李晓红(前排左三)在丰收节上合影。'],
      ['body', '合作社今年带动周边农户增收三百余万元。'],
    ])
  })

  it('leaves a long paragraph that mentions a bracketed side as text', () => {
    const long = `会议指出,${'要坚持问题导向,推动各项工作落地见效,'.repeat(8)}两条道路(左)将先行拓宽。`
    const [article] = read(`# 标题\n\n${long}\n`)
    expect(article!.paragraphs).toEqual([['body', long]])
  })
})
