import type { Lexicon } from '../lexicon.js'
import { type BylineReading, readByline } from './byline.js'
import { shift } from './lead.js'
import { LEADING_MARKS } from '../vocabulary/punctuation.js'

/** The source's label in a chain: what follows names the outlet. */
const SOURCE_WORD = '来源'
/** A chain's label (a role word or the source's) is at most this long. */
const MAX_CHAIN_LABEL = 4

/**
 * A chain of labelled credits, folded, with no space or sentence mark in it: `来源:环球网编辑:莫愁
 * 审核:周佳佳`, `记者:龙德文编辑:王春媚`. Each link is a role word of the lexicon (or `来源`, whose
 * value is an outlet's name) and a colon, the first at the start, two links or more; each role's
 * names are read as a byline. Null when the text is no such chain.
 *
 * @example
 * readCreditChain('记者:龙德文编辑:王春媚', lexicon)?.contributors.map((c) => c.role) //=> ['reporter', 'editor']
 */
export function readCreditChain(chain: string, lexicon: Lexicon): BylineReading | null {
  const labels = chainLabels(chain, lexicon)
  if (labels === null) return null
  const reading: BylineReading = { outlet: null, contributors: [], guessedSplits: [] }
  for (const [k, at] of labels.entries()) {
    const segment = chain.slice(at, labels[k + 1] ?? chain.length)
    if (segment.startsWith(SOURCE_WORD)) {
      const name = SOURCE_WORD.length + 1
      if (!lexicon.isOutletName(segment.slice(name))) return null
      reading.outlet ??= [at + name, at + segment.length]
      continue
    }
    const part = readByline(segment, lexicon)
    if (part === null || part.contributors.some((c) => c.roleWord === null)) return null
    shift(part, at)
    reading.contributors.push(...part.contributors)
  }
  return reading
}

/**
 * Where each link of a credit chain starts (`来源:环球网编辑:莫愁审核:周佳佳` → 0, 6, 11): a source's
 * label or a role word of the lexicon before each colon, the first at the start, two or more, each
 * with a value of its own. Null when the text is no such chain.
 */
function chainLabels(chain: string, lexicon: Lexicon): number[] | null {
  if (!chain.includes(':') || /[\s。！？!?”」]/.test(chain)) return null
  const labels: number[] = []
  let valueStart = 0
  for (let colon = chain.indexOf(':'); colon !== -1; colon = chain.indexOf(':', colon + 1)) {
    let label = -1
    for (let length = Math.min(MAX_CHAIN_LABEL, colon - valueStart); length >= 2 && label === -1; length--) {
      const word = chain.slice(colon - length, colon)
      if (word === SOURCE_WORD || lexicon.role(word) !== undefined) label = colon - length
    }
    if (label === -1 || (labels.length === 0 ? label !== 0 : label === valueStart)) return null
    labels.push(label)
    valueStart = colon + 1
  }
  return labels.length >= 2 && valueStart < chain.length ? labels : null
}

/**
 * A line that is a chain of labelled credits after the marks of a list, if any (`• 记者:龙德文编辑:
 * 王春媚`): the chain's reading and where it starts; null when the line is none.
 *
 * @example
 * markedCreditChain('• 记者:龙德文编辑:王春媚', lexicon)?.at //=> 2
 */
export function markedCreditChain(folded: string, lexicon: Lexicon): { at: number; reading: BylineReading } | null {
  // a chain's labels end in colons: most lines hold none and are passed over at a glance
  if (!folded.includes(':')) return null
  const at = LEADING_MARKS.exec(folded)?.[0].length ?? 0
  const reading = readCreditChain(folded.slice(at), lexicon)
  return reading && { at, reading }
}
