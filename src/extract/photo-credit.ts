import type { Lexicon } from '../lexicon.js'
import { type BylineReading, readByline } from './byline.js'

/** Where a caption's last sentence ends and its photo credit may start. */
const SENTENCE_ENDS = ['。', '！', '？', '!', '?']
/** A space or a table's cell mark: what a line may end with after its credit. */
const TABLE_RESIDUE = /[\s|]/
/** `(下同)`: the credit holds for the pictures below too. */
const SAME_BELOW = '(下同)'
const SPACE = /\s/
/** ` 113年11月24日`: the day the photo was taken, after its credit (a Republic-era year or not). */
const PHOTO_DATE = /\s+\d{2,4}年\d{1,2}月\d{1,2}日$/

/** Where `text` ends without the characters `pattern` matches at its end: read from the end, so a paragraph costs what its end does. */
function endBefore(text: string, pattern: RegExp, end = text.length): number {
  while (end > 0 && pattern.test(text.charAt(end - 1))) end--
  return end
}

/** A photo credit fits in this many characters at the end of its caption. */
export const MAX_PHOTO_CREDIT = 40

/**
 * The photo credit that closes a caption, after its last sentence: `会议现场。新华社记者 李学仁摄`,
 * `丰收节现场。 融媒体记者 李强 摄`, `…一同吶喊慶祝。中央社記者鄭清元攝 113年11月24日` (the photo's day after it). Null when the text does not end so, or the words name no
 * photographer. `start` is where the credit's words start in `folded`.
 *
 * @example
 * readPhotoCredit('专家组来到田间指导春耕。郭瑞斌 摄', lexicon)?.start // 12
 */
export function readPhotoCredit(folded: string, lexicon: Lexicon): { start: number; reading: BylineReading } | null {
  // a table's cell mark after the credit is a converter's residue: `… 本报记者 刘可 摄 |`
  let end = endBefore(folded, TABLE_RESIDUE)
  if (end >= SAME_BELOW.length && folded.startsWith(SAME_BELOW, end - SAME_BELOW.length))
    end = endBefore(folded, SPACE, end - SAME_BELOW.length)
  // the photo's day after the credit: `… 中央社記者鄭清元攝 113年11月24日`
  const dated = PHOTO_DATE.exec(folded.slice(0, end))
  if (dated !== null) end = dated.index
  let caption = folded.slice(0, end)
  // the credit in brackets: `…的画面。(记者刘荣摄)`
  if (caption.endsWith('摄)') && caption.lastIndexOf('(') > caption.length - MAX_PHOTO_CREDIT)
    caption = `${caption.slice(0, caption.lastIndexOf('('))} ${caption.slice(caption.lastIndexOf('(') + 1, -1)}`
  if (!caption.endsWith('摄')) return null
  const from = Math.max(0, caption.length - MAX_PHOTO_CREDIT)
  const sentenceEnd = Math.max(...SENTENCE_ENDS.map((mark) => caption.lastIndexOf(mark)))
  if (sentenceEnd < from - 1) return null
  const words = caption.slice(sentenceEnd + 1).trimStart()
  const reading = readByline(words, lexicon)
  if (reading === null || !reading.contributors.some((c) => c.role === 'photographer')) return null
  return { start: caption.length - words.length, reading }
}
