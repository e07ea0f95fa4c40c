import type { Lexicon } from '../lexicon.js'
import { type BylineReading, readByline } from './byline.js'
import { shift } from './lead.js'

/** The labels of a web copy's publishing fields that name no contributor. */
const FIELD_LABELS = new Set([
  '刊发日期',
  '发布时间',
  '发布日期',
  '发表时间',
  '发表日期',
  '更新时间',
  '日期',
  '时间',
  '文章来源',
  '稿件来源',
  '信息来源',
  '来源',
  '稿源',
  '点击数',
  '点击率',
  '点击',
  '浏览次数',
  '浏览量',
  '阅读次数',
  '阅读量',
  '字号',
])
/** The longest label looked for before a colon: a field's or a role word of the lexicon. */
const MAX_LABEL = 4
/** A date or a time that may open the line before its first label: `2017-03-08 09:00:03`. */
const DATE_OR_TIME = /^(?:\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?|\s)*$/

/** A date, a time or a table's bars closing a field's value: `编辑:裘颖琼     2024-12-07 13:29 | |`. */
const TRAILING_STAMP =
  /(?:\s+|\s*\|)(?:\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?|[\s|])*$/

/** A credit field of a publishing line: the names its value gives, with where the field stands. */
export interface PublishingCredit {
  start: number
  end: number
  reading: BylineReading
}

/**
 * A web copy's publishing line: labelled fields, a date or time or the article's credit before
 * them or nothing —
 * `2017-03-08 09:00:03  来源:  婺城新闻网  作者: 记者 胡敏霞`, `时间:2016-06-12 09:52来源:未知
 * 作者:睢宁新闻网 点击:`, `记者  汪晓东  曲昌荣  来源:人民网`. At least one field is a publishing field (a date, the source, a count), so
 * a chain of credits alone is no such line. Its credit fields (a role word of the lexicon as the
 * label: `作者`, `编辑`, `记者` …) give the people they name, each with a surname (`作者:综合` names
 * no one). Null when the line is no publishing line.
 *
 * @example
 * readPublishingLine('2017-03-08 来源: 婺城新闻网 作者: 记者 胡敏霞', lexicon)?.credits[0]?.reading.contributors[0]?.role //=> 'reporter'
 */
export function readPublishingLine(folded: string, lexicon: Lexicon): { credits: PublishingCredit[] } | null {
  if (!folded.includes(':')) return null
  const fields: { start: number; credit: boolean }[] = []
  for (let colon = folded.indexOf(':'); colon !== -1; colon = folded.indexOf(':', colon + 1)) {
    const label = labelBefore(folded, colon, lexicon)
    if (label === null) continue
    fields.push(label)
  }
  if (fields.length === 0) return stampedCredit(folded, lexicon)
  if (fields.every((field) => field.credit)) return null
  const credits: PublishingCredit[] = []
  const head = folded.slice(0, fields[0]!.start).trimEnd()
  if (!DATE_OR_TIME.test(head)) {
    // `记者  汪晓东  曲昌荣        来源:人民网`: the article's credit, then the fields
    const credit = readByline(head, lexicon)
    if (credit === null || !credit.contributors.some((c) => c.roleWord !== null)) return null
    credits.push({ start: 0, end: head.length, reading: credit })
  }
  const credited = new Set<string>()
  for (const [k, field] of fields.entries()) {
    if (!field.credit) continue
    const end = fields[k + 1]?.start ?? folded.length
    const value = folded.slice(field.start, end).replace(TRAILING_STAMP, '')
    const reading = readByline(value, lexicon)
    if (reading === null) continue
    // a name the line credits already (`记者:罗水元 作者:罗水元`, a CMS's `责任编辑:周冬 周冬`) keeps its first credit
    reading.contributors = reading.contributors.filter((c) => {
      const name = value.slice(c.start, c.end)
      if (lexicon.surnameLength(value, c.start) === 0 || c.end - c.start < 2 || credited.has(name)) return false
      credited.add(name)
      return true
    })
    if (reading.contributors.length === 0) continue
    shift(reading, field.start)
    credits.push({ start: field.start, end: field.start + value.length, reading })
  }
  return { credits }
}

/** A web copy's stamp, a date and a time, opening a line: `2024-03-05 08:30 `. */
const STAMP = /^\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+|$)/

/**
 * Where the words after a web copy's stamp opening the line start (`2024-03-05 08:30 记者张三`: 17),
 * or -1 when no stamp opens it.
 *
 * @example
 * stampEnd('2020-06-19 10:10 未知') //=> 17
 */
export function stampEnd(folded: string): number {
  return STAMP.exec(folded)?.[0].length ?? -1
}

/**
 * Whether a publishing line credits people (`来源:新民晚报 记者:罗水元 编辑:裘颖琼`, `2024-03-05 08:30
 * 记者张三`): its credits are the article's, whatever else the line holds.
 *
 * @example
 * creditsPeople('来源:人民网 作者:记者 张三', lexicon) //=> true
 */
export function creditsPeople(folded: string, lexicon: Lexicon): boolean {
  if (!folded.includes(':')) return false
  return (readPublishingLine(folded, lexicon)?.credits.length ?? 0) > 0
}

/** `2024-03-05 08:30 记者张三`: a stamp, then the article's credit with its role word; null when the line is none. */
function stampedCredit(folded: string, lexicon: Lexicon): { credits: PublishingCredit[] } | null {
  const end = stampEnd(folded)
  if (end === -1 || end === folded.length) return null
  const reading = readByline(folded.slice(end), lexicon)
  if (reading === null || !reading.contributors.some((c) => c.roleWord !== null)) return null
  shift(reading, end)
  return { credits: [{ start: end, end: folded.length, reading }] }
}

/** The label that ends at a colon, standing at the line's start or after a space or a field's value. */
function labelBefore(folded: string, colon: number, lexicon: Lexicon): { start: number; credit: boolean } | null {
  let end = colon
  while (end > 0 && folded.charAt(end - 1) === ' ') end--
  for (let length = Math.min(MAX_LABEL, end); length >= 1; length--) {
    const word = folded.slice(end - length, end)
    const field = FIELD_LABELS.has(word)
    if (!field && (length < 2 || lexicon.role(word) === undefined)) continue
    return { start: end - length, credit: !field }
  }
  return null
}
