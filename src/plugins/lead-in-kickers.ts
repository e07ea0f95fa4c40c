import { endsWithLeadInVerb } from '../facts/speech-verb-at.js'
import type { Context } from '../pipeline/context.js'
import { isHeadlineCandidate } from './headline-candidate.js'
import { cutAtGaps } from './lines.js'

/** A headline line is this long at most; each of its two parts four characters at least. */
const MAX_LINE = 40
const MIN_PART = 4
/** No sentence and no clause in a head line. */
const MARKS = /[。！？!?,，、;；]/

/**
 * A kicker that leads into its title with what someone says (`…强调`, `…指出`, `…要求`), printed
 * on one line with the title after a space, as web copies print a head:
 *
 * ```
 * 习近平在民营企业座谈会上强调 民营经济发展前景广阔大有可为
 * ↑ the kicker                  ↑ the title
 * ```
 *
 * Each such plain line that the headline evidence takes (`isHeadlineCandidate`) is cut at its space into
 * the two lines of the group, before the plain headlines give their roles.
 */
export function cutLeadInKickers(ctx: Context): void {
  const { text } = ctx.normalized
  for (const run of ctx.runs)
    for (let i = 0; i < run.lines.length; i++) {
      const line = run.lines[i]!
      if (line.kind !== 'body' || line.contentEnd - line.contentStart > MAX_LINE) continue
      const content = text.slice(line.contentStart, line.contentEnd)
      const space = content.indexOf(' ')
      if (space < MIN_PART || content.length - space - 1 < MIN_PART || MARKS.test(content)) continue
      if (content.indexOf(' ', space + 1) !== -1) continue
      if (
        !endsWithLeadInVerb(ctx.folded(line.contentStart, line.contentStart + space)) ||
        !isHeadlineCandidate(ctx, line)
      )
        continue
      const at = line.contentStart + space
      run.lines.splice(i, 1, ...cutAtGaps(line, [[at, at + 1]], () => false))
      i++
    }
}
