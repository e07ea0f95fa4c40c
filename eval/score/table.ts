import type { Tally } from './dates.js'
import type { EvalReport } from './run.js'

const pct = (v: number | undefined): string => (v === undefined ? '' : `${v.toFixed(1)}%`)
const row = (label: string, now: string, floor = '', goal = ''): string =>
  `  ${label.padEnd(24)} ${now.padStart(9)} ${floor.padStart(8)} ${goal.padStart(8)}`
const tally = ({ right, total }: Tally): string => `${right}/${total}`

/**
 * The report as a table a person reads at a glance: every figure beside its floor.
 *
 * @example
 * console.log(formatTable(report, figures, floors, goals).join('\n'))
 */
export function formatTable(
  r: EvalReport,
  figures: Record<string, number>,
  floors: Record<string, number>,
  goals: Record<string, number>,
): string[] {
  const fig = (name: string, label: string) => row(label, pct(figures[name]), pct(floors[name]), pct(goals[name]))
  const out: string[] = [row('', 'now', 'floor', 'goal')]
  const head = (title: string) => out.push('', title)
  const { pages, dates, facts, names } = r

  head(`pages (${pages.files} files, ${pages.goldArticles} articles)`)
  out.push(
    fig('pages.fieldAccuracy', 'field accuracy'),
    fig('pages.recall', 'article recall'),
    fig('pages.precision', 'article precision'),
  )
  for (const field of Object.keys(pages.fields)) out.push(fig(`pages.${field}`, `  ${field}`))
  out.push(row('crashes / contract', `${pages.crashes} / ${pages.contractFailures}`))

  head(`dates (${dates.cases} expressions)`)
  out.push(fig('dates.accuracy', `resolved ${dates.resolved}/${dates.cases}`))
  const sorted = (t: Record<string, Tally>) => Object.entries(t).sort(([a], [b]) => a.localeCompare(b))
  for (const [name, t] of sorted(dates.byCategory)) out.push(row(`  ${name}`, tally(t)))
  for (const [name, t] of sorted(dates.bySource)) out.push(row(`  source ${name}`, tally(t)))

  if (facts.figures) {
    head(`figures (${facts.figures.cases} cases)`)
    out.push(fig('figures.exact', 'exact'), fig('figures.value', 'value right'))
  }
  if (facts.people) {
    head(`people (${facts.people.cases} texts)`)
    for (const k of ['f1', 'precision', 'recall', 'titles'])
      out.push(fig(`people.${k}`, k === 'titles' ? 'titles right' : k))
  }
  if (facts.quotes) {
    head(`quotes (${facts.quotes.quotes} quotes)`)
    out.push(
      fig('quotes.found', `found ${facts.quotes.found}/${facts.quotes.quotes}`),
      fig('quotes.speaker', 'speaker right'),
    )
    out.push(fig('quotes.kind', 'kind right'), row('spurious', String(facts.quotes.spurious)))
  }
  if (names.people) {
    head(`names (${names.people.cases} NER sentences)`)
    for (const k of ['recall', 'precision', 'f1']) out.push(fig(`names.${k}`, k))
  }
  return out
}
