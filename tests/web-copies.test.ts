import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { contributorsOf } from './helpers/contributors.js'

const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
const read = (page: string) => parseDispatch(page, NO_FACTS)

describe('the conventions of web copies', () => {
  it('ends a block with no sentence’s mark at a blank line: the line after it does not carry it on', () => {
    const menu = '网站首页新闻中心今日婺城婺城网视图库中心新闻专题婺城政务金华新闻连线浙江国内新闻国际新闻外媒婺城'
    const page = `# 县委书记的一天\n\n本报讯 县委书记到底是怎样的一群?\n\n${menu}\n\n他们每天在想些什么,忙些什么?\n`
    expect(read(page).articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '县委书记到底是怎样的一群?',
      menu,
      '他们每天在想些什么,忙些什么?',
    ])
  })

  it('ends a paragraph closed by a semicolon at a blank line: a list’s item', () => {
    const page =
      '# 两个样本\n\n本报讯 这里是红船起航地,是中国共产党梦想起航的地方,是中国革命的样本;\n\n这里是高质量发展建设共同富裕示范区,是省域现代化的范例。\n'
    expect(read(page).articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '这里是红船起航地,是中国共产党梦想起航的地方,是中国革命的样本;',
      '这里是高质量发展建设共同富裕示范区,是省域现代化的范例。',
    ])
  })

  it('leaves a site’s address, keyword bar, category, e-paper controls and stamp out of the head', () => {
    const head = [
      'https://www.example.gov.cn/',
      'http://www.example.com.cn 2024年03月05日 08:30 某某日报',
      '上一期  下一期',
      '时政要闻',
      '热门关键词:  春耕  抗旱  秸秆禁烧',
      '分類: 焦點新聞',
      '展开通版',
      '当前版:04版',
    ]
    const page = [
      ...head,
      '',
      '县里组织民兵助力秸秆禁烧',
      '',
      '2024-03-05 08:30 未知',
      '',
      '本报讯 连日来,县里组织基干民兵开展秸秆禁烧巡查。',
      '',
    ].join('\n')
    const result = read(page)
    expect(
      result.articles.map((a) => [a.headline.kicker, a.headline.title?.text, a.headline.subtitle, a.column]),
    ).toEqual([[null, '县里组织民兵助力秸秆禁烧', null, null]])
    expect(result.leftovers.map((l) => l.text)).toEqual([...head, '2024-03-05 08:30 未知'])
  })

  it('leaves a mirror’s address with its stamp out of the text', () => {
    const page =
      '“中餐比西餐吃得香”\n\nhttp://www.example.com 2001年10月22日 11:31 某某都市報\n\n會議期間,各國記者在新聞中心用餐。\n'
    expect(read(page).articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([
      ['會議期間,各國記者在新聞中心用餐。'],
    ])
  })

  it('leaves an archive record’s labelled fields out of the article, its text printed after them', () => {
    const fields = ['【日期】= 1994.02.01', '【期号】= 691', '【标题】= 石油城撤乡设镇', '【专栏】=', '【正文】=']
    const page = [
      ...fields,
      '',
      '石油城撤乡设镇',
      '',
      '本报讯 (记者 王小明)近日,经省政府批准,石油城撤乡设镇。',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles.map((a) => [a.column, a.headline.title?.text, a.paragraphs.length])).toEqual([
      [null, '石油城撤乡设镇', 1],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(fields)
  })

  it('keeps a credit after a stamp: `2024-03-05 08:30 记者张三` names its reporter', () => {
    const page = '县里组织民兵助力秸秆禁烧\n\n2024-03-05 08:30 记者张三\n\n连日来,县里组织基干民兵开展秸秆禁烧巡查。\n'
    const article = read(page).articles[0]!
    expect(
      [...(article.byline ? [article.byline] : []), ...article.credits].flatMap((b) =>
        b.contributors.map((c) => c.name),
      ),
    ).toEqual(['张三'])
  })

  it('leaves share and comment widgets, and an editor’s label naming the site, out of the article', () => {
    const widgets = [
      '微信扫一扫,即刻分享!',
      '责任编辑:中乡网',
      '评论一下',
      '还没有评论,快来抢沙发吧!',
      '已有0人参与,点击查看更多精彩评论',
    ]
    const page = ['# 民兵助力秸秆禁烧', '', '本报讯 连日来,民兵主动配合开展巡查。', '', ...widgets, ''].join('\n')
    const result = read(page)
    expect(result.articles.map((a) => a.paragraphs.map((p) => p.text))).toEqual([['连日来,民兵主动配合开展巡查。']])
    expect(result.articles[0]!.credits).toEqual([])
    expect(result.leftovers.map((l) => l.text)).toEqual(widgets)
  })

  it('leaves a web archive’s capture stamp and an advertisement’s slot out of the head', () => {
    const furniture = [
      'archived 17 Mar 2025 03:24:33 UTC',
      '-Advertisement-',
      'The Wayback Machine - https://web.archive.org/web/2015/http://example.com/a.html',
      '廣告',
    ]
    const page = [
      furniture[0],
      furniture[1],
      '# 民兵助力秸秆禁烧',
      '',
      furniture[2],
      '本报讯 连日来,民兵主动配合开展巡查。',
      furniture[3],
      '',
    ].join('\n')
    const result = read(page)
    expect(
      result.articles.map((a) => [a.headline.kicker, a.headline.title?.text, a.paragraphs.map((p) => p.text)]),
    ).toEqual([[null, '民兵助力秸秆禁烧', ['连日来,民兵主动配合开展巡查。']]])
    expect(result.leftovers.map((l) => l.text)).toEqual(furniture)
  })

  it('leaves a forum thread’s title, its widget and its navigation out of the head printed below', () => {
    const furniture = [
      '渤海十万余农民涌入人民解放军 [复制链接]',
      '上一主题 下一主题',
      '只看楼主 倒序阅读 0 发表于: 1947-04-27',
      '第1版()',
    ]
    const page = [
      furniture[0],
      '',
      furniture[1],
      furniture[2],
      furniture[3],
      '',
      '  渤海十万余农民涌入人民解放军',
      '【新华社山东二十一日电】自去年十一月迄今,渤海已有十万余翻身农民涌进人民解放军。',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles.map((a) => [a.column, a.headline.kicker, a.headline.title?.text])).toEqual([
      [null, null, '渤海十万余农民涌入人民解放军'],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(furniture)
  })

  it('leaves a site’s menu of search, subscription and language links out of a plain head', () => {
    const menu = ['資訊 · 搜尋', '· · 英文版 · 訂閱']
    const result = read(
      `${menu.join('\n')}\n\n蘋果日報終章 市民午夜排隊購買\n\n創刊26年的蘋果日報宣布結束營運,今日出版最後一份報紙。\n`,
    )
    expect(result.articles.map((a) => [a.column, a.headline.kicker, a.headline.title?.text])).toEqual([
      [null, null, '蘋果日報終章 市民午夜排隊購買'],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(menu)
  })

  it('reads the publishing line under a plain head as no headline, where a dateline follows it', () => {
    const page = [
      '闽清县融媒体中心今日挂牌成立',
      '2018-11-22 11:55:34 来源:福州新闻网 作者:欧阳进权',
      '福州新闻网11月22日讯(福州日报记者 欧阳进权 文/摄)今天上午,闽清县融媒体中心挂牌成立。',
      '',
    ].join('\n')
    const result = read(page)
    expect(brokenPromises(page, result)).toEqual([])
    const [article] = result.articles
    expect([article!.column, article!.headline.title?.text]).toEqual([null, '闽清县融媒体中心今日挂牌成立'])
    // the author of the publishing line is the reporter the dateline's credit names
    expect(contributorsOf(article!)).toEqual([['欧阳进权', 'reporter']])
  })

  it.each([
    ['定西日报 2018-12-29 09:27 大字', '陇西讯(记者张爱平)今年以来,陇西县大力推进扶贫产业。'],
    ['本頁位置: 首頁新聞中心國內新聞', '中新社北京九月二十七日電 來自53個國家的記者到訪。'],
  ])('leaves a web copy’s stamp, location or widget line (%s) out of the head', (furniture, lead) => {
    const result = read(`陇西频受主流央媒关注\n${furniture}\n${lead}\n`)
    expect(result.articles.map((a) => [a.headline.kicker, a.headline.title?.text, a.headline.subtitle])).toEqual([
      [null, '陇西频受主流央媒关注', null],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual([furniture])
  })

  it.each(['2007年8月4日 星期 放大 缩小 默认', '放大 缩小 默认'])(
    'leaves the page’s zoom buttons (%s) out of a plain head',
    (zoom) => {
      const result = read(
        `${zoom}\n\n城管队员伤情牵动众人心\n\n本报讯 本报7月27日刊登一文,被砍伤的城管队员还躺在医院。\n`,
      )
      expect(result.articles.map((a) => [a.column, a.headline.kicker, a.headline.title?.text])).toEqual([
        [null, null, '城管队员伤情牵动众人心'],
      ])
      expect(result.leftovers.map((l) => l.text)).toEqual([zoom])
    },
  )

  it.each(['主頁', '主页'])(
    'reads a site’s home link (%s) above a plain teaser as furniture, not its title',
    (home) => {
      const result = read(`${home}\n【本報消息】兩名廚師獲選參加青年廚師計劃,將赴羅馬接受培訓。\n`)
      expect(result.articles.map((a) => [a.headline.title?.text ?? null, a.paragraphs.length])).toEqual([[null, 1]])
      expect(result.leftovers.map((l) => l.text)).toEqual([home])
    },
  )

  it('still joins a sentence broken across a blank line', () => {
    const page =
      '# 成立25周年\n\n本报讯 萨科奇说,对于华人华侨来说,春节向来都是一个重要\n\n时刻。他相信融入与传统并不矛盾。\n'
    expect(read(page).articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '萨科奇说,对于华人华侨来说,春节向来都是一个重要时刻。他相信融入与传统并不矛盾。',
    ])
  })

  it('reads the line above a date stamped with a time as the headline, after text too', () => {
    const page = [
      '欢迎阅读本站新闻,本站每日更新。',
      '',
      '墨痕深处的城市心跳',
      '',
      '2025-11-24 06:56',
      '',
      '当油墨香气再次飘散在街巷,晚报迎来了第10000期。',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual(['墨痕深处的城市心跳'])
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '当油墨香气再次飘散在街巷,晚报迎来了第10000期。',
    ])
  })

  it('reads a listing’s bracketed date after each teaser as furniture', () => {
    const page = [
      '# 港闻',
      '',
      '有“村屋大王”之称的王光荣涉嫌“套丁”发展私人屋苑,案件昨日 ......',
      '(2025年3月14日)',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '有“村屋大王”之称的王光荣涉嫌“套丁”发展私人屋苑,案件昨日 ......',
    ])
    // a listing's section label is a page's name, furniture too
    expect(result.leftovers.map((l) => l.text)).toEqual(['# 港闻', '(2025年3月14日)'])
  })

  it('reads a speech’s bracketed date right under its headline as the subtitle, as plain pages read it', () => {
    const page = '# 二〇二〇年新年贺词\n\n(2019年12月31日)\n\n大家好!2020年的脚步越来越近。\n'
    const result = read(page)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(['大家好!2020年的脚步越来越近。'])
    expect(result.articles[0]!.headline.subtitle?.text).toBe('(2019年12月31日)')
    expect(result.leftovers).toEqual([])
  })

  it('reads a menu whose last word carries a pinyin gloss as furniture', () => {
    const page = [
      '首頁(yè) 新聞中心 鎮(zhèn)江新聞 鎮(zhèn)江輿情 金山熱評(píng)',
      '',
      '墨痕深處的城市心跳',
      '',
      '2025-11-24 06:56',
      '',
      '當油墨香氣再次飄散在街巷,晚報迎來了第10000期。',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.headline.kicker).toBeNull()
    expect(result.articles[0]!.headline.title?.text).toBe('墨痕深處的城市心跳')
  })

  it('reads an image’s file name with a caption glued on as furniture', () => {
    const page =
      '# 读报小组\n\n本报讯 自元旦开始,解鲁生自费订阅了晚报。\n\n小区里有个“读报小组”(分离图)QQ图片(2417720)-20220217075214.jpg\n\n大家都抢着看。\n'
    const result = read(page)
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      '自元旦开始,解鲁生自费订阅了晚报。',
      '大家都抢着看。',
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '小区里有个“读报小组”(分离图)QQ图片(2417720)-20220217075214.jpg',
    ])
  })

  it('reads a dashed subtitle with a clause mark in it under a plain title', () => {
    const page = [
      '坚持全国“一盘棋”',
      '——优化区域经济布局,促进区域协调发展',
      '  区域协调发展是中国式现代化的内在要求。',
      '',
    ].join('\n')
    const article = read(page).articles[0]!
    expect(article.headline.title?.text).toBe('坚持全国“一盘棋”')
    expect(article.headline.subtitle?.text).toBe('——优化区域经济布局,促进区域协调发展')
    expect(article.paragraphs.map((p) => p.text)).toEqual(['区域协调发展是中国式现代化的内在要求。'])
  })

  it('keeps an article’s summary points under its head, each a paragraph, and its byline after them', () => {
    const page = [
      '“用电视机看电视怎么这么费劲?”',
      '记者调查智能电视使用“套路”',
      '● 智能电视机虽然增加了观看节目的可选择范围,但在使用过程中存在不少为人诟病的问题',
      '● 网络电视付费收看的情况十分普遍,一些消费者也愿意为收看心仪的电视节目付费',
      '□ 本报记者 张守坤',
      '今年春节期间,儿子送来新年礼物——一台超大屏液晶智能电视机。',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles).toHaveLength(1)
    const [article] = result.articles
    expect(article!.headline.title?.text).toBe('记者调查智能电视使用“套路”')
    expect(article!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['张守坤', 'reporter']])
    expect(article!.paragraphs.map((p) => p.text.slice(0, 8))).toEqual([
      '● 智能电视机虽',
      '● 网络电视付费',
      '今年春节期间,儿',
    ])
  })

  it('still reads a run of bulleted briefs as articles of their own', () => {
    const page = '要闻简报\n◆9月23日,我县召开调度会。\n◆ 9月27日,我县召开护林防火会议。 王庆山 姜长荣\n'
    expect(read(page).articles).toHaveLength(2)
  })

  it('cuts a credit glued to a headline after its mark: the headline and the byline', () => {
    const page = [
      '合肥各界对报纸充满期待□本刊记者 王晓峰 文/图',
      '墨香能致远,佳语绘光辉。8月8日,肥东晨刊正式创刊。',
      '',
    ].join('\n')
    const [article] = read(page).articles
    expect(article!.headline.title?.text).toBe('合肥各界对报纸充满期待')
    expect(article!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['王晓峰', 'reporter']])
  })

  it('keeps a mark inside a sentence, or before words that name no one, in its line', () => {
    const page = '# 标题\n\n本报讯 会议要求,□各单位要抓好落实。\n\n全市□三个片区\n'
    const paragraphs = read(page).articles[0]!.paragraphs.map((p) => p.text)
    expect(paragraphs).toEqual(['会议要求,□各单位要抓好落实。', '全市□三个片区'])
  })

  it('reads a section the breadcrumb names as the site’s, and the page’s footer after furniture as furniture', () => {
    const page = [
      '社会广角',
      '当前位置: > 阅览室 > 社会广角 >',
      '',
      '县委书记的一天(人民观察)',
      '',
      '发表日期:2011-02-12 点击',
      '',
      '  县委书记到底是怎样的一群?他们每天在想些什么,忙些什么?',
      '',
      'Copyright @ 2012 - 2019 www.example.com All Rights Reserved',
      '',
      '电话:0370-8550006  地址:民权县人民路中段1号',
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles).toHaveLength(1)
    const [article] = result.articles
    expect(article!.column?.text).toBe('人民观察')
    expect(article!.headline.title?.text).toBe('县委书记的一天')
    expect(result.leftovers.map((l) => l.text)).toEqual([
      '社会广角',
      '当前位置: > 阅览室 > 社会广角 >',
      '发表日期:2011-02-12 点击',
      'Copyright @ 2012 - 2019 www.example.com All Rights Reserved',
      '电话:0370-8550006  地址:民权县人民路中段1号',
    ])
  })

  it('reads a genre label in brackets alone on a line as the column, its words without the brackets', () => {
    const page = '【图片新闻】\n\n8月28日下午,县领导一行到会场看望委员。\n\n井娇摄影报道\n'
    const [article] = read(page).articles
    expect(article!.column?.text).toBe('图片新闻')
    expect(article!.headline.title).toBeNull()
    expect(article!.byline?.contributors.map((c) => [c.name, c.role])).toEqual([['井娇', 'photographer']])
  })

  it('reads a listing’s column label with its link to more as the column, without the link', () => {
    const page = '社論 更多\n\n有序減校應對學童減少 縮班救校有違學生利益\n\n香港人口老化持續,令適齡學童不斷減少。\n'
    const [article] = read(page).articles
    expect([article!.column?.text, article!.headline.kicker, article!.headline.title?.text]).toEqual([
      '社論',
      null,
      '有序減校應對學童減少 縮班救校有違學生利益',
    ])
  })

  it('leaves a listing’s section names and read-more links out of its items’ heads', () => {
    const furniture = ['港聞', 'Read more...', '阅读更多', 'Read more...']
    const page = [
      furniture[0],
      '',
      '晚清文物出土',
      '',
      '(本报古晋6日讯)挖沟挖到宝!百年文物随着挖沟工程而出土!',
      '',
      furniture[1],
      '',
      '王长福:政策朝令夕改',
      '',
      '教育政策朝令夕改,令教育界和家长学生无所适从。',
      '',
      furniture[2],
      '',
      furniture[3],
      '',
    ].join('\n')
    const result = read(page)
    expect(result.articles.map((a) => [a.column, a.headline.title?.text])).toEqual([
      [null, '晚清文物出土'],
      [null, '王长福:政策朝令夕改'],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(furniture)
  })

  it('reads an e-paper’s name above the page as its masthead', () => {
    const page = '人民日报电子报\n坚持全国“一盘棋”\n  区域协调发展是中国式现代化的内在要求。\n'
    const result = read(page)
    expect(result.articles[0]!.column).toBeNull()
    expect(result.leftovers.map((l) => l.text)).toEqual(['人民日报电子报'])
  })
  it('leaves a layout table’s empty cells after a headline out of the title, inside the article', () => {
    const page =
      '全国两会代表团今日启程赴京 | ||||||||\n\n本报讯 3月3日上午，出席全国人大会议的代表团从成都启程赴京。\n'
    const result = read(page)
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual(['全国两会代表团今日启程赴京'])
    expect(result.leftovers).toEqual([])
    expect(brokenPromises(page, result)).toEqual([])
  })
  it('reads a banner with the page’s furniture under it, above the first headline, as the masthead’s: no column', () => {
    const page =
      '某某平台\n\n内容详情\n2021年06月16日\n\n建设特色小城镇\n\n通讯员 韩梦婷\n\n近日,全镇召开人民代表大会会议。\n'
    const result = read(page)
    expect(result.articles.map((a) => [a.column?.text ?? null, a.headline.title?.text])).toEqual([
      [null, '建设特色小城镇'],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(['某某平台', '内容详情', '2021年06月16日'])
  })

  it('keeps a banner right above the first headline as its column', () => {
    const page = '2021年06月16日\n\n人民时评\n\n建设特色小城镇\n\n本报讯 近日,全镇召开人民代表大会会议。\n'
    expect(read(page).articles[0]!.column?.text).toBe('人民时评')
  })
})
