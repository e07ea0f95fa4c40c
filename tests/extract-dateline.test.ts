import { describe, expect, it } from 'vitest'
import { readDateline } from '../src/extract/dateline.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const read = (text: string) => {
  const folded = lexicon.fold(text)
  const r = readDateline(folded, lexicon)
  if (r === null) return null
  const part = (range: [number, number] | null) => (range === null ? null : text.slice(...range))
  return {
    kind: r.kind,
    outlet: part(r.outlet),
    place: part(r.place),
    date: r.date && { text: text.slice(r.date.start, r.date.end), month: r.date.month, day: r.date.day },
  }
}

describe('readDateline', () => {
  it.each([
    [
      '中央社/ 台北7日電',
      { kind: 'dian', outlet: '中央社', place: '台北', date: { text: '7日', month: undefined, day: 7 } },
    ],
    [
      '中央社/ 巴黎9日專電',
      { kind: 'dian', outlet: '中央社', place: '巴黎', date: { text: '9日', month: undefined, day: 9 } },
    ],
    ['本報消息', { kind: 'xun', outlet: '本報', place: null, date: null }],
    [
      '芙蓉、波德申26日讯',
      { kind: 'xun', outlet: null, place: '芙蓉、波德申', date: { text: '26日', month: undefined, day: 26 } },
    ],
    ['本刊讯', { kind: 'xun', outlet: '本刊', place: null, date: null }],
    // a web outlet's or a county paper's brand is its outlet, no place
    ['今日镇江讯', { kind: 'xun', outlet: '今日镇江', place: null, date: null }],
    [
      '胶东在线11月20日讯',
      { kind: 'xun', outlet: '胶东在线', place: null, date: { text: '11月20日', month: 11, day: 20 } },
    ],
    ['荆楚网(湖北日报网)讯', { kind: 'xun', outlet: '荆楚网', place: null, date: null }],
    // a site and its paper, a hyphen between: one outlet as written
    ['四川新闻网-成都日报讯', { kind: 'xun', outlet: '四川新闻网-成都日报', place: null, date: null }],
    [
      '中国江西网-江西日报南昌5日讯',
      { kind: 'xun', outlet: '中国江西网-江西日报', place: '南昌', date: { text: '5日', month: undefined, day: 5 } },
    ],
    ['央视网消息', { kind: 'xun', outlet: '央视网', place: null, date: null }],
    ['澳門電台消息', { kind: 'xun', outlet: '澳門電台', place: null, date: null }],
    // an agency the lexicon does not know, named as agencies are, before the place of a dated dateline
    [
      '中评社台北11月20日电',
      { kind: 'dian', outlet: '中评社', place: '台北', date: { text: '11月20日', month: 11, day: 20 } },
    ],
    [
      '红旗公社3日讯',
      { kind: 'xun', outlet: null, place: '红旗公社', date: { text: '3日', month: undefined, day: 3 } },
    ],
    // a wire brief of 参考消息: an agency, the day, 报道
    [
      '美联社六日报道',
      { kind: 'xun', outlet: '美联社', place: null, date: { text: '六日', month: undefined, day: 6 } },
    ],
  ])('reads the newer forms: %s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it.each(['最新消息', '、台北讯', '东昌府6日报道', '北京-上海讯', '2024-05-06讯'])(
    'reads %s as no dateline',
    (text) => {
      expect(read(text)).toBeNull()
    },
  )

  // one character before 讯 makes a word; a place alone is a name of two characters at least
  it.each(['资讯', '快訊', '简讯', '喜讯'])('reads the word %s as no dateline', (text) => {
    expect(read(text)).toBeNull()
  })

  // what kind of report it is, a section's label: no outlet reports here
  it.each(['即時報道', '现场报道', '即時資訊、特別報道'])('reads the label %s as no dateline', (text) => {
    expect(read(text)).toBeNull()
  })

  it('reads a report-kind word before 报导 as part of the kind, the place before it', () => {
    expect(read('華盛頓即時報導')).toEqual({ kind: 'xun', outlet: null, place: '華盛頓', date: null })
    expect(read('北京现场报道')).toEqual({ kind: 'xun', outlet: null, place: '北京', date: null })
  })

  it('still reads a place of two characters alone, and an outlet reporting', () => {
    expect(read('聊城讯')).toEqual({ kind: 'xun', outlet: null, place: '聊城', date: null })
    expect(read('云上通山报道')).toEqual({ kind: 'xun', outlet: '云上通山', place: null, date: null })
  })

  it.each([
    ['中乡网安徽讯', '中乡网', '安徽'],
    ['大河报郑州讯', '大河报', '郑州'],
    ['湖北日报网武汉讯', '湖北日报网', '武汉'],
  ])('reads %s as an outlet the lexicon does not know, branded as one, then a place', (text, outlet, place) => {
    expect(read(text)).toEqual({ kind: 'xun', outlet, place, date: null })
  })

  it.each([
    ['东昌府讯', { kind: 'xun', outlet: null, place: '东昌府', date: null }],
    ['古楼街讯', { kind: 'xun', outlet: null, place: '古楼街', date: null }],
    ['本报讯', { kind: 'xun', outlet: '本报', place: null, date: null }],
    [
      '本报北京12月21日电',
      { kind: 'dian', outlet: '本报', place: '北京', date: { text: '12月21日', month: 12, day: 21 } },
    ],
    [
      '新华社北京12月31日电',
      { kind: 'dian', outlet: '新华社', place: '北京', date: { text: '12月31日', month: 12, day: 31 } },
    ],
    [
      '本报合肥18日电',
      { kind: 'dian', outlet: '本报', place: '合肥', date: { text: '18日', month: undefined, day: 18 } },
    ],
    [
      '新华社北京十二月二十一日电',
      { kind: 'dian', outlet: '新华社', place: '北京', date: { text: '十二月二十一日', month: 12, day: 21 } },
    ],
    ['香港文匯報訊', { kind: 'xun', outlet: '香港文匯報', place: null, date: null }],
    ['長江日報訊', { kind: 'xun', outlet: '長江日報', place: null, date: null }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it.each(['丁振雷、记者向黎鸣报道', '本报记者张三讯'])(
    '%s: names and a role word are a credit, no dateline',
    (text) => {
      expect(read(text)).toBeNull()
    },
  )

  // a justified line spaces its letters: the words read as the words they space
  it.each([
    ['本 报 讯', { kind: 'xun', outlet: '本 报', place: null, date: null }],
    [
      '新 华 社 北 京 1 2 月 3 1 日 电',
      { kind: 'dian', outlet: '新 华 社', place: '北 京', date: { text: '1 2 月 3 1 日', month: 12, day: 31 } },
    ],
  ])('reads the letter-spaced %s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it.each(['讯', '编者按', '今年以来,我区讯', '一二三四五六七八九十一二三四五六七八九十一二三四五讯', '本报记者'])(
    '%s is no dateline',
    (text) => {
      expect(read(text)).toBeNull()
    },
  )
})

describe('readLead', async () => {
  const { readLead } = await import('../src/extract/lead.js')
  const { normalize } = await import('../src/normalize.js')
  // as the pipeline sees it: widths folded (same length), then Traditional folded
  const lead = (text: string) => {
    const r = readLead(lexicon.fold(normalize(text).text.slice(0, -1)), lexicon)
    return {
      dateline: r.dateline && text.slice(r.dateline.start, r.dateline.end),
      outlet: r.dateline?.reading.outlet
        ? text.slice(r.dateline.start + r.dateline.reading.outlet[0], r.dateline.start + r.dateline.reading.outlet[1])
        : null,
      byline: r.byline && text.slice(r.byline.start, r.byline.end),
      names: r.byline?.reading.contributors.map((c) => text.slice(c.start, c.end)) ?? [],
      body: text.slice(r.bodyStart, r.bodyStart + 6),
    }
  }

  it.each([
    [
      '本报北京12月31日电 （记者冯春梅）中国人民政治协商会议',
      {
        dateline: '本报北京12月31日电',
        outlet: '本报',
        byline: '（记者冯春梅）',
        names: ['冯春梅'],
        body: '中国人民政治',
      },
    ],
    [
      '新华社北京12月31日电  新年前夕，国家主席',
      { dateline: '新华社北京12月31日电', outlet: '新华社', byline: null, names: [], body: '新年前夕，国' },
    ],
    [
      '本报讯 据长江日报消息:长江大桥',
      { dateline: '本报讯', outlet: '本报', byline: null, names: [], body: '据长江日报消' },
    ],
    [
      '秀山網訊 1月31日,膏田鎮召開專題會議',
      { dateline: '秀山網訊', outlet: '秀山網', byline: null, names: [], body: '1月31日,' },
    ],
    [
      '揚子晚報網12月24日訊(通訊員 毛潤民陳曦 記者 姜天圣)12月23日晚',
      {
        dateline: '揚子晚報網12月24日訊',
        outlet: '揚子晚報網',
        byline: '(通訊員 毛潤民陳曦 記者 姜天圣)',
        names: ['毛潤民', '陳曦', '姜天圣'],
        body: '12月23日',
      },
    ],
    [
      '香港文匯報訊（記者 張聰 北京報道）',
      { dateline: '香港文匯報訊', outlet: '香港文匯報', byline: '（記者 張聰 北京報道）', names: ['張聰'], body: '' },
    ],
    [
      '云上通山报道:(全媒体记者 孟军)3月3日,通羊镇',
      { dateline: '云上通山报道', outlet: '云上通山', byline: '(全媒体记者 孟军)', names: ['孟军'], body: '3月3日,通' },
    ],
    [
      '本报北京4月17日讯 记者温红彦报道:北京市委',
      { dateline: '本报北京4月17日讯', outlet: '本报', byline: '记者温红彦报道', names: ['温红彦'], body: '北京市委' },
    ],
    [
      '长江日报讯（记者 王刚 实习生 李明）春节',
      {
        dateline: '长江日报讯',
        outlet: '长江日报',
        byline: '（记者 王刚 实习生 李明）',
        names: ['王刚', '李明'],
        body: '春节',
      },
    ],
    ['东昌府讯 今年以来', { dateline: '东昌府讯', outlet: null, byline: null, names: [], body: '今年以来' }],
    ['央视网消息：今年以来', { dateline: '央视网消息', outlet: '央视网', byline: null, names: [], body: '今年以来' }],
    // a dispatch cited keeps its 据; the outlet is the one after it
    [
      '据新华社电  （记者李继伟、齐雷杰）“开不完的荒',
      {
        dateline: '据新华社电',
        outlet: '新华社',
        byline: '（记者李继伟、齐雷杰）',
        names: ['李继伟', '齐雷杰'],
        body: '“开不完的荒',
      },
    ],
  ])('%s', (text, expected) => {
    expect(lead(text)).toEqual(expected)
  })

  it.each([
    [
      '【明報專訊】政府昨日宣布',
      { dateline: '明報專訊', outlet: '明報', byline: null, names: [], body: '政府昨日宣布' },
    ],
    [
      '【新华社北京12月21日电】记者从会上获悉',
      { dateline: '新华社北京12月21日电', outlet: '新华社', byline: null, names: [], body: '记者从会上获' },
    ],
    [
      '〔記者王小明／台北報導〕立法院今天三讀',
      { dateline: '台北報導', outlet: null, byline: '記者王小明', names: ['王小明'], body: '立法院今天三' },
    ],
    ['记者李四／新北报导', { dateline: '新北报导', outlet: null, byline: '记者李四', names: ['李四'], body: '' }],
    // CNA names its reporters inside the dateline: the byline lies within it
    [
      '（中央社記者戴雅真台北29日電）台北市政府今天公布',
      {
        dateline: '中央社記者戴雅真台北29日電',
        outlet: '中央社',
        byline: '記者戴雅真',
        names: ['戴雅真'],
        body: '台北市政府今',
      },
    ],
    ['編譯陳成良／綜合報導', { dateline: '綜合報導', outlet: null, byline: '編譯陳成良', names: ['陳成良'], body: '' }],
    // Taiwan's 報導 closes a bare dateline before a space, as 讯 does: the paper compiled it, or its reporters did
    [
      '本報綜合報導 大陸河南省方城縣',
      { dateline: '本報綜合報導', outlet: '本報', byline: null, names: [], body: '大陸河南省方' },
    ],
    [
      '本報記者綜合報導 台東縣太麻里鄉',
      { dateline: '本報記者綜合報導', outlet: '本報', byline: null, names: [], body: '台東縣太麻里' },
    ],
    ['台北報導 行政院今天通過', { dateline: '台北報導', outlet: null, byline: null, names: [], body: '行政院今天通' }],
    // a web copy's publication time before the lead
    [
      '2025/12/03 14:42 記者劉榮／台北報導',
      { dateline: '台北報導', outlet: null, byline: '記者劉榮', names: ['劉榮'], body: '' },
    ],
    // a record's ids before the lead
    [
      '926 1583734021319982 广州日报讯（记者 黎慧莹）',
      { dateline: '广州日报讯', outlet: '广州日报', byline: '（记者 黎慧莹）', names: ['黎慧莹'], body: '' },
    ],
    [
      '2024-01-31 本報訊（記者 張明凱）1月30日，',
      { dateline: '本報訊', outlet: '本報', byline: '（記者 張明凱）', names: ['張明凱'], body: '1月30日，' },
    ],
  ])('%s: a lead in brackets, or a byline before its place', (text, expected) => {
    expect(lead(text)).toEqual(expected)
  })

  it.each([
    '通讯员孙睿介绍,',
    '电商直播带货',
    '今年以来,本报讯',
    '据新华社报道,美国',
    '新华社消息称,美国',
    '湖南衡东开展大型主题报道活动', // 报道 inside a headline's words, not closing a web outlet's dateline
    '我区讯息化建设',
    '【重要提示】请注意',
    '[1]参考文献',
    '【图片新闻】',
    '张三/李四报导',
    '媒体报导时说,', // 报导 inside a sentence's words
    '台北報導指出',
    // 消息, 报道, 报导 before a comma open a sentence after words that are no outlet the lexicon knows
    '外媒報導，美國總統川普今天宣布',
    '外媒报道,美国总统今天宣布',
    '本報綜合報導稱,美國總統今天宣布',
    '2025/12/03 14:42',
    '10 月 14 日，全县召开大会',
    '2025/12/03 今年以来,本报讯',
  ])('%s opens with no dateline', (text) => {
    expect(lead(text).dateline).toBeNull()
  })

  it('reads a letter-spaced dateline, judging the letter after the space as it would the next character', () => {
    expect(lead('本 报 讯 10 月 14 日 ， 中 国 海 油 党 组 召 开')).toMatchObject({
      dateline: '本 报 讯',
      outlet: '本 报',
    })
    expect(lead('大 西 北 網 訊 (記者王志儉) 融媒開新篇')).toMatchObject({
      dateline: '大 西 北 網 訊',
      names: ['王志儉'],
      body: '融媒開新篇',
    })
    // a word goes on (讯问), and a place alone must close its words, as without the spaces
    expect(lead('我 们 讯 问 了 他').dateline).toBeNull()
    expect(lead('东 昌 府 讯 近 日 ， 全 区').dateline).toBeNull()
  })

  it('reads the byline after a dateline in brackets, as after a bare one', () => {
    expect(lead('【本報訊】(記者 鍾立)四川大地震至今')).toEqual({
      dateline: '本報訊',
      outlet: '本報',
      byline: '(記者 鍾立)',
      names: ['鍾立'],
      body: '四川大地震至',
    })
    expect(lead('【本報訊】記者鍾立報道:四川大地震至今').names).toEqual(['鍾立'])
    // words in brackets that name no one are the text's
    expect(lead('【本報訊】(更新)四川大地震至今')).toMatchObject({ byline: null, body: '(更新)四川' })
  })

  it('reads an inline credit opening the text with no dateline as its byline', () => {
    expect(lead('记者李浩然、通讯员叶星国报道:南国初春,某旅')).toEqual({
      dateline: null,
      outlet: null,
      byline: '记者李浩然、通讯员叶星国报道',
      names: ['李浩然', '叶星国'],
      body: '南国初春,某',
    })
    // names with no role word are no credit
    expect(lead('李浩然报道:南国初春').byline).toBeNull()
  })

  it('reads the paper, the byline and the place, each after a slash, as 联合报 prints them', () => {
    expect(lead('聯合報／ 記者陳熙文／華盛頓即時報導 外交部長')).toEqual({
      dateline: '華盛頓即時報導',
      outlet: null,
      byline: '記者陳熙文',
      names: ['陳熙文'],
      body: '外交部長',
    })
    // a first part that is no paper's name is no such lead
    expect(lead('今天下午／ 記者陳熙文／華盛頓即時報導').dateline).toBeNull()
    // a local paper's names no place: the byline alone
    expect(lead('〔記者張麗英/報導〕民勤社區發展協會')).toEqual({
      dateline: null,
      outlet: null,
      byline: '記者張麗英/報導',
      names: ['張麗英'],
      body: '民勤社區發展',
    })
  })

  it('reads a byline whose place is signed by the paper in place of 報導, as its newsletter prints it', () => {
    const text = '記者劉懿萱、屈彥辰/台北聯合報 陸委會表示'
    const r = readLead(lexicon.fold(text), lexicon)
    expect(lead(text)).toEqual({
      dateline: null,
      outlet: null,
      byline: '記者劉懿萱、屈彥辰/台北聯合報',
      names: ['劉懿萱', '屈彥辰'],
      body: '陸委會表示',
    })
    expect(r.byline?.reading.outlet && text.slice(...r.byline.reading.outlet)).toBe('聯合報')
    // no role word, or no paper's name after the place: no such lead
    expect(lead('今天下午/台北聯合報').byline).toBeNull()
    expect(lead('記者劉懿萱/台北市政府').byline).toBeNull()
  })

  it('reads a special correspondent’s line signed by the paper glued after it, as its newsletter prints it', () => {
    const text = '特派記者王大同/東京報導聯合報'
    const r = readLead(lexicon.fold(text), lexicon)
    expect(lead(text)).toEqual({
      dateline: '東京報導',
      outlet: null,
      byline: '特派記者王大同',
      names: ['王大同'],
      body: '',
    })
    expect(r.byline?.reading.outlet && text.slice(...r.byline.reading.outlet)).toBe('聯合報')
    // glued words that are no paper's name are no such lead
    expect(lead('特派記者王大同/東京報導今天下午').dateline).toBeNull()
  })

  // the dateline's own punctuation is not the text's: `中评社台北11月20日电/`, `美联社报道,`
  it.each([
    ['中评社台北11月20日电/国民党主席', '国民党主席'],
    ['美联社报道,五人丧生,至少', '五人丧生,至'],
    ['新华社北京12月31日电，记者从', '记者从'],
  ])('%s: the text starts after the separator', (text, body) => {
    expect(lead(text).body).toBe(body.slice(0, 6))
  })
})
