import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { speechVerbAt, speechVerbStarts } from '../src/facts/speech-verb-at.js'
import { SPEECH_VERBS } from '../src/vocabulary/speech-verbs.js'

/** Texts of speech verbs, their parts and what may follow them (`说明`, `说服`). */
const text = fc
  .array(fc.oneof(fc.constantFrom(...SPEECH_VERBS), fc.constantFrom('说', '明', '服', '告诉', '王', '，')), {
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''))

describe('speech verbs', () => {
  it('start where one search after another finds them', () => {
    const verbs = new RegExp(`(?:${SPEECH_VERBS.join('|')})(?!明|服)`, 'g')
    fc.assert(
      fc.property(text, (text) => {
        expect(speechVerbStarts(text)).toEqual([...text.matchAll(verbs)].map((match) => match.index))
      }),
    )
  })

  it('are found at a place, and nowhere outside the text', () => {
    expect(speechVerbAt('吴春耕表示', 3)).toBe(true)
    expect(speechVerbAt('吴春耕表示', 2)).toBe(false)
    expect([speechVerbAt('说', -1), speechVerbAt('说', 1)]).toEqual([false, false])
    expect(speechVerbStarts('他说明了，又说服了他，他说')).toEqual([12])
  })
})
