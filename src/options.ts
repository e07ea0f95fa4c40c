import { isRealDate } from './dates/calendar.js'
import { isRecord } from './is-record.js'
/** Where column banners stand relative to the article they label. */
export type ColumnPlacement = 'auto' | 'before' | 'after'

export interface ParseOptions {
  /**
   * Where banners stand: `before` the article they label, `after` it, or `auto` (default):
   * decided per banner by which neighbour shares its words, a banner at the page start going
   * forward and one at the page end going back. Each `auto` decision is an `info` diagnostic.
   */
  columnPlacement?: ColumnPlacement
  /** Throw one `DispatchError` carrying every diagnostic when any is a warning or an error. */
  strict?: boolean
  /** The paper's issue date, `YYYY-MM-DD`: what relative dates resolve against. */
  issueDate?: string
  /**
   * Which facts to read in the paragraphs (all by default). A reader that needs only the
   * structure turns them off: `{ dates: false, figures: false, people: false, quotes: false }`;
   * their arrays are then empty.
   */
  extract?: Partial<ExtractOptions>
}

export interface ExtractOptions {
  dates: boolean
  figures: boolean
  people: boolean
  quotes: boolean
}

export interface ResolvedOptions {
  columnPlacement: ColumnPlacement
  strict: boolean
  issueDate: string | null
  extract: ExtractOptions
}

const PLACEMENTS: readonly ColumnPlacement[] = ['auto', 'before', 'after']
/** The keys a parse takes (`parser.parse(page, options)`). */
export const OPTION_KEYS: readonly string[] = ['columnPlacement', 'strict', 'issueDate', 'extract']
const EXTRACT_KEYS = ['dates', 'figures', 'people', 'quotes'] as const

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (`2022-02-30` is not).
 *
 * @example
 * isCalendarDate('2024-02-29') //=> true
 * isCalendarDate('2023-02-29') //=> false
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** A key that is none of `known`: a TypeError naming it and what is known. */
function checkKeys(where: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value))
    if (!known.includes(key))
      throw new TypeError(`${where}${JSON.stringify(key)} is no option (known: ${known.join(', ')})`)
}

/** Checks options once per call; a bad option is a TypeError naming it. */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const raw: unknown = options
  if (raw !== undefined && !isRecord(raw))
    throw new TypeError(`options must be an object, got ${JSON.stringify(raw) ?? String(raw)}`)
  checkKeys('', raw ?? {}, OPTION_KEYS)
  const columnPlacement: ColumnPlacement = options?.columnPlacement ?? 'auto'
  if (!PLACEMENTS.includes(columnPlacement)) {
    throw new TypeError(`columnPlacement must be 'auto', 'before' or 'after', got ${JSON.stringify(columnPlacement)}`)
  }
  const strict = options?.strict ?? false
  if (typeof strict !== 'boolean') throw new TypeError(`strict must be true or false, got ${JSON.stringify(strict)}`)
  const issueDate = options?.issueDate ?? null
  if (issueDate !== null && (typeof issueDate !== 'string' || !isCalendarDate(issueDate))) {
    throw new TypeError(`issueDate must be a real date as YYYY-MM-DD, got ${JSON.stringify(issueDate)}`)
  }
  const given = options?.extract ?? {}
  if (!isRecord(given)) throw new TypeError(`extract must be an object of booleans, got ${JSON.stringify(given)}`)
  checkKeys('extract.', given, EXTRACT_KEYS)
  for (const [key, value] of Object.entries(given))
    if (typeof value !== 'boolean')
      throw new TypeError(`extract.${key} must be true or false, got ${JSON.stringify(value)}`)
  const extract = { dates: true, figures: true, people: true, quotes: true, ...given }
  return { columnPlacement, strict, issueDate, extract }
}
