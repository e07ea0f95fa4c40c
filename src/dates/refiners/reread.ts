import type { DateBase, DateReader, DateResult, DateValue } from '../engine.js'

/** A mention made of a date and the time after it keeps both, so that it can be read again. */
export interface JoinedResult extends DateResult {
  components?: DateResult[]
}

/**
 * A mention read again with fields inherited from another (`12日` after `1月10日至`; `六点` after
 * `下午五点到`): each of its components in turn, a time on the day of the date before it. Null
 * when it no longer reads.
 */
export function reread(reader: DateReader, text: string, result: JoinedResult, base: DateBase): JoinedResult | null {
  const parts = result.components ?? [result]
  let out: JoinedResult | null = null
  let inherit = base
  for (const part of parts) {
    const again = reader.parseAt(text, part.index, { ...part.ctx, base: inherit, loose: true })
    if (again === null) return null
    out = out === null ? again : join(out, again)
    inherit = { ...inherit, ...out.value.base }
  }
  return out
}

/** A date and the time after it, as one mention: the time on the date's day. */
export function join(date: JoinedResult, time: DateResult): JoinedResult {
  const value: DateValue = {
    ...time.value,
    relative: date.value.relative,
    stated: { ...date.value.stated, ...time.value.stated },
    base: { ...date.value.base, ...time.value.base },
  }
  delete value.timeOnly
  return {
    index: date.index,
    length: time.index + time.length - date.index,
    value,
    parser: date.parser,
    ctx: date.ctx,
    components: [...(date.components ?? [date]), time],
  }
}

/** Whether a value names a day that a time can land on. */
export const hasDay = (value: DateValue): boolean =>
  (value.base.day !== undefined || (value.start === null && value.precision === 'day')) &&
  value.timeOnly === undefined &&
  value.role === undefined &&
  (value.precision === 'day' || value.precision === 'part-of-day')
