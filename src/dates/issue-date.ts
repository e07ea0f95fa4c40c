import { lightFormat } from 'date-fns/lightFormat'
import type { Diagnostic } from '../schema.js'

/** `2022年12月22日 星期四`, `2002年4月18日人民日报 第2版`: a masthead's date line. */
const MASTHEAD =
  /(?:^|\n)[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*(?:(?:星期|周|礼拜)[一二三四五六日天]|[^\n]{0,16}第\s*\d+\s*[版期])/d
/** A web copy's publishing line: `来源:聊城日报 2022-12-22 08:30`, `作者: 来源:柚都平和 时间:2022-05-30`. */
const PUBLISHED =
  /(?:^|\n)[^\n]{0,40}?(?:来源|发布时间|发布日期)[:：][^\n]{0,40}?(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/d
/** A date with its year, month and day all written out. */
const FULL_DATE = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g

/** The issue date a line gives (year, month and day in groups 1 to 3), said in an `info`. */
function fromLine(match: RegExpExecArray | null, line: string): { issueDate: string; diagnostic: Diagnostic } | null {
  if (match === null) return null
  const date = iso(match[1]!, match[2]!, match[3]!)
  if (date === null) return null
  const span = { start: match.indices![1]![0], end: match.index + match[0].length }
  return {
    issueDate: date,
    diagnostic: {
      code: 'dates/issue-date',
      severity: 'info',
      message: `The issue date ${date} is read from the page's ${line}.`,
      span,
    },
  }
}

const iso = (y: string, m: string, d: string): string | null => {
  const date = new Date(Number(y), Number(m) - 1, Number(d))
  return date.getMonth() === Number(m) - 1 && date.getDate() === Number(d) ? lightFormat(date, 'yyyy-MM-dd') : null
}

/**
 * The page's issue date when the caller gives none: the masthead's date line if the page has
 * one, else a web copy's publishing line, else the latest date written out in full, said in an
 * `info` diagnostic. Null when the page gives no full date.
 *
 * @example
 * findIssueDate('2022年12月22日 星期四\n# 标题\n…') //=> { issueDate: '2022-12-22', diagnostic: { code: 'dates/issue-date', … } }
 */
export function findIssueDate(input: string): { issueDate: string; diagnostic: Diagnostic } | null {
  const given = fromLine(MASTHEAD.exec(input), 'date line') ?? fromLine(PUBLISHED.exec(input), 'publishing line')
  if (given !== null) return given
  let latest: string | null = null
  let at: { start: number; end: number } | undefined
  for (const match of input.matchAll(FULL_DATE)) {
    const date = iso(match[1]!, match[2]!, match[3]!)
    if (date !== null && (latest === null || date > latest)) {
      latest = date
      at = { start: match.index, end: match.index + match[0].length }
    }
  }
  if (latest === null) return null
  return {
    issueDate: latest,
    diagnostic: {
      code: 'dates/issue-date',
      severity: 'info',
      message: `No issue date was given: ${latest}, the latest date written out in full on the page, is taken for it.`,
      span: at!,
    },
  }
}
