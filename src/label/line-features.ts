/**
 * The evidence a line carries, as named features in [0, 1]. Each is one look at the line's folded
 * content (full-width forms and Traditional characters folded), so labelling costs a few tests per
 * line whatever the page. The weights that turn features into label scores are in
 * `label-weights.ts`; nothing here decides anything.
 */
import { charTable } from '../char-table.js'
import { CLOSING_PUNCTUATION } from '../vocabulary/index.js'
import { SECTION_SET as SECTIONS } from '../vocabulary/sections.js'

/** The feature names, in the order of the weight table's columns. */
export const FEATURE_NAMES = [
  'tiny', // one character or none
  'short', // at most 12 characters: `朗读`, `2020年06月11日`
  'medium', // 13–40 characters: most headlines
  'long', // over 40 characters: sentences
  'fullStop', // `。` anywhere: a sentence
  'innerStop', // `!` or `?` before the end: `台灣議題升溫！彭博…`, `您好!欢迎…`
  'clauseMark', // `,`, `、`, `;` anywhere
  'clauseEnd', // ends with `,`, `、`, `;` or `:`: a sentence broken off
  'closingEnd', // ends with closing punctuation: `。`, `”`, `）`
  'dateOnly', // a date (and a weekday or a time) and nothing else: `2020年06月11日 星期四`, `中華民國91年3月19日星期二`
  'hasDate', // holds a date: `2018-09-14`, `2012年10月27日`
  'dateMostly', // a date (and its weekday) and at most eight other characters: `date 2025-11-07 快訊`, `光明日报 2012年10月27日 星期六`
  'timeStamp', // a date stamped with a time of day, as a web copy's publishing line: `定西日报 2018-12-29 09:27 大字`
  'pageLabel', // names a page of the paper: `第A07版`, `01:一版要闻`, `版次:J2`, `总第3307期`, `编印`
  'navigation', // navigation and widget words: `首页`, `主页`, `下一版`, `上一期`, `打印`, `朗读`, `关注我们`, `放大 缩小`, `阅读更多`, `订阅`, `英文版`, `阅读次数`, `274点阅`, `18小时前`, `本版导读`
  'navigationMany', // two or more of them: `檢索 | 新用戶 | 忘記密碼`
  'navigationOnly', // nothing else but marks and at most two characters: `朗读`, `【打印】 【關閉】`
  'sectionOnly', // a news site's section names alone: `即时新闻`, `最新`, `社会 国际 财经`
  'menu', // four or more short words between spaces or bars, no sentence's marks: `今日新聞 社論 評論 專題報導`
  'metaLabel', // a publishing label, first or after a space: `刊发日期:`, `日期:`, `… 来源:今日高邮`
  'footerLabel', // a site footer's label opening the line: `主办:中共旺苍县委`, `网站管理:…`, `技术支持:…`, `互联网新闻信息许可证:…`, `陕ICP备…`
  'latinOnly', // Latin letters only: `logo`, `Untitled Document`, `English`
  'numbersOnly', // digits and marks, no word: `(010)84528274`, `- 2 -`, `1-2-4`
  'separators', // layout separators: `|`, `»`, `>`, `•`, ` -- `
  'breadcrumb', // three or more short parts between `>` or `»`: `婺城新闻网 > 新闻中心 > 今日婺城`; or a location label: `本頁位置: 首頁新聞中心`
  'tableRow', // cells of a table: `日 | 一 | 二 |`, `---|`
  'rule', // a rule drawn with dashes, at most a word beside it: `------分隔线------`, `════`
  'bullet', // opens with a list bullet or a credit's mark: `◆`, `●`, `▲`, `★`, `☉`, `◎`, `□`
  'creditLabel', // opens with a credit's label: `作者:`, `编辑:`, `记者/`
  'numbered', // opens with a list number: `1.`, `2、`
  'heading', // a Markdown heading (`#`)
  'bold', // wholly in bold
  'columnWidth', // as long as the page's narrow column: a wrapped line of text (set by the label step)
  'imageStub', // `![alt](src)`
  'dateline', // opens with a dateline (the dateline grammar read it): `本报讯`, `新华社北京1日电`
  'credit', // a credit with a role word (the byline grammar read it): `记者 张三`, `编辑:李四`
  'publishing', // a publishing line that credits people (its reader read it): `来源:新民晚报 记者:罗水元`
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]
export type LineFeatures = Record<FeatureName, number>

/** What the line's token and the inline grammars tell about it. */
export interface LineMarks {
  heading: boolean
  bold: boolean
  dateline: boolean
  credit: boolean
  /** A publishing line that credits people: `来源:新民晚报 记者:罗水元 … 2024-12-07 13:29`. */
  publishing?: boolean
}

/** A line longer than this is `long`: a sentence more often than not. */
export const LONG_LINE = 40

/** Lines longer than this are text: only the length features are looked at. */
export const MAX_EVIDENCE_LENGTH = 80

const DATE =
  /(?:\d{4}|[〇一二三四五六七八九零]{4}|(?:中华)?民国\d{1,3})\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}/
const DATE_ONLY =
  /^\s*(?:\d{4}|(?:中华)?民国\d{1,3})\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s*(?:(?:星期|周)[一二三四五六日天])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp][Mm])?)?$/
/** A date of the lunar calendar alone, a masthead's: `農曆丙申年二月初八日`, `农历腊月廿三`. */
const LUNAR_DATE_ONLY =
  /^\s*(?:农历|阴历)?\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?\s*闰?[正一二三四五六七八九十冬腊]{1,2}月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)日?\s*$/
/** A time of day right after a date: `2018-12-29 09:27`, `2013年7月13日 10:41`. */
const TIME_AFTER_DATE = /^\s*日?\s*\d{1,2}:\d{2}/
/** A page's number and name (`第A07版`, `A2版:`, `01:一版要闻` of an e-paper's page list), an issue's number, a PDF's. */
const PAGE_LABEL =
  /第\s*[A-Z]?\d+\s*[版页]|^[A-Z]?\d{1,3}\s*版\s*:|^[A-Z]?\d{2}\s*:\s*[\u3400-\u9fff][\u3400-\u9fff·、]{1,9}$|版次|总第\s*\d+\s*期|\d+\s*期\s*[/>]|编印|\bPDF版|^(?:Page|P)\s*[:.]?\s*[A-Z]?\d{1,3}$/
const NAVIGATION =
  /首页|主页|关键[字词]|下一[版页篇条个期]|上一[版页篇条个期]|[上下]一记录|[上下]一主题|只看楼主|倒序阅读|评论一下|抢沙发|最[热新]评论|\d+条评论|\d+人参与|扫一扫|快速回复|本期共|回首页|返回|打印|关闭|朗读|语音阅读|听新闻|阅读次数|阅读数|点击[数率量]|浏览次数|字号|放大|缩小(?:\s*默认)?|语音|(?:阅读|查看|浏览)更多|更多\s*[>»]|Read more|欢迎(?:光临|访问|来到)|(?:当前|您的|现在|本页)的?位置|投稿|检索|登录|注册|搜索|搜寻|订阅|[英中]文版|密码|[帐账]户|用户名?|分享到|收藏|关注我们|本版列表|新闻列表|阅读全文|网站地图|(?:网站|标题|版面)导航|(?:本版|本期|今日)导读|匿名发表|点阅|通版|当前版|客户端|下载|\d+\s*(?:小时|分钟|天)前|English|Untitled|logo/gi
const META_LABEL =
  /(?:^|\s)(?:刊发日期|发布时间|发布日期|发表时间|发表日期|发表于|日期|时间|(?:稿件|文章|信息)?来源|稿源|[\u3400-\u9fff]{0,4}名称)\s*:\s*\S/
/** The labels of a site's footer: who hosts, runs and supports it, and under which licence or registration. */
const FOOTER_LABEL =
  /^(?:主办|承办|协办|主管|主办单位|网站管理|网站维护|技术支持|版权所有|(?:互联网)?新闻信息(?:服务)?许可证(?:号|编号)?)\s*:|^[\u3400-\u9fff]ICP[备证]/
/** What is left of a navigation strip once its words are out: separators, brackets, numbers. */
const MARKS = /[\s\d|»>•\-_:/()[\]【】.·*,]+/g
const LATIN_ONLY = /^[A-Za-z][A-Za-z .\-_]*$/
const NUMBERS_ONLY = /^[^\u3400-\u9fffA-Za-z]*\d[^\u3400-\u9fffA-Za-z]*$/
const SEPARATORS = /[|»•]|\s>|>\s|\s--\s|\s\/\s/
/** A site's breadcrumb trail: three or more parts of at most 20 characters, `>` or `»` between them. */
const BREADCRUMB = /^[^>»]{1,20}(?:[>»][^>»]{1,20}){2,}[>»\s]*$/
/** Whether a folded line is a date alone, of either calendar: `2020年06月11日 星期四`, `農曆丙申年二月初八日`. */
export const isDateOnly = (folded: string): boolean => DATE_ONLY.test(folded) || LUNAR_DATE_ONLY.test(folded)

/** A breadcrumb's label, where the parts follow with no `>`: `本頁位置: 首頁新聞中心國內新聞`, `您的位置:`. */
const LOCATION_LABEL = /^(?:当前|您的|现在|本页)的?位置\s*:/
/** A breadcrumb from the home page to one section, its `>` an image the copy lost: `首页华文媒体`. */
const HOME_TRAIL = /^(?:首页|主页)\s*[>»]?\s*[\u3400-\u9fff]{2,8}$/

/** Whether a folded line is a site's breadcrumb trail: `婺城新闻网 > 新闻中心 > 今日婺城`. */
export const isBreadcrumb = (folded: string): boolean => BREADCRUMB.test(folded)

const TABLE_ROW = /\|[^|]*\||^[|\-:\s]+$/
/** A run of a rule's characters, and what a rule line may hold besides them. */
const RULE_RUN = /[-—─━═=_~*]{4,}/
const RULE_CHARS = /[-—─━═=_~*\s]+/g
const MAX_RULE_WORD = 4
const BULLET = /^[◆●▲△★◇○☉◎□■]/
const CREDIT_LABEL = /^(?:作者|编辑|责编|责任编辑|记者|通讯员|摄影|撰文|文|图)\s*[:/]/
const NUMBERED = /^\d{1,2}\s*[.、．](?!\d)/
const CLAUSE = /[,、;]/
/** Four or more words of two to five characters, spaces or bars between, nothing else. */
const MENU = /^[\u3400-\u9fffA-Za-z]{2,5}(?:\s*[|｜·]?\s+[\u3400-\u9fffA-Za-z]{2,5}){3,}$/
const INNER_STOP = /[!?](?!$)/
const CLAUSE_END = /[,、;:]$/
const IMAGE_STUB = /^!\[[^\]\n]*\]\([^)\n]*\)$/

/**
 * The features of one line, from its folded content (markers like `#` and `**` already off).
 *
 * @example
 * lineFeatures('2020年06月11日', { heading: false, bold: false, dateline: false, credit: false }).dateOnly //=> 1
 */
export function lineFeatures(folded: string, marks: LineMarks): LineFeatures {
  const length = folded.length
  const features: LineFeatures = {
    tiny: length < 2 ? 1 : 0,
    short: length <= 12 ? 1 : 0,
    medium: length > 12 && length <= LONG_LINE ? 1 : 0,
    long: length > LONG_LINE ? 1 : 0,
    fullStop: 0,
    innerStop: 0,
    clauseMark: 0,
    clauseEnd: CLAUSE_END.test(folded) ? 1 : 0,
    closingEnd: CLOSING_PUNCTUATION.has(folded.charAt(length - 1)) ? 1 : 0,
    dateOnly: 0,
    hasDate: 0,
    dateMostly: 0,
    timeStamp: 0,
    pageLabel: 0,
    navigation: 0,
    navigationMany: 0,
    navigationOnly: 0,
    sectionOnly: 0,
    menu: 0,
    metaLabel: 0,
    footerLabel: 0,
    latinOnly: 0,
    numbersOnly: 0,
    separators: 0,
    breadcrumb: 0,
    tableRow: 0,
    rule: 0,
    bullet: BULLET.test(folded) ? 1 : 0,
    creditLabel: CREDIT_LABEL.test(folded) ? 1 : 0,
    numbered: NUMBERED.test(folded) ? 1 : 0,
    heading: marks.heading ? 1 : 0,
    bold: marks.bold ? 1 : 0,
    columnWidth: 0,
    imageStub: IMAGE_STUB.test(folded) ? 1 : 0,
    dateline: marks.dateline ? 1 : 0,
    credit: marks.credit ? 1 : 0,
    publishing: marks.publishing ? 1 : 0,
  }
  if (length > MAX_EVIDENCE_LENGTH) return features
  features.fullStop = folded.includes('。') ? 1 : 0
  features.innerStop = INNER_STOP.test(folded) ? 1 : 0
  features.clauseMark = CLAUSE.test(folded) ? 1 : 0
  if (!hasFurnitureChars(folded)) return features
  features.dateOnly = isDateOnly(folded) ? 1 : 0
  const date = DATE.exec(folded)
  features.hasDate = date !== null ? 1 : 0
  // a date in brackets under a title is the speech's date, a subtitle: `(2019年12月31日)`
  if (date !== null && !folded.startsWith('('))
    features.dateMostly = length - date[0].length - spaces(folded) - weekdayLength(folded) <= DATE_MOSTLY_OTHERS ? 1 : 0
  if (date !== null) features.timeStamp = TIME_AFTER_DATE.test(folded.slice(date.index + date[0].length)) ? 1 : 0
  features.pageLabel = PAGE_LABEL.test(folded) ? 1 : 0
  const navigation = countMatches(NAVIGATION, folded, 2)
  features.navigation = navigation >= 1 ? 1 : 0
  features.navigationMany = navigation >= 2 ? 1 : 0
  if (navigation > 0) features.navigationOnly = folded.replace(NAVIGATION, '').replace(MARKS, '').length <= 2 ? 1 : 0
  features.sectionOnly = sectionsOnly(folded) ? 1 : 0
  features.menu = MENU.test(folded) ? 1 : 0
  features.metaLabel = META_LABEL.test(folded) ? 1 : 0
  features.footerLabel = FOOTER_LABEL.test(folded) ? 1 : 0
  features.latinOnly = LATIN_ONLY.test(folded) ? 1 : 0
  features.numbersOnly = NUMBERS_ONLY.test(folded) ? 1 : 0
  features.separators = SEPARATORS.test(folded) ? 1 : 0
  features.breadcrumb = isBreadcrumb(folded) || LOCATION_LABEL.test(folded) || HOME_TRAIL.test(folded) ? 1 : 0
  features.tableRow = TABLE_ROW.test(folded) ? 1 : 0
  features.rule = RULE_RUN.test(folded) && folded.replace(RULE_CHARS, '').length <= MAX_RULE_WORD ? 1 : 0
  return features
}

/**
 * The most characters besides its date (and weekday) that a line mostly of a date holds: a paper's
 * or a site's name over the issue (`光明日报 2012年10月27日 星期六`, `中国新闻网 要闻 2015-08-10`).
 */
const DATE_MOSTLY_OTHERS = 8

/**
 * The characters the furniture features need: digits (dates, page numbers), Latin letters
 * (`logo`), separators and colons, and the first characters of the navigation, page,
 * publishing and section words. A line with none of them shows no furniture evidence, so it is not tested.
 */
const FURNITURE_CHARS = charTable(
  '0-9A-Za-z|»>•:\\-/—─━═=_~*月听聽首主页頁下上本回返打关關朗语語阅閱点點浏瀏字欢歡当當您投检檢登注註搜密帐帳账賬用分收刊发發日时時来來稿第版总總编編期网網放缩縮订訂英中载載承协協技标標匿' +
    // the first characters of the section names (`sections.ts`), Simplified and Traditional
    '最即实實快头頭今要焦热熱推专專政社国國两兩港地财財经經产產军軍体體娱娛文科艺藝教健生旅汽房评評言观觀图圖视視影副更',
)

/**
 * Whether `text` (from `start` to `end`) holds a character the furniture features need; folded
 * or not, Traditional forms are in the table too.
 *
 * @example
 * hasFurnitureChars('我区以项目大突破带动经济社会大发展') //=> false
 */
export function hasFurnitureChars(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (FURNITURE_CHARS[text.charCodeAt(i)] === 1) return true
  return false
}

/** Where a menu's words part: spaces and the marks between them. */
const MENU_GAPS = /[\s|/·•>»]+/
/** A section's name may end in `新闻`: `社会新闻`, `国际新闻`. */
const NEWS = '新闻'

/** Whether a line holds a news site's section names and nothing else (`即时新闻`, `社会 国际`). */
function sectionsOnly(folded: string): boolean {
  const words = folded.split(MENU_GAPS).filter((word) => word.length > 0)
  return words.length > 0 && words.every((word) => isSection(word) || isSectionPair(word))
}

/** The longest word of two sections' names: two of four characters. */
const MAX_SECTION_PAIR = 8

/** A section's name, perhaps with `新闻` after it (`社会新闻`). */
const isSection = (word: string): boolean =>
  SECTIONS.has(word) || (word.endsWith(NEWS) && SECTIONS.has(word.slice(0, -NEWS.length)))

/** Two sections' names in one word (`时政要闻`, `国际财经`), as a site names a sub-section. */
function isSectionPair(word: string): boolean {
  if (word.length < 4 || word.length > MAX_SECTION_PAIR) return false
  for (let cut = 2; cut <= word.length - 2; cut++)
    if (SECTIONS.has(word.slice(0, cut)) && isSection(word.slice(cut))) return true
  return false
}

/** `星期六`, `周三`: how long the weekday a line names is (a date line's, not its words). */
const weekdayLength = (text: string): number => WEEKDAY.exec(text)?.[0].length ?? 0
const WEEKDAY = /(?:星期|周|礼拜)[一二三四五六日天]/

/** The spaces in a text. */
function spaces(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) count++
  return count
}

/** How many times a global expression matches, counting up to `most`. */
function countMatches(pattern: RegExp, text: string, most: number): number {
  pattern.lastIndex = 0
  let count = 0
  while (count < most && pattern.exec(text) !== null) count++
  pattern.lastIndex = 0
  return count
}
