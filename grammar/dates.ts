/**
 * The vocabulary of date and time expressions in news text, as pattern pieces that the date
 * parsers (`src/dates/parsers/`, one file per form) put together. Each piece is bounded and none
 * matches the empty string, so every parser runs in time linear in what it reads.
 *
 * ```
 * year      := 2022年 | 15年 | 二〇二二年 | 零七年 | 民国三年 | 庚子年 | 今年 | 去年 | 次年 …
 * month     := 12月 | 十二月 | 四月份 | 本月 | 上个月 | 上上个月 | 同月 …
 * day       := 21日 | 5号 | 二十一日 | 廿九日 | (after a month) 3 | 二十三
 * lunar     := 农历 | 阴历; 正月 | 腊月 | 冬月 | 闰四月; 初一 … 三十; 大年初一 | 大年三十
 * holiday   := 元旦 | 国庆 | 教师节 … (solar) | 春节 | 元宵 | 端午 | 中秋 | 重阳 | 除夕 … (lunar) | 清明
 * weekday   := (上上|上|这|本|下|下下)个? (周|星期|礼拜) (一 … 日|天|末)?
 * clock     := part? 15:37 | part? 十一点半 | 五点一刻 | 9时30分 | 零点 | 24时
 * part      := 凌晨 | 早上 | 上午 | 中午 | 下午 | 傍晚 | 晚上 | 深夜 …
 * segment   := 上半年 | 前三季度 | 前十一个月 | 年底 | 上旬 | 月底 | 第一周 | 第3个星期日 …
 * relative  := 今天 | 昨日 | 大后天 | 次日 | 今晚 …; 两年前 | 20天后; 三年来 | 近五年; 近日 | 最近 …
 * range     := date (至|到|-|—|~|起至) date | date 和 date 之间 | 2016-2018 | 1-11月 | 9~12点半 | 六七两日
 * running   := date (以来|起|开始|至今)              as-of := 截至 date
 * ```
 */

export const CN_DIGITS = '〇零一二两三四五六七八九'
/** A Chinese numeral from 1 to 99 as written in dates (`二十一`, `廿三`, `三十`). */
export const CN_SMALL =
  '(?:[一二三四五六七八九]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅[一]?|[一二两三四五六七八九])'
/** A count in a period: `3`, `十一`, `两`. */
export const COUNT = `(?:\\d{1,3}|[${CN_DIGITS}十百]{1,4})`

/** A year, with its number or word in named groups. */
export const YEAR =
  '(?:(?:(?<yearDigits>(?<![\\d.])\\d{4}|(?<![\\d.])\\d{2})|(?<yearCn>[〇零一二三四五六七八九]{4}|[〇零一二三四五六七八九]{2})|民国(?<roc>\\d{1,2}|[一二三四五六七八九十]{1,3})|(?<ganzhi>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]))[ \\t]?年(?!代|级|龄|轻|纪|薪|货|终|画|味|份儿)|(?<yearWord>大前年|大后年|今年|本年度?|当年|同年|这一年|去年|(?<![晚早马线会路网])上年度?|上一年|(?<![以之提目此从先])前年|明年|下一年|次年|(?<![以之随然落])后年|来年)(?![轻纪龄级货画味关终]))'

/** A month of the solar calendar, in digits or numerals, or a month counted from the reference. */
export const MONTH =
  '(?:(?<month>(?<![\\d.])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])[ \\t]?月份?|(?<monthWord>本月|当月|同月|这个月|这月|上上个?月|上个?月|下下个?月|下个?月|次月))'

/** A day of the month: `21日`, `5号`, `二十一日`; `号` not of a building (`16号楼`). */
export const DAY = `(?<day>(?<![第\\d.])(?:3[01]|[12]\\d|0?[1-9])|${CN_SMALL})[ \\t]?(?:日|号(?![楼院线房门文令车位机口店馆桥坑井路街栋单室床卡]))`

/** A day after a month with no unit (`1月3`, `十月31`, `一月二十三`): not a count of something. */
export const BARE_DAY = `(?<bareDay>(?:3[01]|[12]\\d|0?[1-9])(?![\\d.%:万亿千百元人个名家件项倍条所座吨亩台辆米岁天年月日号周次点时])|${CN_SMALL}(?![${CN_DIGITS}十百千万亿个人名家件项倍条所座吨亩台辆米岁天年月日号周次点时季刻]))`

/** The parts of the day. */
export const PART_OF_DAY =
  '(?:凌晨|清晨|早晨|早上|早间|上午|中午|午间|正午|午后|下午|傍晚|晚上|晚间|夜晚|夜里|夜间|深夜|午夜|半夜|白天|当晚|当夜|早|晚|夜|晨)'

/** An hour in digits or numerals. */
export const HOUR = `(?:(?<![\\d.])(?:[01]?\\d|2[0-4])|[一二两三四五六七八九]?十[一二两三四]?|[〇零一二两三四五六七八九])`
/** Minutes after `点`/`时`: `30分`, `半`, `一刻`, `零五`, `二十`. */
export const MINUTES = `(?:半|[一三]刻|整|(?:[0-5]\\d|[一二三四五]?十[一二三四五六七八九]?|零[一二三四五六七八九])分?|(?:\\d|[一二三四五六七八九])分)`
/** A pinyin gloss some mirrors put after a character: `点(diǎn)`. */
export const GLOSS = '(?:\\([a-zàáâǎèéêěìíîǐòóôǒùúûǔüǖǘǚǜ]{1,8}\\))?'

/** A pattern piece with its named groups made plain, to be used inside a lookahead. */
export const unnamed = (source: string): string => source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:')

/**
 * A pattern whose parts are all optional, guarded by a lookahead that one of them starts here:
 * the guard fails fast where nothing does, instead of the pattern matching the empty string
 * (a match object with every named group, at every place tried).
 */
export const guarded = (source: string, ...starts: string[]): string => `(?=${starts.map(unnamed).join('|')})${source}`

/** What joins the two ends of a range. */
export const RANGE_JOIN = '[ \\t]?(?:起至|起到|至|到|-|—|–|~|ー|－)[ \\t]?'

/** Solar holidays: month and day. */
export const SOLAR_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1],
  情人节: [2, 14],
  妇女节: [3, 8],
  植树节: [3, 12],
  消费者权益日: [3, 15],
  愚人节: [4, 1],
  劳动节: [5, 1],
  五一: [5, 1],
  青年节: [5, 4],
  护士节: [5, 12],
  儿童节: [6, 1],
  建党节: [7, 1],
  香港回归纪念日: [7, 1],
  建军节: [8, 1],
  教师节: [9, 10],
  国庆: [10, 1],
  双十一: [11, 11],
  双十二: [12, 12],
  国家公祭日: [12, 13],
  澳门回归纪念日: [12, 20],
  平安夜: [12, 24],
  圣诞节: [12, 25],
}

/** Lunar holidays: lunar month and day; day 0 is the last day of the lunar year (除夕). */
export const LUNAR_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  春节: [1, 1],
  农历新年: [1, 1],
  元宵: [1, 15],
  上元节: [1, 15],
  龙抬头: [2, 2],
  端午: [5, 5],
  端阳节: [5, 5],
  七夕: [7, 7],
  中元节: [7, 15],
  中秋: [8, 15],
  重阳: [9, 9],
  腊八: [12, 8],
  小年: [12, 23],
  除夕: [0, 0],
  大年夜: [0, 0],
}

/** Holidays on a solar term (the day of the term in that year). */
export const TERM_HOLIDAYS: Readonly<Record<string, string>> = { 清明: '清明', 冬至: '冬至' }

/**
 * Every character a date expression can be made of, and those it can start with: the reader of
 * facts (`findStarts`) marks the places where a date may start with them.
 */
export const DATE_ALPHABET =
  '0-9〇零一二两三四五六七八九十廿卅百年月日号时点分半许左右钟凌清早晨上下中午后傍晚间夜里深白天当今昨前明' +
  '同次翌第本度这去近连来多几目截止至到过首季旬初底末周星期个以段不久./—~\\-:' +
  '元旦节国庆春宵端秋重阳除夕腊正冬闰农历阴大礼拜民旬刻整的份最'
export const DATE_STARTS =
  '0-9年月日〇零一二两三四五六七八九十廿卅今昨前明后当同次翌第本这上下去近连多几目截到过首凌清早晨中午傍晚夜深白' +
  '元国教春除端重妇植青儿建双农阴腊正冬闰大礼星周民庚甲乙丙丁戊己辛壬癸最不'
