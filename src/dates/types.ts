/** How fine a date mention is. */
export type DatePrecision =
  | 'year'
  | 'half'
  | 'quarter'
  | 'month'
  | 'xun'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'

/** What the text itself states, whatever the issue date. */
export interface StatedParts {
  year?: number
  month?: number
  day?: number
  hour?: number
  minute?: number
}
