import { MAX_PHOTO_CREDIT, readPhotoCredit } from '../extract/photo-credit.js'
import type { Context, Line } from '../pipeline/context.js'
import { ECHO_MIN, echoElsewhere, pairCounts } from './headline-echo.js'

/** Photo news comes two or more items to a block, as briefs do. */
const MIN_PHOTO_ITEMS = 2

/**
 * Photo news: a block of captions under no headline of their own, each a paragraph that closes
 * with its photographer's credit, telling what no other text on the page does. Each item opens an article:
 *
 * ```
 * 3月14日,市农业局专家组来我县指导春耕生产。…受到农民朋友的欢迎。郭瑞斌 摄   ← an article
 * 3月15日,县统计局干部在该镇开展义务植树活动。范仲海 摄                      ← an article
 * ```
 */
export function openPhotoItems(ctx: Context, lines: readonly Line[]): void {
  let block: Line[] = []
  const close = (): void => {
    if (block.length >= MIN_PHOTO_ITEMS && !picturesStoriesHere(ctx, lines, block))
      for (const item of block) item.opensArticle = true
    block = []
  }
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'chrome') continue
    if (line.kind === 'body' && endsWithPhotoCredit(ctx, line)) block.push(line)
    else close()
  }
  close()
}

/**
 * Whether every caption of the block restates text printed elsewhere on the page: the photos of
 * stories here (`锦州 23-2 油田开发项目 CEPA 平台完工装船。特约记者 杜鹏辉 摄` under the 锦州 report),
 * not photo news of their own.
 */
function picturesStoriesHere(ctx: Context, lines: readonly Line[], block: Line[]): boolean {
  const { text } = ctx.normalized
  const content = (line: Line): string => text.slice(line.contentStart, line.contentEnd)
  // the page's pairs are counted once, when a first block asks
  let counts = ctx.data.pagePairs as Map<string, number> | undefined
  if (counts === undefined) {
    counts = pairCounts(lines.filter((line) => line.kind !== 'blank' && line.kind !== 'chrome').map(content))
    ctx.data.pagePairs = counts
  }
  return block.every((line) => echoElsewhere(content(line), counts) >= ECHO_MIN)
}

/**
 * `…檢閱儀仗隊的畫面。（法新社檔案照）`, `…（記者劉榮攝）`, `…（圖／中央社）`: a sentence closed by a
 * photo's credit in brackets (folded text) is a caption.
 */
const PHOTO_CREDIT = String.raw`\((?:[^()]{0,24}(?:摄|档案照|资料照|照片|资料图片?|供图)|图\/[^()]{1,20})\)`
const BRACKETED_PHOTO_CREDIT = new RegExp(`[。！？!?]\\s*${PHOTO_CREDIT}$`)
/** A photo's credit in brackets and nothing else (folded text): `(受访者供图)`, `(记者刘荣摄)`. */
export const PHOTO_CREDIT_ALONE = new RegExp(`^${PHOTO_CREDIT}$`)

/** Whether a line is a sentence closed by a photo's credit in brackets (`BRACKETED_PHOTO_CREDIT`). */
export function closesWithBracketedCredit(ctx: Context, line: Line): boolean {
  // most lines close with no bracket: passed over before folding
  return (
    ctx.normalized.text.charAt(line.contentEnd - 1) === ')' &&
    BRACKETED_PHOTO_CREDIT.test(ctx.folded(line.contentStart, line.contentEnd))
  )
}

/** Whether a line is a caption by its credit: a photographer's after it, or a photo's in brackets. */
export const isCreditedCaption = (ctx: Context, line: Line): boolean =>
  endsWithPhotoCredit(ctx, line) || closesWithBracketedCredit(ctx, line)

/** The last character of a photo's credit: its `摄`, or the photo's day after it (`…攝 113年11月24日`). */
const CREDIT_ENDS = new Set(['摄', '攝', '日'])

/** Whether a line closes with its photographer's credit (`…在烈士公墓前默哀。 王硕 摄`): a caption. */
export function endsWithPhotoCredit(ctx: Context, line: Line): boolean {
  const { text } = ctx.normalized
  if (!CREDIT_ENDS.has(text.charAt(line.contentEnd - 1))) return false
  const from = Math.max(line.contentStart, line.contentEnd - MAX_PHOTO_CREDIT)
  return readPhotoCredit(ctx.folded(from, line.contentEnd), ctx.lexicon) !== null
}
