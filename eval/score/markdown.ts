import type { EvalReport } from './run.js'

const START = '<!-- eval:start (npm run eval -- --readme writes this table) -->'
const END = '<!-- eval:end -->'

/**
 * The summary as the README's Markdown table: each figure, its goal, and where it stands.
 *
 * @example
 * accuracyTable(report, figures, goals)[0] // '| set | figure | now | goal |'
 */
export function accuracyTable(r: EvalReport, figures: Record<string, number>, goals: Record<string, number>): string[] {
  const cell = (name: string) => `${figures[name]?.toFixed(1)}%`
  const goal = (name: string) => (goals[name] === undefined ? '' : `≥ ${goals[name]}%`)
  const row = (set: string, label: string, name: string) => `| ${set} | ${label} | ${cell(name)} | ${goal(name)} |`
  const fields = Object.keys(r.pages.fields)
    .map((f) => `${f} ${cell(`pages.${f}`)}`)
    .join(', ')
  return [
    '| set | figure | now | goal |',
    '| --- | --- | --: | --: |',
    row(`pages (${r.pages.files} pages, ${r.pages.goldArticles} articles)`, 'field accuracy', 'pages.fieldAccuracy'),
    row('', 'article recall', 'pages.recall'),
    row('', 'article precision', 'pages.precision'),
    row(`dates (${r.dates.cases} expressions)`, 'resolved right', 'dates.accuracy'),
    row(`figures (${r.facts.figures?.cases} cases)`, 'exact', 'figures.exact'),
    row(`people (${r.facts.people?.cases} texts)`, 'F1', 'people.f1'),
    row('', 'titles right (of those found)', 'people.titles'),
    row(`quotes (${r.facts.quotes?.quotes} quotes)`, 'found', 'quotes.found'),
    row('', 'speaker right', 'quotes.speaker'),
    row('', 'kind right', 'quotes.kind'),
    row(`names (${r.names.people?.cases} NER sentences)`, 'recall', 'names.recall'),
    row('', 'precision', 'names.precision'),
    '',
    `Per page field: ${fields}.`,
  ]
}

/** The README with its accuracy table replaced (between the eval markers). */
export function withAccuracyTable(readme: string, table: string[]): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`)
  return `${readme.slice(0, start + START.length)}\n${table.join('\n')}\n${readme.slice(end)}`
}

/** The table the README holds now, or null. */
export function readmeAccuracyTable(readme: string): string[] | null {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) return null
  return readme.slice(start + START.length + 1, end - 1).split('\n')
}
