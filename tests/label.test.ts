import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { hasLabel, scoreLabel } from '../src/label/score-labels.js'
import { lineFeatures } from '../src/label/line-features.js'
import { LABELS } from '../src/label/label-weights.js'
import { createParser, definePlugin } from '../src/index.js'
import { featuresOf, holdsOnEvidence } from '../src/steps/label.js'
import { allLines } from '../src/plugins/lines.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const plain = { heading: false, bold: false, dateline: false, credit: false }
const furniture = (line: string) => hasLabel(lineFeatures(line, plain), 'furniture')

describe('line labels', () => {
  it.each([
    '2020年06月11日',
    '2010年03月17日 星期三',
    '第A07版:魅力乡镇·健康滁州',
    'A2:综合*新闻总第3307期 >2018-09-14编印',
    '刊发日期:2018-09-14 阅读次数: 作者:本通',
    '下一版»本期共4版(1-2-4)',
    '日期:[2018年09月13日] -- 华商报 -- 版次:[J2]',
    'Untitled Document',
    'logo',
    '首页English',
    '朗读',
    '【打印】 【投稿】 【推荐】 【关闭】',
    '即时新闻',
    '最新',
    '社会',
    '国际新闻 两岸新闻 财经',
    '【打印】 【投稿】 【推荐】 【上一条】 【下一条】',
    'CHINA OFFSHORE OIL PRESS',
    '当前报纸名称:泰州日报',
    '------分隔线----------------------------',
    '════════',
    '网站地图',
    '今日新闻 社论 评论 专题报导 自由广场 回首页',
    '中华民国91年3月19日星期二', // folded, as the label step reads it
    '光明日报 2012年10月27日 星期六',
    '中国新闻网 要闻 2015-08-10', // a site's name and section over the date
    '(010)84528274',
    '- 2 -',
    '01版:要 闻', // an e-paper's list of its pages
    'Page 1', // a scanned page's label
    'P:01',
    '农历丙申年二月初八日', // a masthead's lunar date (folded, as the label step reads it)
    '听新闻', // an audio widget
    'A03版:综合新闻',
    '( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻',
    '01:一版要闻', // an e-paper's page, number and name
    '本版列表新闻', // the e-paper's list of the page's items
    '阅读全文', // a listing's read-more link
    '首页华文媒体', // a breadcrumb from the home page, its `>` lost
    '阅读数:909',
    '标题导航',
    '3 上一篇  下一篇 4 语音朗读 放大 缩小 默认', // an e-paper's article controls
    '用户名:密码:匿名发表    注册', // a comment form
    '本版导读', // the page's guide
    '互联网新闻信息许可证:61120180013', // a site's licence
    '陕ICP备13005735号-1', // its registration
  ])('reads %s as page furniture', (line) => {
    expect(furniture(line)).toBe(true)
  })

  it.each([
    '我区以项目大突破带动经济社会大发展',
    '杨郢乡别具一格促生产',
    '(2019年12月31日)',
    '返回家乡创业的年轻人',
    '——访全国劳动模范张三',
    '驻法代表主持国庆酒会 强调台湾愿助欧对抗混合威胁',
    '记者 张三 通讯员 李四',
    '——记扎根基层的“泥腿子”干部',
    '12月18日,我区召开全区经济工作会议,部署明年的工作。',
    '◆7月4日,三垛镇暑期校外教育中心辅导站开班',
    '社会新风尚',
    '最新消息传来',
    '5G网络覆盖全县',
    '12版面全部改版',
    '12:30召开会议', // a time, not a page's number
    '首页改版后的网站更好用了吗?',
    '语音识别技术取得突破',
    '默认设置',
  ])('reads %s as no furniture', (line) => {
    expect(furniture(line)).toBe(false)
  })

  it('scores a sentence out of the headlines, whatever its length', () => {
    expect(scoreLabel(lineFeatures('天气晴。', plain), 'headline')).toBeLessThan(0)
    expect(scoreLabel(lineFeatures('天气晴', plain), 'headline')).toBeGreaterThan(0)
    expect(hasLabel(lineFeatures('本报讯', { ...plain, dateline: true }), 'headline')).toBe(false)
  })

  it('keeps furniture out of the headline and in the leftovers', () => {
    const page = '2020年06月11日\n第A07版:魅力乡镇·健康滁州\n\n杨郢乡别具一格促生产\n\n本报讯 今年以来,江淮少雨。\n'
    const result = parseDispatch(page)
    expect(result.articles[0]!.headline.title?.text).toBe('杨郢乡别具一格促生产')
    expect(result.articles[0]!.headline.kicker).toBeNull()
    expect(result.leftovers.map((l) => l.text)).toEqual(['2020年06月11日', '第A07版:魅力乡镇·健康滁州'])
  })

  it('reads each bulleted brief as an article, under the briefs banner as its column', () => {
    const page = '要闻简报\n◆9月23日,我县召开调度会。\n◆ 9月27日,我县召开护林防火会议。 王庆山 姜长荣\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.column?.text, a.headline.title, a.paragraphs.map((p) => p.text)])).toEqual([
      ['要闻简报', null, ['9月23日,我县召开调度会。']],
      ['要闻简报', null, ['9月27日,我县召开护林防火会议。']],
    ])
    expect(result.articles[1]!.byline?.contributors.map((c) => c.name)).toEqual(['王庆山', '姜长荣'])
    expect(result.leftovers).toEqual([])
  })

  it('reads a title alone over bulleted briefs as their banner, whatever its words, and △ as a bullet', () => {
    const page = '本版导读\n城乡短波\n△我省全面推行联席会议制度。 (季哲)\n△韩纯获全国儿童作文比赛优秀奖。 (高鸣)\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.column?.text, a.headline.title, a.paragraphs.map((p) => p.text)])).toEqual([
      ['城乡短波', null, ['我省全面推行联席会议制度。']],
      ['城乡短波', null, ['韩纯获全国儿童作文比赛优秀奖。']],
    ])
    expect(result.articles.map((a) => a.byline?.contributors.map((c) => c.name))).toEqual([['季哲'], ['高鸣']])
    // the page's guide is furniture
    expect(result.leftovers.map((l) => l.text)).toEqual(['本版导读'])
  })

  it('keeps one bullet, or a bullet before names, inside its article: the names are its credit', () => {
    const page = '# 标题\n\n正文。  \n▲ 丰收节现场。  \n◆ 张三 李四\n'
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['正文。', '▲ 丰收节现场。'])
    expect(result.articles[0]!.byline?.contributors.map((c) => c.name)).toEqual(['张三', '李四'])
  })
})

describe('untitled briefs under a briefs banner', () => {
  it('reads each item as an article with the banner as its column', () => {
    const page = '创城动态\n  西谷村开展了群众文化汇演活动。\n  近日,集义乡组织各村集中清理乱堆乱放。\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.column?.text, a.headline.title, a.paragraphs.length])).toEqual([
      ['创城动态', null, 1],
      ['创城动态', null, 1],
    ])
  })

  it('keeps an article with a dateline under such a banner whole', () => {
    const page = '工作动态\n本报讯 近日,集义乡组织各村集中清理乱堆乱放。\n各村积极行动。\n'
    expect(parseDispatch(page).articles).toHaveLength(1)
  })
})

describe('listings and narrow columns', () => {
  it('reads a teaser cut off with the midline ellipsis ⋯ as closed: the next title opens an article', () => {
    const page =
      '澳门艺术节五月举行\n\n第三十四届澳门艺术节将于5月3日起举行,涵盖戏剧、戏曲、舞蹈等19套精选节目,预算约2,490万澳⋯\n\n议员促当局交代青洲山保护进展\n\n直选议员李静仪在其书面质询问到当局有关北区规划详细情况,关注区内青洲山的发展方向。\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.title?.text, a.paragraphs.length])).toEqual([
      ['澳门艺术节五月举行', 1],
      ['议员促当局交代青洲山保护进展', 1],
    ])
  })

  it('reads each lead after a teaser cut off as an article of its own, whatever its outlet', () => {
    const page = [
      '【本報訊】大埔昨晨發生交通意外,一輛私家車沿新娘潭路行駛時失控越線,與迎面駛來的七人車相撞,三人受傷...',
      '【本報綜合報道】湖南一所學校的操場前晚發生坍塌,所幸未造成人員傷亡,當地已成立應急處置指揮部調查原因...',
      '【明報專訊】中環一座大廈前日下午起火,火勢沿外牆棚架迅速蔓延,消防處已成立專責小組調查火警及蔓延原因...',
      '',
    ].join('\n')
    expect(parseDispatch(page).articles.map((a) => a.dateline?.text)).toEqual(['本報訊', '本報綜合報道', '明報專訊'])
  })

  it('reads a listing of titles and cut-off teasers as one article each, a topic tag as the column', () => {
    const page =
      '【GE2025】红点同心党派两名候选人角逐集选区\n\n红点同心党派出两名马来准候选人,即竞选老手、废料管理公司董事奥斯曼,以及另一名新人出战集选区...\n\n公司董事行贿罚款4万元\n\n隔热产品公司董事同意支付女友人逾2万元,换取为他取得女友人朋友公司的工程合约,今天被判罚款...\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.column?.text ?? null, a.headline.title?.text])).toEqual([
      ['GE2025', '红点同心党派两名候选人角逐集选区'],
      [null, '公司董事行贿罚款4万元'],
    ])
  })

  it('reads a topic tag before a vertical bar as the column, and a post’s widgets as furniture', () => {
    const page =
      '半岛大水灾︱ 水灾未完全好转 北方大学延缓返校上课\ntime\n18小时前\nview\n274点阅\n\n（亚罗士打2日讯）水灾情况未完全好转，原定3日恢复到校上课的北方大学学生，将继续上网课至本月5日。\n'
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    const [article] = result.articles
    expect([article!.column?.text, article!.headline.title?.text]).toEqual([
      '半岛大水灾',
      '水灾未完全好转 北方大学延缓返校上课',
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(['time', '18小时前', 'view', '274点阅'])
    // a bar that sets off a site's name after the title is no topic tag
    expect(
      parseDispatch('县领导赴梁集镇助三夏 | 某某网\n\n本报讯 近日,县领导赴梁集镇调研三夏生产。\n').articles[0]!.column,
    ).toBeNull()
  })

  it('reads a column tag closed by `》` before the title as the column, not a title in book marks', () => {
    const head = (title: string) =>
      parseDispatch(`${title}\n\n中央氣象署發布低溫特報,今天清晨各地氣溫明顯偏低。\n`).articles.map((a) => [
        a.column?.text ?? null,
        a.headline.title?.text,
      ])
    expect(head('早安世界》冷氣團及輻射冷卻影響 新北等4縣市今晨低溫')).toEqual([
      ['早安世界', '冷氣團及輻射冷卻影響 新北等4縣市今晨低溫'],
    ])
    expect(head('《求是》雜誌發表重要文章')).toEqual([[null, '《求是》雜誌發表重要文章']])
  })

  it('leaves an app’s download prompt out of the head', () => {
    const page =
      '中央社一手新聞APP\n下載\n\n冷氣團影響 新北今晨低溫\n\n中央氣象署發布低溫特報,今天清晨各地氣溫明顯偏低。\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.kicker, a.headline.title?.text])).toEqual([
      [null, '冷氣團影響 新北今晨低溫'],
    ])
    expect(result.leftovers.map((l) => l.text)).toContain('下載')
  })

  it('reads the section labels above a listing as furniture, not as its first headline group', () => {
    const page =
      '即时新闻\n\n最新\n\n【GE2025】红点同心党派两名候选人角逐集选区\n\n红点同心党派出两名马来准候选人,即竞选老手、废料管理公司董事奥斯曼,以及另一名新人出战集选区...\n'
    const result = parseDispatch(page)
    expect(result.articles[0]!.headline).toMatchObject({ kicker: null, subtitle: null })
    expect(result.articles[0]!.headline.title?.text).toBe('红点同心党派两名候选人角逐集选区')
    expect(result.leftovers.map((l) => l.text)).toEqual(['即时新闻', '最新'])
  })

  it('reads a genre label before the title as its column, and a web page date before it as nothing', () => {
    const page = '[2004-03-31] 特写:港式记者阵 街坊均好奇\n\n本报记者 叶咏仪\n\n 人大常委会就释法一事征询港人意见。\n'
    const article = parseDispatch(page).articles[0]!
    expect(article.column?.text).toBe('特写')
    expect(article.headline.title?.text).toBe('港式记者阵 街坊均好奇')
  })

  it('joins the lines of a page set in narrow columns', () => {
    const column = '人工智能模型发布会在集团\n总部召开。董事长出席并\n'.repeat(10)
    const page = `本报讯 10月14日,中国海油\n${column}致辞。\n`
    const paragraphs = parseDispatch(page).articles[0]!.paragraphs
    expect(paragraphs.map((p) => p.role)).toEqual(['body'])
    expect(paragraphs[0]!.text.startsWith('10月14日,中国海油人工智能模型发布会在集团总部召开。')).toBe(true)
    expect(paragraphs[0]!.text.endsWith('董事长出席并致辞。')).toBe(true)
  })
})

describe('a site’s menu and a series banner on a stored web page', () => {
  const page = [
    '锐评',
    '要闻',
    '视听',
    '图说',
    '读报',
    '',
    '我与日报的故事㉙丨小区里有个“读报小组”',
    '',
    '小区里有个“读报小组”',
    '',
    '“把群众的事当成天大的事,今天的这篇报道,写到我们心里了。”居民们说。',
    '',
  ].join('\n')

  it('reads a menu printed down the page as furniture, one item a line', () => {
    const result = parseDispatch(page)
    expect(result.leftovers.map((l) => l.text)).toEqual(['锐评', '要闻', '视听', '图说', '读报'])
    expect(result.articles).toHaveLength(1)
  })

  it('reads the series before the article’s own title on a banner as the column', () => {
    const [article] = parseDispatch(page).articles
    expect(article!.headline.title?.text).toBe('小区里有个“读报小组”')
    expect(article!.column?.text).toBe('我与日报的故事')
  })

  it('reads a menu of bulleted and letter-spaced items as furniture', () => {
    const menu = '• 时政\n• 国际\n• 报 纸\n杂 志\n\n# 从读者到作者\n\n历数我与这份报纸的交情,已有半个世纪。\n'
    expect(parseDispatch(menu).leftovers.map((l) => l.text)).toEqual(['• 时政', '• 国际', '• 报 纸', '杂 志'])
  })

  it('keeps four short lines with no section name among them as text', () => {
    const poem = '# 春\n\n春风\n细雨\n花开\n满园\n'
    expect(parseDispatch(poem).leftovers).toEqual([])
  })
})

describe('a page template left unrendered', () => {
  it('reads an HTML tag’s tail, its < cut off, as furniture, not as the next article’s column', () => {
    const page = '图:王湧 汪昊\nSourcePh" style="display:none">\n'
    const result = parseDispatch(`# 一年\n\n自从爱上摄影,去哪儿都会背上相机。\n\n${page}`)
    expect(result.leftovers.map((l) => l.text)).toContain('SourcePh" style="display:none">')
    expect(result.articles.every((a) => a.column === null)).toBe(true)
  })

  it('reads a line with a template placeholder as furniture', () => {
    const page = '# 开展人居环境整治\n\n本报讯 连日来,万灵镇在辖区开展清洁活动。\n\n粉丝: {{bookData.followerCount}}\n'
    const result = parseDispatch(page)
    expect(result.leftovers.map((l) => l.text)).toEqual(['粉丝: {{bookData.followerCount}}'])
    expect(result.articles[0]!.column).toBeNull()
  })
})

describe('a paper’s masthead strip', () => {
  it('reads a site’s copyright and record lines, its tags and a related-reading label as furniture', () => {
    const page = [
      '# 法国《欧洲时报》成立25周年',
      '',
      '本报巴黎1月27日电(记者宋斌)法国《欧洲时报》昨晚在巴黎隆重庆贺建报25周年。',
      '',
      '标签: 分支机构 走进欧洲 海外华文媒体',
      '相关阅读:',
      '光明网版权所有',
      'Copyright @ 2012 - 2019 www.example.com All Rights Reserved',
      '中共民权县直机关工委 版权所有  备案号:豫ICP备14022883号',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '法国《欧洲时报》昨晚在巴黎隆重庆贺建报25周年。',
    ])
    expect(result.articles[0]!.column).toBeNull()
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '标签: 分支机构 走进欧洲 海外华文媒体',
      '相关阅读:',
      '光明网版权所有',
      'Copyright @ 2012 - 2019 www.example.com All Rights Reserved',
      '中共民权县直机关工委 版权所有  备案号:豫ICP备14022883号',
    ])
  })

  it('reads a reader survey’s widget after the text, and a label over the text, as furniture', () => {
    const widget = ['您对这篇文章的满意度', '非常满意基本满意不太满意很不满意不做评价', '对此文章发表评论']
    const page = ['# 海南秩序恢复', '', '内容', '', '本报讯 海南省生产生活秩序正在恢复。', '', ...widget, ''].join('\n')
    const result = parseDispatch(page)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['海南省生产生活秩序正在恢复。'])
    expect(result.leftovers.map((l) => l.text)).toEqual(['内容', ...widget])
  })

  it('keeps a sentence about readers’ satisfaction as text', () => {
    const page = '# 群众满意度调查\n\n本报讯 群众对这项工作的满意度达到百分之九十五。\n'
    expect(parseDispatch(page).articles[0]!.paragraphs).toHaveLength(1)
  })

  it('reads a site’s follow widget (`关注我们`) above the headline as furniture, not a column', () => {
    const result = parseDispatch('关注我们\n\n记者带你体验派出所民警的一天\n\n春节临近,处处张灯结彩。\n')
    expect(result.articles[0]!.column).toBeNull()
    expect(result.articles[0]!.headline.title?.text).toBe('记者带你体验派出所民警的一天')
    expect(result.leftovers.map((l) => l.text)).toEqual(['关注我们'])
  })

  it.each([
    '本网站所刊登的各种新闻、专题等信息资料,均为本网版权所有,未经本网授权,请勿转载或建立镜像。',
    '凡本網注明“來源:某某信息港”的所有作品,均為某某信息港合法擁有版權或有權使用的作品,未經本網授權不得轉載、摘編',
  ])('reads a site’s rights notice as furniture, though it is a sentence: %s', (notice) => {
    const result = parseDispatch(`# 城区绿化带清理有难度\n\n昨天,负责人表示,清理有难度。\n\n${notice}\n`)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['昨天,负责人表示,清理有难度。'])
    expect(result.leftovers.map((l) => l.text)).toEqual([notice])
  })

  it('keeps a sentence about copyright as text', () => {
    const paragraph = '法院认定,该书的版权所有人是作者本人。'
    const result = parseDispatch(`# 版权纠纷案宣判\n\n${paragraph}\n`)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([paragraph])
  })

  it('reads a telephone line alone as furniture, in Traditional characters too', () => {
    const page = '新聞熱線:0855-8222000\n地湖鄉探民情\n本報訊 2月21日,省電視臺記者一行4人到天柱縣地湖鄉探民情。\n'
    const result = parseDispatch(page)
    expect(result.leftovers.map((l) => l.text)).toEqual(['新聞熱線:0855-8222000'])
    expect(result.articles[0]!.column).toBeNull()
    expect(result.articles[0]!.headline.title?.text).toBe('地湖鄉探民情')
  })

  it('keeps a paragraph that names the paper’s first issue twice as text: an imprint line holds no sentence', () => {
    const paragraph = '1985年7月1日,海外版创刊。我仍珍藏着海外版创刊号报纸,我是海外版创刊号的读者。'
    const result = parseDispatch(`# 更加响亮地发出中国声音\n\n我是海外版的老读者了。\n\n${paragraph}\n`)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['我是海外版的老读者了。', paragraph])
    expect(result.leftovers).toEqual([])
  })

  it('reads the imprint, the sponsor and a weekday alone as furniture', () => {
    const page = [
      '东江区融媒体中心出版 刊号:(粤)2019526 本报热线:87339716 广告热线:87338686',
      '星期三',
      '中国东江集团有限公司主管主办',
      '',
      '开展人居环境整治',
      '',
      '本报讯 连日来,万灵镇在辖区开展清洁活动。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual(['开展人居环境整治'])
    expect(result.leftovers).toHaveLength(3)
  })

  it('reads the page’s own staff and their telephone as furniture, not as an article', () => {
    const page = [
      '本期值班副总编 / 姜东 责任编辑 / 常青 责任校对 / 赵丽 电话：',
      '（010）84528274',
      '',
      '开展人居环境整治',
      '',
      '本报讯 连日来,万灵镇在辖区开展清洁活动。',
      '',
      '值班编委/张广 本版编辑/陈江 美编/张宇',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.credits).toEqual([])
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '本期值班副总编 / 姜东 责任编辑 / 常青 责任校对 / 赵丽 电话：',
      '（010）84528274',
      '值班编委/张广 本版编辑/陈江 美编/张宇',
    ])
  })

  it('reads an e-paper reader’s item title as furniture where the printed head repeats it below', () => {
    const page =
      '铺头村入画来\n\n日期:12-23\n字号:\n\n中央媒体记者走进九龙\n\n铺头村入画来\n\n本报讯 12月18日,主题活动走进九龙镇。\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.kicker?.text, a.headline.title?.text])).toEqual([
      ['中央媒体记者走进九龙', '铺头村入画来'],
    ])
    expect(result.leftovers.map((l) => l.text)).toContain('铺头村入画来')
  })
})

describe('a site’s preamble above the first headline', () => {
  const notice = '为达最佳浏览效果,建议使用 Chrome、Firefox 或 Edge 的浏览器。'
  const gate = '您即将进入之新闻内容需满18岁方可浏览。'

  it('reads text with no dateline and no credit above the first headline as furniture', () => {
    const page = [notice, '', gate, '', '# 北京施压法国', '', '法国总统3日展开访问行程。', ''].join('\n')
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual(['北京施压法国'])
    expect(result.leftovers.map((l) => l.text)).toEqual([notice, gate])
    expect(result.diagnostics.map((d) => d.code)).toContain('page/preamble')
  })

  it('keeps an article above the first headline that has a dateline or a byline', () => {
    const page = [
      '本报讯 全镇水稻收割进入尾声。',
      '',
      '(记者 张雪峰)',
      '',
      '# 北京施压法国',
      '',
      '法国总统3日展开访问行程。',
      '',
    ].join('\n')
    expect(parseDispatch(page).articles).toHaveLength(2)
  })

  it('keeps untitled items on a page with no headline', () => {
    const page = ['近日,集义乡组织各村集中开展清洁行动。', '', '创城工作开展以来,徐沟镇持续整治环境。', ''].join('\n')
    expect(parseDispatch(page).articles.length).toBeGreaterThan(0)
    expect(parseDispatch(page).leftovers).toEqual([])
  })
})

describe('furniture inside an article', () => {
  it('reads the keyword tags closing a web copy as furniture, names closing it as text', () => {
    const tags = parseDispatch('# 标题\n\n外交部今天表示欢迎。\n\n外交部 法国 台海\n')
    expect(tags.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['外交部今天表示欢迎。'])
    expect(tags.leftovers.map((l) => l.text)).toEqual(['外交部 法国 台海'])
    const names = parseDispatch('# 标题\n\n外交部今天表示欢迎。\n\n王刚 李明 张华\n')
    expect(names.leftovers).toEqual([])
  })

  it('reads a jump line to another page as furniture', () => {
    const result = parseDispatch('# 标题\n\n本报讯 5月17日,县长主持召开会议,听取项目进展情况,\n\n(下转第三版)\n')
    expect(result.articles[0]!.paragraphs).toHaveLength(1)
    expect(result.leftovers.map((l) => l.text)).toEqual(['(下转第三版)'])
  })

  it('goes to the leftovers, its span inside the article', () => {
    const page = '# 标题\n\n第一段正文。\n\n2020年06月11日\n\n第二段正文。\n'
    const result = parseDispatch(page)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['第一段正文。', '第二段正文。'])
    expect(result.leftovers).toEqual([{ text: '2020年06月11日', span: { start: 14, end: 25 } }])
  })
})

describe('labels on all of a line’s evidence', () => {
  it('gives the answer of the full reading when the grammars are read only where they can matter', () => {
    const differ: string[] = []
    let compared = 0
    const compare = definePlugin({
      name: 'compare-readings',
      steps: [
        {
          name: 'compare-readings',
          after: 'label',
          run: (ctx) => {
            for (const line of allLines(ctx)) {
              if (line.kind === 'blank') continue
              for (const label of LABELS) {
                const full = { ...featuresOf(ctx, line, true), columnWidth: line.features?.columnWidth ?? 0 }
                compared++
                if (holdsOnEvidence(ctx, line, label, full.columnWidth) !== hasLabel(full, label))
                  differ.push(`${label}: ${ctx.normalized.text.slice(line.contentStart, line.contentEnd)}`)
              }
            }
          },
        },
      ],
    })
    const parser = createParser({ plugins: [compare] })
    for (const folder of ['fixtures/seed', 'fixtures/conventions', 'fixtures/dev'])
      for (const name of readdirSync(folder).filter((file) => /\.(?:md|txt)$/.test(file)))
        parser.parse(readFileSync(join(folder, name), 'utf8'))
    expect(compared).toBeGreaterThan(1000)
    expect(differ).toEqual([])
  })
})

describe('a site’s breadcrumb trail', () => {
  it.each(['婺城新闻网 > 新闻中心 > 今日婺城 > 要闻', '首页 » 新闻 » 本地', '您当前的位置 : 婺城新闻网 > 新闻中心'])(
    'reads %s as furniture',
    (line) => {
      expect(furniture(line)).toBe(true)
    },
  )

  it('keeps a sentence with one > in it as text', () => {
    expect(furniture('增速 > 5%的城市有12个,其中东部地区占一半以上。')).toBe(false)
  })
})
