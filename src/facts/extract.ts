import { normalize, toInputEnd, toInputOffset } from '../normalize.js'
import { defaultLexicon } from '../lexicon.js'
import type { Person, Quote } from '../schema.js'
import { honorificLength, readPeople } from './people.js'
import { readQuotes } from './quotes.js'
import { References } from './references.js'
import { type Named, namedIn } from './attribution.js'

/**
 * Finds the people named in a text, with their titles and later mentions: the name again, a
 * surname with a title's word (`王书记`), a pronoun (`他`, `她`) for the last person named.
 *
 * @example
 * extractPeople('区委常委、组织部部长高文栋表示…')
 * //=> [{ name: '高文栋', titles: ['区委常委', '组织部部长'], honorific: null, mentions: [], span: … }]
 */
export function extractPeople(text: string): Person[] {
  if (typeof text !== 'string')
    throw new TypeError(`extractPeople expects a string, got ${text === null ? 'null' : typeof text}`)
  const normalized = normalize(text)
  const span = (start: number, end: number) => ({
    start: toInputOffset(normalized, start),
    end: toInputEnd(normalized, end),
  })
  const lexicon = defaultLexicon()
  const people = readPeople(normalized.text, lexicon)
  // `王书记`, `他`: the people referred to without their names
  const references = new References(lexicon)
  for (const p of people) references.add(p.name, p.titles, p.honorific)
  const referred = new Map<string, Named[]>()
  for (const reference of references.in(lexicon.fold(normalized.text), namedIn(people))) {
    const list = referred.get(reference.name)
    if (list === undefined) referred.set(reference.name, [reference])
    else list.push(reference)
  }
  return people.map((p) => {
    // `王先生` is named `王`, with the honorific `先生`
    const cut = honorificLength(p)
    const at = span(p.start, p.end - cut)
    const mentions = p.mentions.map((m) => span(m.start, m.end - cut))
    for (const reference of referred.get(p.name) ?? []) mentions.push(span(reference.start, reference.end))
    return {
      name: text.slice(at.start, at.end),
      span: at,
      titles: p.titles,
      honorific: p.honorific,
      mentions: mentions.sort((a, b) => a.start - b.start),
    }
  })
}

/**
 * Finds the quotations of a text, with their speakers and verbs when attributed.
 *
 * @example
 * extractQuotes('“真是没有想到。”部长温丽娟告诉记者。')
 * //=> [{ text: '“真是没有想到。”', speaker: '温丽娟', verb: '告诉记者', kind: 'speech', span: … }]
 */
export function extractQuotes(text: string): Quote[] {
  if (typeof text !== 'string')
    throw new TypeError(`extractQuotes expects a string, got ${text === null ? 'null' : typeof text}`)
  const normalized = normalize(text)
  const lexicon = defaultLexicon()
  const folded = lexicon.fold(normalized.text)
  const people = readPeople(normalized.text, lexicon, folded)
  return readQuotes(normalized.text, people, folded).map((q) => {
    const start = toInputOffset(normalized, q.start)
    const end = toInputEnd(normalized, q.end)
    return { text: text.slice(start, end), span: { start, end }, speaker: q.speaker, verb: q.verb, kind: q.kind }
  })
}
