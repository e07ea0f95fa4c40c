import type { Context, Line } from '../pipeline/context.js'
import { SECTION_SET as SECTIONS } from '../vocabulary/sections.js'

/** A menu printed down the page holds at least this many items, one after another. */
const MIN_MENU_ITEMS = 4
/** Of which at least this many is a news site's section name. */
const MIN_SECTION_ITEMS = 1
/** One menu item: a word of one to four characters, perhaps letter-spaced, after a bullet or none. */
const ITEM = /^(?:[•·◆●■□▪▸►»]\s*)?([\u3400-\u9fff](?: ?[\u3400-\u9fff]){0,3})$/
/** The longest item `ITEM` takes: a bullet, a space, and four letters spaced. */
const MAX_ITEM_LENGTH = 9

/**
 * A site's menu printed down the page, one item a line, as stored web pages keep it: four or more
 * lines in a row of one short word each (after a bullet or none, letter-spaced or not), one of them a section's name. Every item is furniture:
 *
 * ```
 * 锐评 / 要闻 / 视听 / 图说 / 热线 / 部门 / 商城 / 县域 / 读报   ← one a line: furniture
 * ```
 */
export function dropVerticalMenus(ctx: Context, lines: readonly Line[]): void {
  let run: Line[] = []
  let sections = 0
  const close = (): void => {
    if (run.length >= MIN_MENU_ITEMS && sections >= MIN_SECTION_ITEMS) for (const line of run) line.kind = 'chrome'
    run = []
    sections = 0
  }
  for (const line of lines) {
    if (line.kind === 'blank') {
      close()
      continue
    }
    // most lines are longer than a menu's item: passed over before they are folded
    const item =
      line.contentEnd - line.contentStart > MAX_ITEM_LENGTH
        ? null
        : ITEM.exec(ctx.folded(line.contentStart, line.contentEnd))
    if (item === null) {
      // furniture read already stays out of the menu, and does not end it
      if (line.kind !== 'chrome') close()
      continue
    }
    run.push(line)
    if (SECTIONS.has(item[1]!.replace(/ /g, ''))) sections++
  }
  close()
}
