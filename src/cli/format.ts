import { styleText } from 'node:util'
import type { Byline, DispatchResult } from '../schema.js'
import type { Position } from './positions.js'

type Style = Parameters<typeof styleText>[0]

/** A title set on several lines, on one: `一行 / 二行` (split, not a backtracking pattern). */
const oneLine = (text: string | undefined): string | undefined =>
  text
    ?.split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' / ')

/**
 * The outline of a page's reading, for a person at a terminal; each diagnostic names its place
 * as `path:line:column`, which editors and terminals open.
 */
export function pretty(
  path: string,
  result: DispatchResult,
  color: boolean,
  positions: readonly (Position | null)[] = [],
): string {
  const paint = (style: Style, text: string): string => (color ? styleText(style, text) : text)
  const lines = [paint('underline', path)]
  const credit = (b: Byline): string => {
    const people = b.contributors.map((c) => `${c.name} ${paint('dim', c.role)}`).join(', ')
    return `${people}${b.outlet ? paint('dim', ` (${b.outlet})`) : ''}`
  }
  result.articles.forEach((article, index) => {
    const { headline, dateline, byline } = article
    const column = article.column ? paint('magenta', ` [${article.column.text}]`) : ''
    lines.push(`  ${index + 1}. ${paint('bold', oneLine(headline.title?.text) ?? '(no title)')}${column}`)
    if (headline.kicker) lines.push(`     ${paint('dim', 'kicker  ')} ${headline.kicker.text}`)
    if (headline.subtitle) lines.push(`     ${paint('dim', 'subtitle')} ${headline.subtitle.text}`)
    if (dateline) {
      const where = [
        dateline.outlet && `outlet ${dateline.outlet}`,
        dateline.place && `place ${dateline.place}`,
        dateline.date && `date ${dateline.date.iso ?? dateline.date.text}`,
      ]
        .filter(Boolean)
        .join(', ')
      lines.push(`     ${paint('dim', 'dateline')} ${dateline.text}${where ? paint('dim', ` (${where})`) : ''}`)
    }
    if (byline) lines.push(`     ${paint('dim', 'byline  ')} ${credit(byline)}`)
    for (const c of article.credits) lines.push(`     ${paint('dim', 'credit  ')} ${credit(c)}`)
    const roles = article.paragraphs.filter((p) => p.role !== 'body').length
    const joined = article.paragraphs.filter((p) => p.pieces.length > 1).length
    const counts = [
      `${article.paragraphs.length} paragraphs`,
      joined && `${joined} joined across breaks`,
      roles && `${roles} subheads, captions or notes`,
      article.dates.length && `${article.dates.length} dates`,
      article.figures.length && `${article.figures.length} figures`,
      article.quotes.length && `${article.quotes.length} quotes`,
    ].filter(Boolean)
    lines.push(`     ${paint('dim', counts.join(' · '))}`)
    if (article.people.length > 0) {
      const named = article.people.map(
        (p) => `${p.name}${p.titles.length > 0 ? paint('dim', ` (${p.titles.join('、')})`) : ''}`,
      )
      lines.push(`     ${paint('dim', 'people  ')} ${named.join(', ')}`)
    }
  })
  if (result.leftovers.length > 0)
    lines.push(paint('dim', `  leftovers: ${result.leftovers.map((t) => t.text.slice(0, 30)).join(' | ')}`))
  result.diagnostics.forEach((d, i) => {
    const style: Style = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'cyan'
    const at = positions[i]
    const place = at ? paint('dim', `${path}:${at.line}:${at.column}  `) : ''
    lines.push(`  ${paint(style, d.severity.padEnd(7))} ${place}${paint('dim', d.code)}  ${d.message}`)
  })
  return lines.join('\n')
}
