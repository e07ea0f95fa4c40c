import { describe, expect, it } from 'vitest'
import { readByline } from '../src/extract/byline.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const read = (text: string) => {
  const r = readByline(text, lexicon)
  if (r === null) return null
  return {
    outlet: r.outlet && text.slice(...r.outlet),
    contributors: r.contributors.map((c) => [
      text.slice(c.start, c.end),
      c.role,
      c.roleWord && text.slice(...c.roleWord),
    ]),
    ...(r.guessedSplits.length > 0 && { guessed: r.guessedSplits.map((s) => text.slice(...s)) }),
  }
}

describe('readByline', () => {
  it.each([
    ['融媒体 全兴社', '融媒体', [['全兴社', 'reporter', null]]],
    [
      '融媒体 郭龙君 通讯员 孙睿',
      '融媒体',
      [
        ['郭龙君', 'reporter', null],
        ['孙睿', 'correspondent', '通讯员'],
      ],
    ],
    ['全媒体记者 孟军', '全媒体', [['孟军', 'reporter', '全媒体记者']]],
    [
      '本报记者 刘峰 杜一菲',
      '本报',
      [
        ['刘峰', 'reporter', '本报记者'],
        ['杜一菲', 'reporter', '本报记者'],
      ],
    ],
    ['本报记者 李四 参与采写', '本报', [['李四', 'reporter', '本报记者']]],
    [
      '全媒體記者 吳華 通訊員 石琴',
      '全媒體',
      [
        ['吳華', 'reporter', '全媒體記者'],
        ['石琴', 'correspondent', '通訊員'],
      ],
    ],
    [
      '记者李增辉、刘峰',
      null,
      [
        ['李增辉', 'reporter', '记者'],
        ['刘峰', 'reporter', '记者'],
      ],
    ],
    ['作者:孟军', null, [['孟军', 'author', '作者']]],
    ['实习生 王小明', null, [['王小明', 'intern', '实习生']]],
    ['见习记者 李四', null, [['李四', 'intern', '见习记者']]],
    ['秦廷富摄', null, [['秦廷富', 'photographer', '摄']]],
    // a photo report: `摄影报道` glued to the name is its trailing role word, not a name's verb
    ['王勇摄影报道', null, [['王勇', 'photographer', '摄影报道']]],
    ['本报记者 张三摄影报道', '本报', [['张三', 'photographer', '摄影报道']]],
    // a name with its reporting verb is the reporter, as `秦廷富摄` is the photographer; 报导 is its other form
    ['诸葛万报道', null, [['诸葛万', 'reporter', '报道']]],
    ['■陈兆良报导', null, [['陈兆良', 'reporter', '报导']]],
    // the unit its people work for is no name
    ['通讯员 县委宣传部 李四', null, [['李四', 'correspondent', '通讯员']]],
    ['两会特别报道组 记者 王五', null, [['王五', 'reporter', '记者']]],
    // two roles under one label: the names take the first
    [
      '文/图:林德胜、陈天保',
      null,
      [
        ['林德胜', 'author', '文/图'],
        ['陈天保', 'author', '文/图'],
      ],
    ],
    // a word of reporting is a role word before a joiner only, as Malaysian papers label their credits
    ['★报导/摄影:林德胜', null, [['林德胜', 'reporter', '报导/摄影']]],
    ['报导:林德胜', null, [['林德胜', 'reporter', '报导']]],
    // a local paper's byline names no place after the slash
    ['記者張麗英/報導', null, [['張麗英', 'reporter', '記者']]],
    ['張麗英/報導', null, [['張麗英', 'reporter', '/報導']]],
    [
      '记者 张三 通讯员 县农业局 李四',
      null,
      [
        ['张三', 'reporter', '记者'],
        ['李四', 'correspondent', '通讯员'],
      ],
    ],
    [
      '文:县新闻中心 唐福升  县外事侨务办  张月亭',
      null,
      [
        ['唐福升', 'author', '文'],
        ['张月亭', 'author', '文'],
      ],
    ],
    // a role word after an outlet of the lexicon, as after a paper's brand
    ['全媒体编辑 贾庆森', '全媒体', [['贾庆森', 'editor', '全媒体编辑']]],
    [
      '编辑 葛素文 责编 徐微',
      null,
      [
        ['葛素文', 'editor', '编辑'],
        ['徐微', 'editor', '责编'],
      ],
    ],
    [
      '刘峰 杜一菲',
      null,
      [
        ['刘峰', 'other', null],
        ['杜一菲', 'other', null],
      ],
    ],
    // the byline snippets of various papers in the development corpus (29)
    [
      '全媒体记者\u3000 黎慧莹 通讯员 穗妇宣',
      '全媒体',
      [
        ['黎慧莹', 'reporter', '全媒体记者'],
        ['穗妇宣', 'correspondent', '通讯员'],
      ],
    ],
    [
      '本报记者  刘岩松  通讯员  曾  强',
      '本报',
      [
        ['刘岩松', 'reporter', '本报记者'],
        ['曾  强', 'correspondent', '通讯员'],
      ],
    ],
    [
      '罗勇 记者 江潇',
      null,
      [
        ['罗勇', 'other', null],
        ['江潇', 'reporter', '记者'],
      ],
    ],
    [
      '记者/简文湘 通讯员/罗江莉',
      null,
      [
        ['简文湘', 'reporter', '记者'],
        ['罗江莉', 'correspondent', '通讯员'],
      ],
    ],
    [
      '记者康淼 邰晓安 王成',
      null,
      [
        ['康淼', 'reporter', '记者'],
        ['邰晓安', 'reporter', '记者'],
        ['王成', 'reporter', '记者'],
      ],
    ],
    [
      '记者王玉洁 通讯员李红波',
      null,
      [
        ['王玉洁', 'reporter', '记者'],
        ['李红波', 'correspondent', '通讯员'],
      ],
    ],
    ['记者 张  娅', null, [['张  娅', 'reporter', '记者']]],
    ['记者 张 胜 男', null, [['张 胜 男', 'reporter', '记者']]],
    [
      '本报记者顾仲阳、张帆、徐元锋、庞革平、王明峰、王汉超、蒋云龙、朱佩娴、程焕',
      '本报',
      ['顾仲阳', '张帆', '徐元锋', '庞革平', '王明峰', '王汉超', '蒋云龙', '朱佩娴', '程焕'].map((n) => [
        n,
        'reporter',
        '本报记者',
      ]),
    ],
    [
      '通讯员 建萱 融媒体记者 卫凌云',
      '融媒体',
      [
        ['建萱', 'correspondent', '通讯员'],
        ['卫凌云', 'reporter', '融媒体记者'],
      ],
    ],
    [
      '湖北日报全媒记者 张鸿 通讯员 谢丹 齐艳 摄',
      '湖北日报',
      [
        ['张鸿', 'reporter', '湖北日报全媒记者'],
        ['谢丹', 'photographer', '摄'],
        ['齐艳', 'photographer', '摄'],
      ],
    ],
    ['辽沈晚报首席记者 赵天乙', '辽沈晚报', [['赵天乙', 'reporter', '辽沈晚报首席记者']]],
    [
      '李路杰 记者 王为亮/文 周晨阳/图',
      null,
      [
        ['李路杰', 'other', null],
        ['王为亮', 'reporter', '记者'],
        ['周晨阳', 'photographer', '/图'],
      ],
    ],
    [
      '王为亮/文 周晨阳/摄',
      null,
      [
        ['王为亮', 'author', '/文'],
        ['周晨阳', 'photographer', '/摄'],
      ],
    ],
    [
      '极目新闻记者 赵德龙 通讯员 王厅',
      '极目新闻',
      [
        ['赵德龙', 'reporter', '极目新闻记者'],
        ['王厅', 'correspondent', '通讯员'],
      ],
    ],
    [
      '周口報業全媒體記者 張勁松 通訊員 王銀華',
      '周口報業',
      [
        ['張勁松', 'reporter', '周口報業全媒體記者'],
        ['王銀華', 'correspondent', '通訊員'],
      ],
    ],
    [
      '◎文/徐报融媒记者 王正喜 图/徐报融媒记者 陈艳',
      '徐报',
      [
        ['王正喜', 'author', '文/徐报融媒记者'],
        ['陈艳', 'photographer', '图/徐报融媒记者'],
      ],
    ],
    ['■ 本報記者 趙宗鋒', '本報', [['趙宗鋒', 'reporter', '本報記者']]],
    ['☉張國財', null, [['張國財', 'other', null]]],
    ['記者 張聰 北京報道', null, [['張聰', 'reporter', '記者']]],
    ['记者诸葛万报道', null, [['诸葛万', 'reporter', '记者']]],
    // the paper's name glued to the last name: a known outlet, or an outlet's name after the longest name
    [
      '記者王思慧、楊湛聯合報',
      '聯合報',
      [
        ['王思慧', 'reporter', '記者'],
        ['楊湛', 'reporter', '記者'],
      ],
    ],
    ['记者王小明滁州日报', '滁州日报', [['王小明', 'reporter', '记者']]],
    // a name's role in brackets after it
    [
      '吴昌松  龚玉(实习)',
      null,
      [
        ['吴昌松', 'other', null],
        ['龚玉', 'intern', '实习'],
      ],
    ],
    ['张三(通讯员)', null, [['张三', 'correspondent', '通讯员']]],
    // letter-spaced as label columns are set: role words and names with the spaces inside them
    ['审 核:李 源', null, [['李 源', 'editor', '审 核']]],
    // a spaced name whose surname the type set against its role word
    [
      '全媒体记者刘 晨 通讯员王 芳',
      '全媒体',
      [
        ['刘 晨', 'reporter', '全媒体记者'],
        ['王 芳', 'correspondent', '通讯员'],
      ],
    ],
    [
      '编 辑 张 三 记 者 李 四',
      null,
      [
        ['张 三', 'editor', '编 辑'],
        ['李 四', 'reporter', '记 者'],
      ],
    ],
  ])('%s', (text, outlet, contributors) => {
    expect(read(text)).toEqual({ outlet, contributors })
  })

  it('splits names run together by surname, and says it guessed', () => {
    expect(read('通訊員 毛潤民陳曦 記者 姜天圣')).toEqual({
      outlet: null,
      contributors: [
        ['毛潤民', 'correspondent', '通訊員'],
        ['陳曦', 'correspondent', '通訊員'],
        ['姜天圣', 'reporter', '記者'],
      ],
      guessed: ['毛潤民陳曦'],
    })
  })

  it.each([
    '张三(北京)',
    '中 国 海 油 党 组 召 开', // a headline set letter-spaced
    '含',
    '见上图',
    '作者为中国驻芬兰大使',
    '新华社北京12月31日电',
    '试行',
    '2019年12月31日',
    '记者',
    '村居',
  ])('%s is no byline', (text) => {
    expect(read(text)).toBeNull()
  })
})

describe('readCreditChain', async () => {
  const { readCreditChain, markedCreditChain } = await import('../src/extract/credit-chain.js')
  const names = (text: string) =>
    readCreditChain(text, lexicon)?.contributors.map((c) => [text.slice(c.start, c.end), c.role]) ?? null

  it('reads each labelled link: a role word and a colon, then names', () => {
    expect(names('记者:龙德文编辑:王春媚')).toEqual([
      ['龙德文', 'reporter'],
      ['王春媚', 'editor'],
    ])
    const source = readCreditChain('来源:环球网编辑:莫愁审核:周佳佳', lexicon)!
    expect(source.outlet).toEqual([3, 6])
  })

  it.each(['记者:龙德文', '记者:龙德文 编辑:王春媚', '他说:好的编辑:王春媚', '记者:编辑:王春媚'])(
    'reads %s as no chain',
    (text) => {
      expect(readCreditChain(text, lexicon)).toBeNull()
    },
  )

  it('passes over the marks of a list before the chain', () => {
    expect(markedCreditChain('• 记者:龙德文编辑:王春媚', lexicon)?.at).toBe(2)
  })
})
