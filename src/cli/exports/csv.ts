import { stringify } from 'csv-stringify/sync'
import type { Article, DispatchResult } from '../../schema.js'

/** The columns of `--format csv`: one row per article. */
export const CSV_COLUMNS = [
  'file',
  'index',
  'column',
  'kicker',
  'title',
  'subtitle',
  'dateline',
  'place',
  'outlet',
  'dateline_date',
  'contributors',
  'paragraphs',
  'dates',
  'figures',
  'people',
  'quotes',
  'body',
] as const

const row = (path: string, article: Article, index: number): string[] => {
  const body = article.paragraphs.filter((p) => p.role === 'body')
  const contributors = [article.byline, ...article.credits].flatMap((b) => b?.contributors ?? [])
  return [
    path,
    String(index + 1),
    article.column?.text ?? '',
    article.headline.kicker?.text ?? '',
    article.headline.title?.text ?? '',
    article.headline.subtitle?.text ?? '',
    article.dateline?.text ?? '',
    article.dateline?.place ?? '',
    article.dateline?.outlet ?? article.byline?.outlet ?? '',
    article.dateline?.date?.iso ?? article.dateline?.date?.text ?? '',
    contributors.map((c) => `${c.name}/${c.role}`).join('; '),
    String(body.length),
    String(article.dates.length),
    String(article.figures.length),
    String(article.people.length),
    String(article.quotes.length),
    body.map((p) => p.text).join('\n\n'),
  ]
}

/**
 * The header line of `--format csv` (RFC 4180, CRLF line ends, quoted where needed).
 *
 * @example
 * csvHeader() //=> 'file,index,column,kicker,title,…,body\r\n'
 */
export const csvHeader = (): string => stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' })

/** One file's articles as CSV rows, no header. */
export function csvRows(path: string, result: DispatchResult): string {
  const rows = result.articles.map((article, i) => row(path, article, i))
  return rows.length === 0 ? '' : stringify(rows, { record_delimiter: 'windows' })
}
