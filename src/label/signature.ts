import type { BylineReading } from '../extract/byline.js'
import type { Lexicon } from '../lexicon.js'

/** A signature's names are this long at most; four characters only with a two-character surname (`欧阳娜娜`). */
const MAX_NAME = 3

/**
 * Whether a byline reading of `folded` is a signature of names alone, as printed under a headline
 * (`吴象`) or after the last sentence (`宗何`, `王庆山 姜长荣`): no outlet, no role word, and each name
 * a surname and a given name — not a common word that opens with a surname (`万众一心`, `全面小康`)
 * nor a name with what its leader did (`李明讲话`).
 *
 * @example
 * signsNamesAlone(readByline('吴象', lexicon)!, '吴象', lexicon) //=> true
 */
export function signsNamesAlone(reading: BylineReading, folded: string, lexicon: Lexicon): boolean {
  if (reading.outlet !== null || reading.contributors.length === 0) return false
  return reading.contributors.every((c) => {
    if (c.roleWord !== null) return false
    const surname = lexicon.surnameLength(folded, c.start)
    const length = c.end - c.start
    return surname > 0 && length <= MAX_NAME + (surname > 1 ? 1 : 0) && !lexicon.isSurnameWord(folded, c.start)
  })
}
