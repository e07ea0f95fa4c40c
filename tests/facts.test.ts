import { describe, expect, it } from 'vitest'
import {
  DispatchResultSchema,
  extractDates,
  extractFigures,
  extractPeople,
  extractQuotes,
  parseDispatch,
} from '../src/index.js'

type FigureRow = [
  text: string,
  found: string,
  kind: string,
  value: number | null,
  min: number | null,
  max: number | null,
  unit: string,
  approx: string | null,
]

const figures: FigureRow[] = [
  ['总投资752.2亿元', '752.2亿元', 'money', 75220000000, null, null, '元', null],
  ['发放资金1094万元', '1094万元', 'money', 10940000, null, null, '元', null],
  ['年度计划投资213.7亿元', '213.7亿元', 'money', 21370000000, null, null, '元', null],
  ['680.7亿元', '680.7亿元', 'money', 68070000000, null, null, '元', null],
  ['三千五百万元', '三千五百万元', 'money', 35000000, null, null, '元', null],
  ['1.2万元', '1.2万元', 'money', 12000, null, null, '元', null],
  ['100万亿元人民币', '100万亿元', 'money', 100000000000000, null, null, '元', null],
  ['约5000美元', '约5000美元', 'money', 5000, null, null, '美元', 'about'],
  ['20亿港元', '20亿港元', 'money', 2000000000, null, null, '港元', null],
  ['3至5万元', '3至5万元', 'money', null, 30000, 50000, '元', null],
  ['2-3亿元', '2-3亿元', 'money', null, 200000000, 300000000, '元', null],
  ['超5亿元的项目', '超5亿元', 'money', 500000000, null, null, '元', 'more-than'],
  ['5,758万元', '5,758万元', 'money', 57580000, null, null, '元', null],
  ['已累计接种疫苗2000万剂次', '2000万剂次', 'count', 20000000, null, null, '剂次', null],
  ['1000多万人实现脱贫', '1000多万人', 'count', 10000000, null, null, '人', 'more-than'],
  ['投资20余万元', '20余万元', 'money', 200000, null, null, '元', 'more-than'],
  ['新增就业1.2万余人', '1.2万余人', 'count', 12000, null, null, '人', 'more-than'],
  ['3至5余万元', '3至5余万元', 'money', null, 30000, 50000, '元', 'more-than'],
  ['每斤3元至5元之间', '3元至5元', 'money', null, 3, 5, '元', null],
  ['百余名群众', '百余名', 'count', 100, null, null, '名', 'more-than'],
  ['千余人参加', '千余人', 'count', 1000, null, null, '人', 'more-than'],
  ['增长10%至20%', '10%至20%', 'percent', null, 10, 20, '%', null],
  ['约3万元到5万元', '约3万元到5万元', 'money', null, 30000, 50000, '元', 'about'],
  ['覆盖5个村', '5个', 'count', 5, null, null, '个', null],
  ['95.3%', '95.3%', 'percent', 95.3, null, null, '%', null],
  ['同比增长20.4%', '20.4%', 'percent', 20.4, null, null, '%', null],
  ['１００％', '１００％', 'percent', 100, null, null, '%', null],
  ['百分之二十', '百分之二十', 'percent', 20, null, null, '%', null],
  ['百分之三点五', '百分之三点五', 'percent', 3.5, null, null, '%', null],
  ['20个百分点', '20个百分点', 'percent-point', 20, null, null, '百分点', null],
  ['提高1.5个百分点', '1.5个百分点', 'percent-point', 1.5, null, null, '百分点', null],
  ['30人', '30人', 'count', 30, null, null, '人', null],
  ['2483家企业', '2483家', 'count', 2483, null, null, '家', null],
  ['188072人次', '188072人次', 'count', 188072, null, null, '人次', null],
  ['15728场', '15728场', 'count', 15728, null, null, '场', null],
  ['28户商家', '28户', 'count', 28, null, null, '户', null],
  ['两粒', '两粒', 'count', 2, null, null, '粒', null],
  ['六粒', '六粒', 'count', 6, null, null, '粒', null],
  ['1.2万人', '1.2万人', 'count', 12000, null, null, '人', null],
  ['六七百人', '六七百人', 'count', null, 600, 700, '人', null],
  ['三四十名', '三四十名', 'count', null, 30, 40, '名', null],
  ['1000多名居民', '1000多名', 'count', 1000, null, null, '名', 'more-than'],
  ['300余家', '300余家', 'count', 300, null, null, '家', 'more-than'],
  ['约30人', '约30人', 'count', 30, null, null, '人', 'about'],
  ['50人左右', '50人左右', 'count', 50, null, null, '人', 'about'],
  ['近百人', '近百人', 'count', 100, null, null, '人', 'nearly'],
  ['近200人', '近200人', 'count', 200, null, null, '人', 'nearly'],
  ['上万人参加', '上万人', 'count', 10000, null, null, '人', 'more-than'],
  ['上百人', '上百人', 'count', 100, null, null, '人', 'more-than'],
  ['上千人', '上千人', 'count', 1000, null, null, '人', 'more-than'],
  ['几百人', '几百人', 'count', null, 100, 1000, '人', null],
  ['数十位政商界人士', '数十位', 'count', null, 10, 100, '位', null],
  ['突破亿吨', '突破亿吨', 'measure', 100000000, null, null, '吨', 'more-than'],
  ['不到10万吨', '不到10万吨', 'measure', 100000, null, null, '吨', 'at-most'],
  ['不低于500元', '不低于500元', 'money', 500, null, null, '元', 'at-least'],
  ['零下5度', '零下5度', 'measure', -5, null, null, '度', null],
  ['数千吨', '数千吨', 'measure', null, 1000, 10000, '吨', null],
  ['几千元', '几千元', 'money', null, 1000, 10000, '元', null],
  ['每个村奖补基数3万元', '3万元', 'money', 30000, null, null, '元', null],
  ['十几万斤', '十几万斤', 'measure', null, 110000, 190000, '斤', null],
  ['十来个', '十来个', 'count', 10, null, null, '个', 'about'],
  ['四五只', '四五只', 'count', null, 4, 5, '只', null],
  ['一两千名', '一两千名', 'count', null, 1000, 2000, '名', null],
  ['九成以上', '九成以上', 'percent', 90, null, null, '成', 'more-than'],
  ['84岁', '84岁', 'measure', 84, null, null, '岁', null],
  ['十二届全国人大五次会议', '', '', null, null, null, '', null],
  ['数百万村干部', '', '', null, null, null, '', null],
  ['将近3000户', '将近3000户', 'count', 3000, null, null, '户', 'nearly'],
  ['不少于50亩', '不少于50亩', 'measure', 50, null, null, '亩', 'at-least'],
  ['至少两次', '至少两次', 'count', 2, null, null, '次', 'at-least'],
  ['不超过10吨', '不超过10吨', 'measure', 10, null, null, '吨', 'at-most'],
  ['100公里以内', '100公里以内', 'measure', 100, null, null, '公里', 'at-most'],
  ['10万人以上', '10万人以上', 'count', 100000, null, null, '人', 'more-than'],
  ['500平方米', '500平方米', 'measure', 500, null, null, '平方米', null],
  ['1.5公里', '1.5公里', 'measure', 1.5, null, null, '公里', null],
  ['向东50米', '50米', 'measure', 50, null, null, '米', null],
  ['两万三千吨', '两万三千吨', 'measure', 23000, null, null, '吨', null],
  ['一百零五个', '一百零五个', 'count', 105, null, null, '个', null],
  ['二十一家', '二十一家', 'count', 21, null, null, '家', null],
]

describe('extractFigures', () => {
  it('keeps a number too large for a double with no value, and the result passes the schema', () => {
    const text = `${'9'.repeat(400)}元`
    const [figure, ...rest] = extractFigures(text)
    expect(rest).toEqual([])
    expect(figure).toMatchObject({ text, kind: 'money', value: null, min: null, max: null, unit: '元' })
    expect(
      parseDispatch(text)
        .articles.flatMap((a) => a.figures)
        .every((f) => f.value === null),
    ).toBe(true)
    expect(DispatchResultSchema.safeParse(parseDispatch(text)).success).toBe(true)
  })

  it.each(figures)('%s', (text, found, kind, value, min, max, unit, approx) => {
    const result = extractFigures(text)
    if (found === '') return expect(result).toEqual([])
    expect(result).toHaveLength(1)
    expect(result[0]).toEqual({
      text: found,
      span: { start: text.indexOf(found), end: text.indexOf(found) + found.length },
      kind,
      value,
      min,
      max,
      unit,
      approx,
    })
  })

  it.each([
    '2022年',
    '12月21日',
    '晚18时',
    '第三',
    '第二天',
    'G20峰会',
    '一些',
    '统一',
    '一线',
    '一场邻里互助',
    '一批退烧药',
    '最后一公里',
    '电话0635-8321234',
    '13905351234',
    '3:2',
    '24小时',
    '千家万户',
    '十九届四中全会',
    '二十大',
    '一带一路',
    '5G网络',
    '11月底',
    '前三季度',
    '这三年来',
    '第2版',
    '贯彻“三个代表”重要思想',
    '增强“四个意识”',
    '做到“两个维护”',
    '实现“两个一百年”奋斗目标',
    '统筹推进“五位一体”总体布局',
    '统筹国内国际两个大局',
    '落实八项规定',
    '前11个月',
    '两个多月前',
    '60多个小时里',
    '3个星期',
    '选派300多万县级以上机关',
    '百多年历史',
  ])('no figure in %s', (text) => {
    expect(extractFigures(text)).toEqual([])
  })

  it.each([
    // a lone 一 counted with figures of its unit in the same sentence is a count
    ['村里养了三只羊，一只黑羊、两只白羊。', ['三只', '一只', '两只']],
    ['今年举办5场音乐会、一场戏曲专场。', ['5场', '一场']],
    // …not across a sentence, not of another unit, not 每一 (each), not in 一家一户
    ['他们举办了5场音乐会。一场雨过后，天晴了。', ['5场']],
    ['一块红布、一张凳子、100余人', ['100余人']],
    ['每一盒有24粒，共100盒。', ['24粒', '100盒']],
    ['靠一家一户的力量难以办成，全村只有50多户。', ['50多户']],
  ])('reads the lone 一 of %s by the figures beside it', (text, found) => {
    expect(extractFigures(text).map((figure) => figure.text)).toEqual(found)
  })
})

describe('extractPeople', () => {
  it.each([
    ['区委常委、组织部部长高文栋表示', '高文栋', ['区委常委', '组织部部长'], null],
    ['区政协党组书记、主席董胜军作宣讲。', '董胜军', ['区政协党组书记', '主席'], null],
    ['聊城五洲大药店连锁有限公司行政副总经理李娜介绍', '李娜', ['聊城五洲大药店连锁有限公司行政副总经理'], null],
    ['在堂邑镇路庄村,23岁的葫芦种植户郝学坤,正坐在工作室里', '郝学坤', ['23岁', '葫芦种植户'], null],
    ['村党支部书记徐雷走访附近群众', '徐雷', ['村党支部书记'], null],
    ['他和村主任刘元初一起去', '刘元初', ['村主任'], null],
    ['原来,18日,王先生进购了一批退烧药。', '王', [], '先生'],
    ['身穿白大褂的医师李女士,正忙碌地为前来购药的市民取药。', '李', ['医师'], '女士'],
    ['俄罗斯塔斯社记者阿列克谢·谢里谢夫是一名资深驻华记者', '阿列克谢·谢里谢夫', ['俄罗斯塔斯社记者'], null],
    ['九三学社中央主席武维华代表各民主党派讲话', '武维华', ['九三学社中央主席'], null],
    [
      '中共中央总书记、国家主席、中央军委主席习近平发表贺词',
      '习近平',
      ['中共中央总书记', '国家主席', '中央军委主席'],
      null,
    ],
    ['习近平总书记指出,要坚持人民至上。', '习近平', ['总书记'], null],
    ['以习近平同志为核心的党中央', '习近平', ['同志'], null],
    ['我和普京总统共同宣布', '普京', ['总统'], null],
    ['12月19日，村民张大山高兴地说。', '张大山', ['村民'], null],
    ['黄山市长张三说', '张三', ['黄山市长'], null],
    ['王先生说,药已送到。', '王', [], '先生'],
    ['向先生介绍说', '向', [], '先生'],
    ['村主任于永海说', '于永海', ['村主任'], null],
    ['和李强总理一起', '李强', ['总理'], null],
    ['李国强同志表示', '李国强', ['同志'], null],
    ['欧阳修教授说', '欧阳修', ['教授'], null],
    ['县委常委、宣传部部长王五同志说', '王五', ['县委常委', '宣传部部长'], null],
    // a name right before a speech verb, with a day or a manner between
    ['外交部发言人汪文斌14日表示', '汪文斌', ['外交部发言人'], null],
    ['国务院总理李强3月14日在北京会见来宾', '李强', ['国务院总理'], null],
    // a year word after a titled name, as a day already was
    ['村党支部书记郑国庆今年59岁', '郑国庆', ['村党支部书记'], null],
    ['老党员冯建华去年退休', '冯建华', ['老党员'], null],
    ['“路修好了。”吴长耕说。', '吴长耕', [], null],
    ['孙建新信心满满地说', '孙建新', [], null],
    // given names with 月, 和, 正 (no longer banned characters)
    ['王月华表示，活动已经开始。', '王月华', [], null],
    ['张正国说，路已经修好了。', '张正国', [], null],
    ['镇长陈和平介绍', '陈和平', ['镇长'], null],
    // a common word that opens the name does not unmake it when both ends are certain
    ['公安局局长江海表示', '江海', ['公安局局长'], null],
    ['书记王伟正在村里', '王伟', ['书记'], null],
    // any character first in a given name of two when both ends are certain; an adverb after a name is none
    ['公司主任姜科勤介绍', '姜科勤', ['公司主任'], null],
    ['“好。”蒋再华说。', '蒋再华', [], null],
    ['书记王伟也表示', '王伟', ['书记'], null],
    // a three-character name that opens its sentence, with no title, before a predicate
    ['从此，田晓霞一心扑在卖鞋上。', '田晓霞', [], null],
    ['。周立新在村里住了三年', '周立新', [], null],
    // a title after a word that goes on to a name is a title chain (`国家副主席胡锦涛`)
    ['政治局常委、国家副主席胡锦涛表示', '胡锦涛', ['政治局常委', '国家副主席'], null],
    ['代表中国人民，向普京总统和俄罗斯人民致以问候', '普京', ['总统'], null],
    // a transliterated name between a title and its verb; a foreign name with · ends before what follows a name
    ['该委员会副主席达努差表示，项目已经启动。', '达努差', ['该委员会副主席'], null],
    ['联合国副秘书长阿米娜认为，经济正在恢复。', '阿米娜', ['联合国副秘书长'], null],
    ['教研室主任阿列克谢·马斯洛夫则提醒民众', '阿列克谢·马斯洛夫', ['教研室主任'], null],
    ['研究员夏锋则认为', '夏锋', ['研究员'], null],
    // …and before its predicate or a time word (jieba's words); a bracketed label closes a title chain
    ['村民艾买提·吐尔逊获得了表彰', '艾买提·吐尔逊', ['村民'], null],
    ['【特写】护士古丽·买买提目前在乡卫生院工作', '古丽·买买提', ['护士'], null],
    // 和 and 与 inside an organisation's name keep it whole; 兼 splits titles
    ['文化和旅游部副部长李金早表示', '李金早', ['文化和旅游部副部长'], null],
    ['南昌航空大学国际合作与交流处处长余鑫说', '余鑫', ['南昌航空大学国际合作与交流处处长'], null],
    ['中国电力企业联合会专职副理事长兼秘书长于崇德介绍', '于崇德', ['中国电力企业联合会专职副理事长', '秘书长'], null],
  ] as const)('%s', (text, name, titles, honorific) => {
    const [person, ...rest] = extractPeople(text)
    expect(rest).toEqual([])
    expect(person).toMatchObject({ name, titles, honorific })
    expect(text.slice(person!.span.start, person!.span.end)).toBe(name)
  })

  it('gives each name only the titles after the name before it', () => {
    expect(extractPeople('市委书记张三、市长李四出席会议').map((p) => [p.name, p.titles])).toEqual([
      ['张三', ['市委书记']],
      ['李四', ['市长']],
    ])
  })

  it('links later mentions of the same person', () => {
    const text = '药房老板王先生进购了一批退烧药。随后,王先生迅速联系了社区。据王先生介绍,这三年来……'
    const [person] = extractPeople(text)
    // named by the surname alone, as is each mention: 王先生 is 王 with the honorific 先生
    expect(person).toMatchObject({ name: '王', honorific: '先生' })
    expect(person!.mentions.map((m) => text.slice(m.start, m.end + 2))).toEqual(['王先生', '王先生'])
  })

  it('keeps 王先生 and 王女士 of one text apart, each named 王', () => {
    const text = '王先生和王女士都说,药已送到。'
    expect(extractPeople(text).map((p) => [p.name, p.honorific, p.span.start])).toEqual([
      ['王', '先生', 0],
      ['王', '女士', 4],
    ])
  })

  it.each([
    '党员干部与群众之间',
    '许多附近的居民闻讯前来药房领取',
    '大家纷纷支持',
    '部长们回答得很积极',
    '他们是最可爱的人',
    '总书记强调,要坚持',
    '总书记国内考察路线',
    '研究生冠军班同学',
    '几位老人正在读报',
    '全国人大常委会委员长',
    '中央委员会主席',
    '国家主席',
    '王书记说',
    '市长认真表示',
    // function words that are surnames too open no name without a title; 说明 is no speech verb
    '残骸已经找到，但没有透露更多消息。',
    '小路弯弯，那画笔正在画着脚印',
    '种种关注，都充分说明了这一点。',
    // words with · that fill their quotation or title marks are a term
    '开展“新时代·好少年”评选',
    '《新时代·面孔》栏目',
    // a word of jieba's dictionary opens no name that has only its shape to go by (荣获 is tagged a name there)
    '荣获共和国勋章',
    '，向关心支持我们的朋友致谢',
    '护士长进一步指出',
    // common words that open with a surname (jieba's dictionary): `文件`, `全程`, `马上`
    '会上，文件指出',
    '书记全程参与',
    '局长马上赶到',
    '县委张三书记',
    '高新区主任',
    '王庄村书记',
    '国务院总理',
    '东昌府区举办农民丰收节 近日',
    '张家港市长',
    '江苏省长',
    '黄山书记',
    '她向老师请教问题',
    '我和大爷聊天',
    '主任向大家介绍了情况',
    '书记和群众一起',
    '主任向他介绍',
    '书记全程参与',
    '局长马上赶到说',
    '书记连夜召开会议',
  ])('no person in %s', (text) => {
    expect(extractPeople(text)).toEqual([])
  })
})

describe('extractQuotes', () => {
  it.each([
    [
      '区委常委、组织部部长高文栋表示:“我们将恳谈议事会收集的问题进行汇总整理,及时解决群众难题。”',
      '高文栋',
      '表示',
      'speech',
    ],
    [
      '“我们将恳谈议事会收集的问题进行汇总整理,及时解决群众难题。”区委常委、组织部部长高文栋表示。',
      '高文栋',
      '表示',
      'speech',
    ],
    ['“真是没有想到,这笔补贴就到了账。”近日,区力得科技公司人事部部长温丽娟告诉记者。', '温丽娟', '告诉记者', 'speech'],
    ['他思索道,“每一盒药片共有24粒药片,一共100盒药。”', '他', '思索道', 'speech'],
    ['“这小小两药片,我也没办法算价钱呀!”', null, null, 'speech'],
    ['“这小小两药片,我也没办法算价钱呀!”顾客李女士告诉我们,当天她就领到了药。', '李女士', '告诉我们', 'speech'],
    ['我区牢牢坚持“项目为王”理念不动摇', null, null, 'term'],
    ['让手机成为农民的“新农具”', null, null, 'term'],
    [
      '“我感觉到中国正在变得更加自信和开放。我非常看好中国的稳定发展。”俄罗斯塔斯社记者阿列克谢·谢里谢夫说。',
      '阿列克谢·谢里谢夫',
      '说',
      'speech',
    ],
    ['“我们一定行。”习近平总书记这样说。', '习近平', '说', 'speech'],
    ['“我们一定行。”总书记这样说。', null, '说', 'speech'],
    ['他说：“好。”', '他', '说', 'speech'],
    ['对于沿线国家人民来说，“一带一路”是水和电', null, null, 'term'],
    ['时间已成回忆，“2020”悄然开启', null, null, 'term'],
    ['号称“天下第一”', null, null, 'term'],
    ['他总是笑着说,“脱贫无小事,件件是大事”', '他', '笑着说', 'speech'],
  ] as const)('%s', (text, speaker, verb, kind) => {
    const [quote, ...rest] = extractQuotes(text)
    expect(rest).toEqual([])
    expect(quote).toMatchObject({ speaker, verb, kind })
    expect(text.slice(quote!.span.start, quote!.span.end)).toBe(quote!.text)
  })

  it('lists a nested quote after its quote, as a term, and takes no 《》 title or unmatched mark for a quote', () => {
    expect(extractQuotes('“真的让我感受到了那句‘远亲啊,就是不如近邻!’”').map((q) => [q.text, q.kind])).toEqual([
      ['“真的让我感受到了那句‘远亲啊,就是不如近邻!’”', 'speech'],
      ['‘远亲啊,就是不如近邻!’', 'term'],
    ])
    expect(extractQuotes('出台了《东昌府区促进农村电商发展的若干政策(试行)》')).toEqual([])
    expect(extractQuotes('他说:“还没说完')).toEqual([])
  })

  it('gives a quote inside a sentence the speaker of its sentence, not the verb that introduces the next one', () => {
    const quotes = extractQuotes(
      '顾客李女士告诉我们，两人第二天就退了烧，“那天我跑了好几家药店都买不到药。”网格员付兴表示:“华美大药店在疫情期间能够急人所急,伸出援助之手。”',
    )
    expect(quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ['李女士', null],
      ['付兴', '表示'],
    ])
  })

  it('does not give a quote inside its sentence a verb after it that goes on to what follows', () => {
    const quotes = extractQuotes(
      '当时，王先生的“借口”是：“这小小两药片,我也没办法算价钱呀!”顾客李女士告诉我们,当天她就领到了药。',
    )
    expect(quotes.map((q) => [q.kind, q.speaker, q.verb])).toEqual([
      ['term', null, null],
      ['speech', null, null],
    ])
  })

  it('gives a quote opening its sentence the verb after it, even when the sentence goes on', () => {
    const [quote] = extractQuotes('“今年的收成不错。”村主任刘长河告诉记者，全村的玉米都已入库。')
    expect(quote).toMatchObject({ speaker: '刘长河', verb: '告诉记者', kind: 'speech' })
  })

  it('finds the speaker in the second clause after a quote, past a place', () => {
    const [quote] = extractQuotes('“数据不再是孤岛。”在市数据中心大厅里，科长周明远告诉记者。')
    expect(quote).toMatchObject({ speaker: '周明远', verb: '告诉记者' })
  })

  it('takes a name right before its verb for the speaker, without a title', () => {
    expect(extractQuotes('“路修好了，心里亮堂。”吴长耕说。')[0]?.speaker).toBe('吴长耕')
    expect(extractQuotes('孙建新曾说：“要把根扎在泥土里。”')[0]?.speaker).toBe('孙建新')
    expect(extractQuotes('“我们不怕苦。”许文华信心满满地说。')[0]?.speaker).toBe('许文华')
  })

  it('keeps the speaker for a quote that goes on in a later sentence', () => {
    const quotes = extractQuotes('“春耕不等人。”赵立民说，合作社已备好了种子。“明年还要再扩大面积。”')
    expect(quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ['赵立民', '说'],
      ['赵立民', null],
    ])
  })

  it('gives a quote after indirect speech in the same sentence the speaker of that sentence', () => {
    const [quote] = extractQuotes('钱志刚说，年初厂里一度资金紧张，“关键时候，贷款帮了大忙！”')
    expect(quote).toMatchObject({ speaker: '钱志刚', verb: null, kind: 'speech' })
    const [short] = extractQuotes('钱志刚说，订单越来越多，“日子有奔头”。')
    expect(short).toMatchObject({ speaker: '钱志刚', kind: 'speech' })
  })

  it('gives an opening quote with no speaker before it the speaker of the next quote', () => {
    const quotes = extractQuotes('“大家早上好！”八点整，王强走进车间。“今天的任务很重。”王强说。')
    expect(quotes.map((q) => q.speaker)).toEqual(['王强', '王强'])
  })

  it('resolves 他 and 她 to the last person named before', () => {
    const [quote] = extractQuotes('记者见到了村支书马国平。他告诉记者：“路通了，产业就活了。”')
    expect(quote?.speaker).toBe('马国平')
  })

  it('takes quotes in a row, and a saying the sentence goes on from, for terms', () => {
    const row = extractQuotes('“人人讲安全，个个会应急”“安全第一，预防为主”……村里的墙上写满了标语。')
    expect(row.map((q) => q.kind)).toEqual(['term', 'term'])
    expect(extractQuotes('他怀着“天下兴亡，匹夫有责”的信念来到前线。')[0]?.kind).toBe('term')
  })
})

describe('linear time on adversarial input', () => {
  /** CPU time in ms, best of five (wall time on a shared machine measures the others too). */
  const time = (fn: () => unknown) => {
    let best = Infinity
    for (let i = 0; i < 5; i++) {
      const start = process.cpuUsage()
      fn()
      const used = process.cpuUsage(start)
      best = Math.min(best, (used.user + used.system) / 1000)
    }
    return best
  }
  it.each([
    ['long digit runs', (n: number) => '1'.repeat(n)],
    ['万万万', (n: number) => '万'.repeat(n)],
    ['numerals and units', (n: number) => '三千五百万元'.repeat(n / 6)],
    ['unmatched “', (n: number) => '“'.repeat(n)],
    ['surnames and titles', (n: number) => '部长王'.repeat(n / 3)],
  ])('%s', (_name, make) => {
    const all = (text: string) => [extractFigures(text), extractPeople(text), extractQuotes(text)]
    time(() => all(make(20_000)))
    expect(
      time(() => all(make(160_000))) /
        Math.max(
          time(() => all(make(20_000))),
          2,
        ),
    ).toBeLessThan(24)
  })
})

describe('generated cases', () => {
  /** Chinese numerals for 2..99999, written the common way (`三千零五`, `二万三千`). */
  const cn = (n: number): string => {
    const digits = '零一二三四五六七八九'
    const units = ['', '十', '百', '千', '万']
    const s = String(n)
    let out = ''
    let zero = false
    for (let i = 0; i < s.length; i++) {
      const d = Number(s[i])
      const unit = units[s.length - 1 - i]!
      if (d === 0) zero = out.length > 0
      else {
        if (zero) out += '零'
        zero = false
        out += (d === 1 && unit === '十' && out.length === 0 ? '' : digits[d]) + unit
      }
    }
    return out
  }
  const numbers = [
    ...Array.from({ length: 98 }, (_, i) => i + 2),
    100,
    105,
    110,
    120,
    250,
    999,
    1000,
    1005,
    1234,
    3500,
    10000,
    23000,
    35000,
    99999,
  ]
  it.each(numbers.map((n) => [`${cn(n)}人`, n] as const))('%s is %i people', (text, n) => {
    expect(extractFigures(text)).toMatchObject([{ text, kind: 'count', value: n, unit: '人' }])
  })
  it.each(numbers.filter((n) => n % 7 === 0).map((n) => [`${n}万元`, n * 10000] as const))(
    '%s is %i yuan',
    (text, value) => {
      expect(extractFigures(text)).toMatchObject([{ kind: 'money', value, unit: '元' }])
    },
  )

  const titles = [
    '区委书记',
    '县长',
    '镇党委副书记',
    '公司总经理',
    '社区网格员',
    '村党支部书记',
    '市民',
    '执业药师',
    '派出所民警',
    '医院院长',
  ]
  const names = ['王小明', '李娜', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴昊']
  it.each(titles.flatMap((title) => names.map((name) => [title, name] as const)))('%s%s表示', (title, name) => {
    expect(extractPeople(`${title}${name}表示,工作要做实。`)).toMatchObject([
      { name, titles: [title], honorific: null },
    ])
  })
})

describe('Traditional pages', () => {
  it('read figures, people, quotes and dates through the folded text, reported as printed', () => {
    const text = '財政司司長陳茂波說：「措施涉及約700億元。」12月21號晚上8時，逾1.2萬人次參與。'
    expect(extractFigures(text).map((f) => [f.text, f.value, f.unit, f.approx])).toEqual([
      ['約700億元', 70000000000, '元', 'about'],
      ['逾1.2萬人次', 12000, '人次', 'more-than'],
    ])
    expect(extractPeople(text).map((p) => [p.name, p.titles])).toEqual([['陳茂波', ['財政司司長']]])
    expect(extractQuotes(text).map((q) => [q.speaker, q.verb, q.kind])).toEqual([['陳茂波', '說', 'speech']])
    expect(extractDates(text, { issueDate: '2022-12-22' }).map((d) => [d.text, d.start])).toEqual([
      ['12月21號晚上8時', '2022-12-21T20:00'],
    ])
  })
})
