import type { Context, Line } from '../pipeline/context.js'
import { readBodies } from '../refine/body.js'
import { attachColumns } from '../refine/columns.js'
import { splitBriefs } from '../refine/briefs.js'
import { readHeadlines } from '../refine/headline.js'

/**
 * refine: column banners attached, headlines read (title-line columns, parallel titles), briefs
 * split into their items, bodies read (dateline, bylines, page-break joins), and each
 * article's extent: from its first owned line to its last, so the spans of articles never overlap.
 */
export function refine(ctx: Context): void {
  attachColumns(ctx)
  readHeadlines(ctx)
  splitBriefs(ctx)
  readBodies(ctx)
  for (const draft of ctx.drafts) {
    let start = Infinity
    let end = -Infinity
    const cover = (line: Line | null): void => {
      if (line === null || line.kind === 'blank') return
      if (line.begin < start) start = line.begin
      if (line.end > end) end = line.end
    }
    cover(draft.kicker)
    cover(draft.title)
    cover(draft.subtitle)
    draft.banners.forEach(cover)
    draft.body.forEach(cover)
    draft.extent = start <= end ? { start, end } : null
  }
}
