import { definePlugin } from '../plugin.js'
import { charTable, codeAt } from '../char-table.js'
import { allLines, contentOf, makeHeading } from './lines.js'

/** `标题：<引题>` — opens a crawled record; the label's own line holds the kicker, often empty. */
const TITLE_LABEL = /^标题:\s*/
/** `内容：` — the body follows. */
const CONTENT_LABEL = /^内容:\s*/
/** `连接：http://…` — where the page was crawled from. */
const LINK_LABEL = /^(?:连接|链接|网址|原文链接|URL):/i
/** The first characters of those labels: other lines are passed over at a glance. */
const LABEL_STARTS = charTable('标内连链网原Uu')

/**
 * Crawled records labelled `标题：` / `内容：`, as some news crawlers save them:
 *
 * ```
 * 连接：http://paper.people.com.cn/…        ← chrome
 * 标题：<引题>                               ← kicker (often empty)
 * <主题>                                     ← title
 * <副题>                                     ← subtitle (an empty slot leaves an empty line)
 * 内容：                                     ← chrome; the body follows
 * ```
 *
 * Written with the plugin API like any user's plugin: one step after `parse` that turns the
 * labelled lines into headings of the right relative size and the labels into chrome.
 */
export const crawlLabels = definePlugin({
  name: 'crawl-labels',
  steps: [
    {
      name: 'crawl-labels',
      after: 'parse',
      run(ctx) {
        const lines = allLines(ctx)
        // the `内容：` lines, found once: each `标题：` looks for the next one without rescanning
        const bodies: number[] = []
        lines.forEach((l, j) => {
          if (LABEL_STARTS[codeAt(ctx.normalized.text, l.contentStart)] !== 0 && CONTENT_LABEL.test(contentOf(ctx, l)))
            bodies.push(j)
        })
        let nextBody = 0
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!
          if (LABEL_STARTS[codeAt(ctx.normalized.text, line.contentStart)] === 0) continue
          const content = contentOf(ctx, line)
          if (LINK_LABEL.test(content)) {
            line.kind = 'chrome'
            continue
          }
          const title = TITLE_LABEL.exec(content)
          if (title === null) continue
          while (nextBody < bodies.length && bodies[nextBody]! <= i) nextBody++
          const end = bodies[nextBody] ?? -1
          if (end === -1) continue
          if (title[0].length < content.length) makeHeading(line, 2, title[0].length)
          else line.kind = 'chrome'
          // the slots between the labels: title, then subtitle; an empty slot is a blank line
          lines.slice(i + 1, end).forEach((slot, index) => {
            if (slot.kind !== 'blank') makeHeading(slot, index === 0 ? 1 : 2)
          })
          const body = lines[end]!
          const label = CONTENT_LABEL.exec(contentOf(ctx, body))![0]
          if (label.length < body.contentEnd - body.contentStart) body.contentStart += label.length
          else body.kind = 'chrome'
          i = end
        }
      },
    },
  ],
})
