import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'
import { brokenPromises } from '../src/testing/index.js'
import { contributorsOf } from './helpers/contributors.js'

const roles = (page: string) => {
  const { kicker, title, subtitle } = parseDispatch(page).articles[0]!.headline
  return [kicker?.text ?? null, title?.text ?? null, subtitle?.text ?? null]
}

describe('two headline lines of plain text', () => {
  const lead = '本报讯 12月18日,全区安全生产工作会议召开,部署今冬明春安全生产工作。\n'

  it('reads kicker and title by default', () => {
    expect(roles(`学习贯彻党的二十大精神\n全区安全生产工作会议召开\n${lead}`)).toEqual([
      '学习贯彻党的二十大精神',
      '全区安全生产工作会议召开',
      null,
    ])
  })

  it('reads title and subtitle when the second runs much longer: it says more', () => {
    expect(roles(`市民文化节开幕\n十二个剧团将在三十天里为基层群众演出八十场\n${lead}`)).toEqual([
      null,
      '市民文化节开幕',
      '十二个剧团将在三十天里为基层群众演出八十场',
    ])
  })

  it('keeps a kicker above a longer title when it is a place alone or ends in what someone says or asks', () => {
    expect(roles(`清河镇\n集中整治农村人居环境 打造美丽宜居乡村\n${lead}`)).toEqual([
      '清河镇',
      '集中整治农村人居环境 打造美丽宜居乡村',
      null,
    ])
    expect(roles(`市政府宣布\n全市中小学生明年起免费乘坐公交车\n${lead}`)).toEqual([
      '市政府宣布',
      '全市中小学生明年起免费乘坐公交车',
      null,
    ])
    expect(roles(`市委办公室发出通知要求\n各级党组织认真组织开展主题教育读书活动\n${lead}`)).toEqual([
      '市委办公室发出通知要求',
      '各级党组织认真组织开展主题教育读书活动',
      null,
    ])
  })

  it('reads title and subtitle when the second opens with ——', () => {
    expect(roles(`全区安全生产工作会议召开\n——部署今冬明春安全生产工作\n${lead}`)).toEqual([
      null,
      '全区安全生产工作会议召开',
      '——部署今冬明春安全生产工作',
    ])
  })

  it('reads title and subtitle when the second says what each leader did at the meeting', () => {
    expect(roles(`全区安全生产工作会议召开\n李明讲话 王芳主持\n${lead}`)).toEqual([
      null,
      '全区安全生产工作会议召开',
      '李明讲话 王芳主持',
    ])
    expect(roles(`全区安全生产工作会议召开\n王芳出席并讲话\n${lead}`)[2]).toBe('王芳出席并讲话')
  })

  it('reads title and subtitle when the first says a meeting was held', () => {
    expect(roles(`王兴主持召开县长办公会\n安排部署重点工作任务\n${lead}`)).toEqual([
      null,
      '王兴主持召开县长办公会',
      '安排部署重点工作任务',
    ])
    expect(roles(`全国政协举行新年茶话会\n习近平发表重要讲话\n${lead}`)[1]).toBe('全国政协举行新年茶话会')
  })

  it('keeps the kicker over a title that names a leader’s act inside a longer phrase', () => {
    expect(roles(`学习贯彻党的二十大精神\n王兴主持召开县长办公会\n${lead}`)).toEqual([
      '学习贯彻党的二十大精神',
      '王兴主持召开县长办公会',
      null,
    ])
  })
})

describe('a kicker that leads into its title with a colon', () => {
  it('reads the line after it as the title, and a headline with nothing under it at the page end as a notice', () => {
    const page = [
      '全区安全生产工作会议召开',
      '本报讯 12月18日,全区安全生产工作会议召开,部署今冬明春安全生产工作。',
      '(记者 张三)',
      '',
      '12 月 16 日出版的第 24 期《求是》',
      '杂志发表习近平总书记重要文章：',
      '《在文艺工作座谈会上的讲话》',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    const notice = result.articles[1]!
    expect(result.articles).toHaveLength(2)
    expect([notice.headline.kicker?.text, notice.headline.title?.text]).toEqual([
      '杂志发表习近平总书记重要文章：',
      '《在文艺工作座谈会上的讲话》',
    ])
    expect(notice.paragraphs).toEqual([])
  })

  it('keeps headings at the page end that lead into nothing as banners of the article before', () => {
    const page = '# 全区安全生产工作会议召开\n\n本报讯 12月18日,会议召开。\n\n## 同心协力 共抗疫情\n'
    const result = parseDispatch(page)
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]!.column?.text).toBe('同心协力 共抗疫情')
  })

  it('reads a Markdown notice at the page end the same way', () => {
    const page =
      '# 全区安全生产工作会议召开\n\n本报讯 12月18日,会议召开。\n\n## 新华社受权发布：\n\n# 《中国的民主》白皮书\n'
    const result = parseDispatch(page)
    expect(result.articles.map((a) => a.headline.title?.text)).toEqual([
      '全区安全生产工作会议召开',
      '《中国的民主》白皮书',
    ])
  })
})

describe('section labels above the headlines of a listing', () => {
  // each item's teaser is cut off (` …`): it ends the item
  const item = (label: string, title: string, lead: string) => [label, '', title, '', lead, ''].join('\n')
  const page = [
    item(
      '港聞',
      '蘋果日報終章 市民午夜排隊購買支持',
      '創刊26年的蘋果日報,在多名高層被警方拘捕以及被凍結資金後,宣布結束營運,今日出版最後一份報紙。 …',
    ),
    item(
      '社政',
      '《蘋果日報》財經網上版今暫停更新',
      '面臨停運危機的《蘋果日報》,繼昨晚動新聞宣布停播後,財經及英文網上版亦相繼宣布今日起暫停更新。 …',
    ),
  ].join('\n')

  it('are furniture where the page prints a known section so: the other labels are sections too', () => {
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles.map((a) => [a.column, a.headline.kicker, a.headline.title?.text])).toEqual([
      [null, null, '蘋果日報終章 市民午夜排隊購買支持'],
      [null, null, '《蘋果日報》財經網上版今暫停更新'],
    ])
    expect(result.leftovers.map((l) => l.text)).toEqual(['港聞', '社政'])
  })

  it('are read by position where no known section stands above a headline', () => {
    const unknown = page.replace('港聞', '焦點一')
    expect(parseDispatch(unknown).articles.map((a) => a.headline.title?.text)).toEqual(['焦點一', '社政'])
  })
})

describe('a line of names alone under the headline', () => {
  it('signs the article: the headline group ends above it', () => {
    const page = [
      '邯郸的贫民贷款',
      '吴象',
      '一根木梁',
      '今年二月间冀南银行邯郸支行买了一根木梁放在第二商场，准备作建筑房屋之用。',
      '这个程慧安是冀南银行的贷户，贷款使许多贫苦的小摊贩得以维持并改善生活。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    const [article] = result.articles
    expect(roles(page)).toEqual([null, '邯郸的贫民贷款', null])
    expect(contributorsOf(article!)).toEqual([['吴象', 'other']])
    expect(article!.paragraphs.map((p) => p.role)).toEqual(['subhead', 'body', 'body'])
  })

  it('signs the article when a dateline opens the text under it, and gives way to the same names with roles', () => {
    const page = [
      '被砍城管队员伤情牵动众人心',
      '',
      '乐梦融 王爱东 杨路遥',
      '',
      '  本报讯 (见习记者 乐梦融 特约通讯员 王爱东 实习生 杨路遥)本报7月27日A7版刊登一文,被砍伤的城管队员还躺在医院。',
      '',
    ].join('\n')
    const result = parseDispatch(page)
    expect(brokenPromises(page, result)).toEqual([])
    expect(result.articles).toHaveLength(1)
    const [article] = result.articles
    expect(roles(page)).toEqual([null, '被砍城管队员伤情牵动众人心', null])
    expect(article!.dateline?.text).toBe('本报讯')
    expect(contributorsOf(article!)).toEqual([
      ['乐梦融', 'intern'],
      ['王爱东', 'correspondent'],
      ['杨路遥', 'intern'],
    ])
    expect(result.diagnostics.map((d) => d.code)).toContain('byline/names-credited')
  })

  it('is no signature when its words are a common word or say what a leader did', () => {
    const lead = '本报讯 12月18日,全区安全生产工作会议召开,部署今冬明春安全生产工作。\n'
    expect(roles(`凝心聚力\n万众一心\n${lead}`)).toEqual(['凝心聚力', '万众一心', null])
    expect(roles(`全区安全生产工作会议召开\n李明讲话 王芳主持\n${lead}`)[2]).toBe('李明讲话 王芳主持')
  })

  it('signs a Markdown article too, right under its heading', () => {
    const page = '# 邯郸的贫民贷款\n\n吴象\n\n今年二月间冀南银行邯郸支行买了一根木梁。\n'
    const [article] = parseDispatch(page).articles
    expect(article!.credits.concat(article!.byline ?? []).flatMap((b) => b.contributors.map((c) => c.name))).toEqual([
      '吴象',
    ])
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['今年二月间冀南银行邯郸支行买了一根木梁。'])
  })
})

describe('a place’s or a unit’s name and a colon above a plain headline', () => {
  const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
  const head = (page: string) =>
    parseDispatch(page, NO_FACTS).articles.map((a) => [a.headline.kicker?.text ?? null, a.headline.title?.text ?? null])

  it('is the kicker', () => {
    expect(head('白甸镇:\n\n全天候巡查 “双禁”工作\n\n本报讯 日前,白甸镇召开秋季秸秆“双禁”工作动员会。\n')).toEqual([
      ['白甸镇:', '全天候巡查 “双禁”工作'],
    ])
  })

  it('is the kicker when it names a unit, after the page’s furniture', () => {
    const page =
      '第06版:周口/便民\n\n放大 缩小 默认\n市城市管理局:\n菜园清理有难度\n\n  □晚报记者 李明\n\n  本报讯 昨天,市城市管理局负责人表示,绿化带清理有难度。\n'
    expect(head(page)).toEqual([['市城市管理局:', '菜园清理有难度']])
  })

  it('is not where the line names no place (`现将有关事项通知如下:`)', () => {
    const page = '现将事项通知如下:\n\n全天候巡查 “双禁”工作\n\n本报讯 日前,白甸镇召开秋季秸秆“双禁”工作动员会。\n'
    expect(head(page)).toEqual([[null, '全天候巡查 “双禁”工作']])
  })
})

describe('a digest: headline, one paragraph, headline, one paragraph', () => {
  const items = [
    [
      '日本研制先进火箭准备同美欧中国竞争',
      '《远东经济评论》说,日本准备在明年年中用火箭将一颗海洋气象观测卫星送入轨道。',
    ],
    [
      '民柬游击队攻占吴哥附近的越军阵地',
      '红色高棉组织十六日说,它进攻和占领了位于吴哥附近的越军阵地,解放了二十五个村庄。',
    ],
    ['朝鲜将举行不结盟国家体育部长会议', '朝鲜十六日宣布,它将主持于七月五日至八日举行的不结盟国家体育部长第二次会议。'],
  ]

  it('reads each brief as an article of its own, under its headline', () => {
    const page = `${items.flat().join('\n\n')}\n`
    const result = parseDispatch(page)
    expect(result.articles.map((a) => [a.headline.title?.text, a.paragraphs.length])).toEqual(
      items.map(([title]) => [title, 1]),
    )
    expect(brokenPromises(page, result)).toEqual([])
  })

  it('keeps subheads over several paragraphs, and numbered ones, inside one text', () => {
    const text = (n: number) => `全县今年新建项目${n}个,带动就业三千人。`
    const sections = ['全县项目建设综述', '', '本报讯 今年以来,全县项目建设提速。', '']
    for (const head of ['项目建设提速', '产业链条延伸', '营商环境优化'])
      sections.push(head, '', text(1), '', text(2), '')
    expect(parseDispatch(sections.join('\n')).articles).toHaveLength(1)
    const numbered = ['一、稳住经济大盘', '二、推动项目建设', '三、优化营商环境'].flatMap((head, n) => [head, text(n)])
    const plain = `全县经济工作要点\n\n本报讯 会议部署明年工作。\n\n${numbered.join('\n\n')}\n`
    expect(parseDispatch(plain).articles).toHaveLength(1)
  })
})

describe('briefs each closed by the agency they come from, in brackets on a line of its own', () => {
  const page = [
    '克林顿要求国会批准本财政年度预算',
    '这位美国总统是在11日会见记者时提出上述要求的。',
    '(法新社)',
    '',
    '叶利钦抵乌兹别克斯坦访问',
    '此行旨在增进双边关系,访问期间两国将签署经济合作协定。',
    '(路透社)',
    '',
  ].join('\n')

  it('reads an article for each, the agency its outlet and no one its contributor', () => {
    const result = parseDispatch(page)
    expect(
      result.articles.map((a) => [a.headline.title?.text, a.byline?.outlet ?? null, a.byline?.contributors.length]),
    ).toEqual([
      ['克林顿要求国会批准本财政年度预算', '法新社', 0],
      ['叶利钦抵乌兹别克斯坦访问', '路透社', 0],
    ])
    expect(brokenPromises(page, result)).toEqual([])
  })
})

describe('a kicker that leads into its title, printed on the title’s line', () => {
  const head = (first: string) => {
    const page = `${first}\n企业家大显身手正当其时\n\n新华社北京2月17日电 座谈会17日上午在京举行。\n`
    const { kicker, title, subtitle } = parseDispatch(page).articles[0]!.headline
    return [kicker?.text ?? null, title?.text ?? null, subtitle?.text ?? null]
  }

  it('is cut at the space after what someone says: kicker, title, and the line under them the subtitle', () => {
    expect(head('习近平在民营企业座谈会上强调 民营经济发展前景广阔')).toEqual([
      '习近平在民营企业座谈会上强调',
      '民营经济发展前景广阔',
      '企业家大显身手正当其时',
    ])
  })

  it('leaves a line whose first part says nothing as one line of the group', () => {
    expect(head('市民文化节隆重开幕 活动精彩纷呈')).toEqual([
      '市民文化节隆重开幕 活动精彩纷呈',
      '企业家大显身手正当其时',
      null,
    ])
  })
})

describe('an item signed by a unit in brackets after its text', () => {
  it('reads the unit as a credit naming no one, not as a paragraph, on its own line or spaced off the last', () => {
    for (const [page, last] of [
      ['# 信箱\n\n张更全君:你所提的问题,已转县政府处理。\n\n(本报通联科)\n', '张更全君:你所提的问题,已转县政府处理。'],
      [
        '# 信箱\n\n张更全君:你所提的问题,已转县政府处理。\n以上问题处理后再转告。        (本报通联科)\n',
        '以上问题处理后再转告。',
      ],
      ['# 通知\n\n全县文明创建工作会议明日召开。\n\n(县委宣传部)\n', '全县文明创建工作会议明日召开。'],
    ] as const) {
      const result = parseDispatch(page)
      const [article] = result.articles
      expect(article!.paragraphs.at(-1)!.text).toBe(last)
      expect(article!.byline).toMatchObject({ outlet: null, contributors: [] })
      expect(page.slice(article!.byline!.span.start, article!.byline!.span.end)).toMatch(/^\(.+(?:科|部)\)$/)
      expect(brokenPromises(page, result)).toEqual([])
    }
  })

  it('leaves a bracketed sentence that ends in a unit, and a note on the author, as they are', () => {
    const middle = '# 通知\n\n全县生产总值增长8%。\n\n(详情请咨询县人社局)\n\n下半年将继续努力。\n'
    expect(parseDispatch(middle).articles[0]!.paragraphs.map((p) => p.text)).toContain('(详情请咨询县人社局)')
    const note = '# 通知\n\n全县生产总值增长8%。\n\n(作者系县农业局)\n'
    const [article] = parseDispatch(note).articles
    expect(article!.paragraphs.map((p) => p.role)).toEqual(['body', 'note'])
    expect(article!.byline).toBeNull()
  })
})

describe('a plain headline printed as an item of a list', () => {
  it('leaves the list’s mark out of the title, and a subtitle’s dash in', () => {
    const page = [
      '县里议员和村长难产 传某党仅获一个议员配额 | 某某报 Johor Press',
      '  • 首页',
      '  • 县里议员和村长难产 传某党仅获一个议员配额',
      '',
      '    住宅区的民生课题投诉无门。',
      '',
      '    ★报导/摄影:林德胜',
      '',
      '    (居銮18日讯)居銮市县议员和村长“难产”情况持续,令不少民众有苦无处诉。',
      '',
    ].join('\n')
    expect(roles(page)).toEqual([null, '县里议员和村长难产 传某党仅获一个议员配额', null])
    const dashed =
      '全力以赴跑好年度“最后一棒”\n——各单位冲刺全年目标综述之二\n\n本报讯 各单位全力冲刺全年生产经营目标。\n'
    expect(roles(dashed)).toEqual([null, '全力以赴跑好年度“最后一棒”', '——各单位冲刺全年目标综述之二'])
  })
})

describe('an in-body subhead of plain text', () => {
  it('reads one or two short lines between paragraphs as the subhead, no paragraph of the body', () => {
    const page = [
      '豬仔屋被拆 客工露宿組屋底層',
      '',
      '(新加坡22日訊)黃埔組屋區豬仔屋突然被拆,逾20名客工被迫連夜搬家。',
      '',
      '鄰居鄭女士受訪時說,她前日傍晚返家時就看到這群住戶聚集在樓下。',
      '',
      '凌晨時分走廊講電話',
      '鄰居三度報警',
      '',
      '客工被指凌晨時分還在走廊講電話,鄰居一年多來三度報警。',
      '',
    ].join('\n')
    const article = parseDispatch(page).articles[0]!
    expect(article.paragraphs.map((p) => p.role)).toEqual(['body', 'body', 'subhead', 'subhead', 'body'])
  })
})
