/**
 * The grammar of date and time expressions in news text, as one regular expression built from
 * named parts. Each alternative is a rule; its named group tells the resolver which rule matched.
 * It runs on the normalised view (full-width digits folded), once over a paragraph, in linear time:
 * every part is bounded and no part can match the empty string.
 *
 * ```
 * year     := DIGITS{4} 年 | CN{4} 年                                 2022年  二〇二二年
 * month    := 1..12 月 | 十二月                                        12月
 * day      := 1..31 (日|号) | 二十一日                                 21日  廿三日
 * part     := 凌晨 | 上午 | 中午 | 下午 | 傍晚 | 晚上 | 深夜 | 早 | 晚 …
 * clock    := part? hour (时|点) (minute 分 | 半 | 许 | 左右)?         晚18时  上午7时许  下午3点半
 * segment  := 上半年 | 下半年 | 前N季度 | N季度 | 年初 | 年底 | 月初 | 月底 | 上旬 | 中旬 | 下旬
 * anchor   := 今年 | 去年 | 前年 | 明年 | 本年度 | 上年度 | 本月 | 上月 | 本周 | 上周 …
 * relday   := 今天 | 昨天 | 前天 | 明天 | 后天 | 当天 | 次日 | 翌日 | 第二天 …
 * vague    := 近日 | 日前 | 连日来 | 近期 | 近年来 | 多年来 | 目前 | 前段时间 …
 * absolute := (year | 今年 | 去年 …)? month? day? (clock | part)? tail?  (one of year, month, day)
 * tail     := 上半年 | 前N季度 | 初 | 底 | 末 | 上旬 | 中旬 | 下旬          11月底  2022年初
 * range    := absolute (至|到|-|—|~) (month? day | month)               6月10日至12日  1至11月
 * since    := (anchor | absolute) 以来                                  今年以来
 * until    := (截至|截止) (absolute | anchor | 目前)                     截至11月底
 * lookback := (近|这)? N (年|个月|周|天) 来 | 近 N (年|个月|周|天)        三年来  近五年
 * ```
 */

const CN_DIGIT = '〇零一二两三四五六七八九'
const CN = `[${CN_DIGIT}十廿卅]`
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4})年`
const MONTH_AR = '(?<![\\d.])(?:1[0-2]|0?[1-9])月'
const MONTH_CN = '(?:十[一二]?|[一二三四五六七八九])月'
/** `21日`, `5号` after a month; standing alone `号` needs no Han before it (`雪龙2号` is a ship). */
const DAY_NUM = '(?:3[01]|[12]\\d|0?[1-9])'
const NOT_A_PLACE = '(?![楼院线房门文令车位机口店馆桥坑井路街栋单室床卡])'
const DAY_AR = `(?<![第\\d.])${DAY_NUM}(?:日|号${NOT_A_PLACE})`
const DAY_ALONE = `(?<![第\\d.])(?:${DAY_NUM}日|(?<![\\u3400-\\u9fff])${DAY_NUM}号${NOT_A_PLACE})`
const DAY_CN = `${CN}{1,3}[日号]`
export const PART_OF_DAY =
  '(?:凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜里|夜间|深夜|午夜|白天|当晚|当夜|早|晚|夜)'
const HOUR = `(?:[01]?\\d|2[0-4]|${CN}{1,3})`
const MINUTE_TAIL = `(?:(?:[0-5]?\\d|${CN}{1,3})分|半|许|左右)?`
/**
 * A clock time: `18时`, `晚18时`, `上午7时许`, `下午3点半`. `点` with a bare digit needs a minute or
 * `许` after it (`3点建议` is three suggestions); a Chinese-numeral hour needs a part of day.
 */
const CLOCK = `(?:${PART_OF_DAY}?(?:[01]?\\d|2[0-4])时|${PART_OF_DAY}${HOUR}[时点]|(?:[01]?\\d|2[0-4])点(?=半|\\d{1,2}分|许|钟|左右))${MINUTE_TAIL}`
export const SEGMENT =
  '(?:上半年|下半年|前[一二三两]季度|第?[一二三四1-4]季度|首季度?|年初|年中|年底|年末|月初|月中|月底|月末|上旬|中旬|下旬)'
/** `11月底`, `2022年初`: a segment of the unit just written (`初` not in `初步`). */
const TAIL_SEGMENT =
  '(?:上半年|下半年|前[一二三两]季度|第?[一二三四1-4]季度|首季度?|初(?![步期次级心衷始中稿])|底|末(?![期尾])|上旬|中旬|下旬)'
const ANCHOR =
  '(?<![晚早马线会路网以之提目此从先])(?:今年|去年|前年|明年|本年度?|上年度?|上一年|下一年|当年|本月|当月|上月|上个月|下月|下个月|本周|这周|上周|下周|本星期|上星期|下星期)(?![轻纪龄级货画味关头终])'
const RELDAY = '(?:今天|今日|昨天|昨日|前天|明天|明日|后天|当天|当日|同日|次日|翌日|第二天)'
const VAGUE = '(?:近日|日前|连日来|近期|近来|近年来|多年来|目前|当前|前段时间|近段时间|前不久)'
const COUNT = `(?:\\d{1,3}|${CN}{1,3}|几|多)`
const UNIT = '(?:年|个月|个星期|周|天)'

/** A date written out: year, month and day, each optional but one, then a time or a segment. */
const ABSOLUTE = `(?:(?:${YEAR}|今年|去年|前年|明年)(?:${MONTH_AR}|${MONTH_CN})?(?:${DAY_AR}|${DAY_CN})?|(?:${MONTH_AR}(?:${DAY_AR}|${DAY_CN})?|${MONTH_CN}(?:${DAY_AR}|${DAY_CN}))|${DAY_ALONE})(?:${CLOCK}|${PART_OF_DAY})?(?:${SEGMENT}|${TAIL_SEGMENT})?`
const RANGE_TAIL = `(?:${MONTH_AR}(?:${DAY_AR})?|${DAY_AR}|\\d{1,2}(?=月))`

/**
 * The rules, in the order they are tried at one place: the first that matches wins. A written
 * date is one rule with two tails, so that the long `absolute` part is compiled once: with
 * `rangeTail` it is a `range`, with `sinceTail` a `since` (`readRule` tells them apart).
 */
export const DATE_RULES = {
  iso: `(?<![\\d.])(?:19|20)\\d{2}(?<separator>[-./])(?:1[0-2]|0?[1-9])\\k<separator>(?:3[01]|[12]\\d|0?[1-9])(?![\\d.])`,
  until: `(?:截至|截止到?|到)(?:${ABSOLUTE}|${ANCHOR}${SEGMENT}?|目前|当前|现在|今天|今日|${SEGMENT})`,
  monthRange: `(?<!\\d)(?:1[0-2]|0?[1-9])(?:-|—|~|至|到)(?:1[0-2]|0?[1-9])月`,
  since: `${ANCHOR}${SEGMENT}?以来`,
  absolute: `${ABSOLUTE}(?:(?<rangeTail>(?:-|—|~|至|到)${RANGE_TAIL})|(?<sinceTail>以来))?`,
  anchor: `${ANCHOR}${SEGMENT}?`,
  relday: `${RELDAY}(?:${CLOCK}|${PART_OF_DAY})?`,
  lookback: `(?:(?:近|过去)${COUNT}${UNIT}来?|这?${COUNT}${UNIT}来)`,
  vague: VAGUE,
  segment: SEGMENT,
  clock: CLOCK,
} as const

/** The rule a mention was read by: a rule's name, or `range` for a written date with a range tail. */
export type DateRule = keyof typeof DATE_RULES | 'range'

/** Which rule matched, from the named groups of a match of `dateExpression()`. */
export function readRule(groups: Readonly<Record<string, string | undefined>>): DateRule {
  if (groups.rangeTail !== undefined) return 'range'
  if (groups.sinceTail !== undefined) return 'since'
  return RULE_NAMES.find((name) => groups[name] !== undefined)!
}

const RULE_NAMES = Object.keys(DATE_RULES) as (keyof typeof DATE_RULES)[]

/** All rules as one sticky expression with a named group per rule, tried at one place. */
export function dateExpression(): RegExp {
  const alternatives = Object.entries(DATE_RULES).map(([name, source]) => `(?<${name}>${source})`)
  return new RegExp(alternatives.join('|'), 'y')
}

/**
 * Every character a date expression can be made of. A mention is a run of two or more of them,
 * so the rules are only tried inside such runs: ordinary text is passed over by one scan.
 */
export const DATE_ALPHABET =
  '0-9〇零一二两三四五六七八九十廿卅百年月日号时点分半许左右钟凌清早晨上下中午后傍晚间夜里深白天当今昨前明' +
  '同次翌第本度这去近连来多几目截止至到过首季旬初底末周星期个以段不久./—~\\-'

/** The characters a date expression can start with (digits, numerals, the first of each word). */
export const DATE_STARTS =
  '0-9年月日〇零一二两三四五六七八九十廿卅今昨前明后当同次翌第本这上下去近连多几目截到过首凌清早晨中午傍晚夜深白'

/** What may follow the digits of a date: a unit, a separator or a range mark. */
export const AFTER_DIGITS = '年月日号时点个天周季./—~至到\\-'
