import { fileURLToPath } from 'node:url'
import { type DatesReport, scoreDates } from './dates.js'
import { type FactsReport, scoreFacts } from './facts.js'
import type { Library } from './library.js'
import { type PagesReport, scorePages } from './pages.js'
import { percent, ratio } from './text.js'

/** The evaluation sets, copied byte-exact from the shared sets (see `eval/README.md`). */
export const SETS = fileURLToPath(new URL('../sets/', import.meta.url))

export interface EvalReport {
  pages: PagesReport
  dates: DatesReport
  facts: FactsReport
  names: FactsReport
}

/** Every set scored. */
export function runEval(lib: Library, sets = SETS): EvalReport {
  return {
    pages: scorePages(lib, `${sets}/pages`),
    dates: scoreDates(lib, `${sets}/dates/cases.jsonl`),
    facts: scoreFacts(lib, `${sets}/facts`),
    names: scoreFacts(lib, `${sets}/names`),
  }
}

/**
 * The figures floors hold, by name (percentages), and the counts that must stay 0.
 *
 * @example
 * headlineFigures(runEval(lib))['pages.recall'] // e.g. 55.6
 */
export function headlineFigures(r: EvalReport): Record<string, number> {
  const out: Record<string, number> = {
    'pages.fieldAccuracy': r.pages.fieldAccuracy,
    'pages.recall': r.pages.recall,
    'pages.precision': r.pages.precision,
  }
  for (const [field, value] of Object.entries(r.pages.fields)) out[`pages.${field}`] = value
  out['dates.accuracy'] = r.dates.accuracy
  const { figures, people, quotes } = r.facts
  if (figures) Object.assign(out, { 'figures.exact': figures.exact, 'figures.value': figures.value })
  if (people)
    Object.assign(out, {
      'people.f1': people.f1,
      'people.precision': people.precision,
      'people.recall': people.recall,
      'people.titles': people.titles,
    })
  if (quotes)
    Object.assign(out, {
      'quotes.found': percent(ratio(quotes.found, quotes.quotes)),
      'quotes.speaker': quotes.speaker,
      'quotes.kind': quotes.kind,
    })
  const names = r.names.people
  if (names)
    Object.assign(out, { 'names.precision': names.precision, 'names.recall': names.recall, 'names.f1': names.f1 })
  return out
}

/** Counts that are bugs whenever they are not 0: crashes and broken contract promises. */
export function failureCounts(r: EvalReport): Record<string, number> {
  return {
    'pages.crashes': r.pages.crashes,
    'pages.contractFailures': r.pages.contractFailures,
    'dates.crashes': r.dates.crashes,
    'facts.crashes': r.facts.crashes,
    'names.crashes': r.names.crashes,
  }
}
