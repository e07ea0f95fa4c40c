import { parseDay } from './dates/calendar.js'
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

/** Checks options once per call; a bad option is a TypeError naming it. */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const columnPlacement = options?.columnPlacement ?? 'auto'
  if (!PLACEMENTS.includes(columnPlacement)) {
    throw new TypeError(`columnPlacement must be 'auto', 'before' or 'after', got ${JSON.stringify(columnPlacement)}`)
  }
  const issueDate = options?.issueDate ?? null
  if (issueDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(issueDate)) {
    throw new TypeError(`issueDate must be a date as YYYY-MM-DD, got ${JSON.stringify(issueDate)}`)
  }
  if (issueDate !== null) parseDay(issueDate, 'issueDate')
  const extract = { dates: true, figures: true, people: true, quotes: true, ...options?.extract }
  return { columnPlacement, strict: options?.strict ?? false, issueDate, extract }
}
