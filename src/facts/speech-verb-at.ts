import { DIRECTIVE_VERBS, NOT_SPEECH, SPEECH_VERBS } from '../vocabulary/speech-verbs.js'

/** The first characters of the speech verbs: 1 in this table, by UTF-16 code. */
const FIRSTS = new Uint8Array(0x10000)
for (const verb of SPEECH_VERBS) FIRSTS[verb.charCodeAt(0)] = 1
const VERB_AT = new RegExp(`(?:${SPEECH_VERBS.join('|')})`, 'y')
/** A speech verb that is no part of `说明`, `说服`. */
const SPEECH_AT = new RegExp(`${VERB_AT.source}(?!明|服)`, 'y')

/**
 * Whether a speech verb starts at `at` (`表示`, `说`): one table read where no verb can start.
 *
 * @example
 * speechVerbAt('吴春耕表示', 3) //=> true
 */
export function speechVerbAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length || FIRSTS[text.charCodeAt(at)] === 0) return false
  VERB_AT.lastIndex = at
  return VERB_AT.test(text)
}

/**
 * Where the speech verbs of a text start, left to right, each looked for after the one before
 * (none inside `说明`, `说服`): the verb is tried only at a verb's first character.
 *
 * @example
 * speechVerbStarts('吴春耕表示，他说明了') //=> [3]
 */
export function speechVerbStarts(text: string): number[] {
  const starts: number[] = []
  for (let at = 0; at < text.length; at++) {
    if (FIRSTS[text.charCodeAt(at)] === 0) continue
    SPEECH_AT.lastIndex = at
    if (!SPEECH_AT.test(text)) continue
    starts.push(at)
    at = SPEECH_AT.lastIndex - 1
  }
  return starts
}

const VERB_END = new RegExp(`(?:${SPEECH_VERBS.join('|')})$`)
const NOT_SPEECH_END = new RegExp(`(?:${NOT_SPEECH.join('|')})$`)

/**
 * Whether a text ends with a speech verb (`北京市委、市政府宣布`), not one of the words that only end
 * like one (`据说`): a headline line that leads into what is said.
 *
 * @example
 * endsWithSpeechVerb('外交部发言人表示') //=> true
 */
export const endsWithSpeechVerb = (text: string): boolean => VERB_END.test(text) && !NOT_SPEECH_END.test(text)

const LEAD_IN_END = new RegExp(`(?:${DIRECTIVE_VERBS.join('|')})$`)

/**
 * Whether a headline line ends in a verb whose object is the line under it: a speech verb
 * (`北京市委、市政府宣布`) or a directive one (`中宣部发出通知要求`). Such a line is a kicker.
 *
 * @example
 * endsWithLeadInVerb('中宣部发出通知要求') //=> true
 * endsWithLeadInVerb('市民文化节开幕') //=> false
 */
export const endsWithLeadInVerb = (text: string): boolean => endsWithSpeechVerb(text) || LEAD_IN_END.test(text)
