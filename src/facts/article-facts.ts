import type { Context } from '../pipeline/context.js'
import type { ParagraphText } from '../pipeline/paragraph-text.js'
import type { Figure, Person, Quote, Span } from '../schema.js'
import { readFigures, toFigure } from './figures.js'
import { honorificLength, readPeople } from './people.js'
import { KnownNames } from './known-names.js'
import { References } from './references.js'
import { namedIn } from './attribution.js'
import { type QuoteContext, scanQuotes } from './quotes.js'

/** A paragraph that goes on with a quote: its first mark opens one. */
const CONTINUES = /^\s*[“「『]/

/**
 * The figures, people and quotes of an article's paragraphs, with spans in the input. People
 * are merged across paragraphs: the first naming is the person, later ones are mentions, and so are
 * `王书记` and `他` where they refer to one (`References`). The byline's contributors are not people of the text. A quote over several paragraphs (each opens
 * with `“`, only the last closes) is one quote, spanning them, with the first one's attribution.
 */
export function articleFacts(
  ctx: Context,
  paragraphs: readonly ParagraphText[],
  contributors: ReadonlySet<string>,
): { figures: Figure[]; people: Person[]; quotes: Quote[] } {
  const want = ctx.options.extract
  if (!want.figures && !want.people && !want.quotes) return { figures: [], people: [], quotes: [] }
  const figures: Figure[] = []
  const quotes: Quote[] = []
  const people = new Map<string, Person>()
  const mentions: { name: string; at: Span }[] = []
  // a quote left open by a paragraph: where it opens in the input, and its attribution
  let open: { start: number; speaker: string | null; verb: string | null } | null = null
  // the names of earlier paragraphs, and who spoke and was named last, for the quotes of the next
  const knownNames = new KnownNames()
  const said: QuoteContext = { speaker: null, person: null }
  // `王书记`, `他`: the people referred to without their names
  const references = new References(ctx.lexicon)
  for (const { text: joined, folded, starts, at: span } of paragraphs) {
    for (const figure of want.figures ? readFigures(folded, starts.figures) : []) {
      const at = span(figure.index, figure.index + figure.length)
      figures.push(toFigure(at.text, at.span, figure))
    }
    const found = want.people || want.quotes ? readPeople(joined, ctx.lexicon, folded, starts.people) : []
    for (const person of found) {
      if (contributors.has(person.name)) continue
      // `王先生` is named `王`, with the honorific `先生`; people are kept by the name as written
      const cut = honorificLength(person)
      const at = span(person.start, person.end - cut)
      const known = people.get(person.name)
      if (known === undefined) {
        people.set(person.name, {
          name: at.text,
          span: at.span,
          titles: person.titles,
          honorific: person.honorific,
          mentions: person.mentions.map((m) => span(m.start, m.end - cut).span),
        })
      } else {
        known.mentions.push(at.span, ...person.mentions.map((m) => span(m.start, m.end - cut).span))
        if (known.titles.length === 0) known.titles = person.titles
      }
    }
    // a known name in a later paragraph, without its title, is a mention too
    const earlier = knownNames.mentionsIn(joined, found)
    for (const mention of earlier) {
      const cut = honorificLength({ name: mention.name, honorific: people.get(mention.name)?.honorific ?? null })
      mentions.push({ name: mention.name, at: span(mention.start, mention.end - cut).span })
    }
    const own = found.filter((person) => !contributors.has(person.name))
    for (const person of own) {
      knownNames.add(person.name)
      if (want.people) references.add(person.name, people.get(person.name)!.titles, person.honorific)
    }
    if (want.people)
      for (const reference of references.in(folded, namedIn([...own, ...earlier])))
        mentions.push({ name: reference.name, at: span(reference.start, reference.end).span })
    if (!want.quotes) continue
    const { quotes: read, unclosed } = scanQuotes(joined, [...found, ...earlier], folded, said)
    let rest = read
    if (open !== null) {
      // a quote over paragraphs: each goes on with `“`, the last closes it
      const goesOn = CONTINUES.exec(folded)
      const first = read[0]
      if (goesOn === null) open = null
      else if (first !== undefined && first.start === goesOn[0].length - 1) {
        const end = span(first.start, first.end).span.end
        quotes.push({
          text: ctx.input.slice(open.start, end),
          span: { start: open.start, end },
          speaker: open.speaker ?? first.speaker,
          verb: open.verb ?? first.verb,
          kind: 'speech',
        })
        rest = read.slice(1)
        open = null
      } else if (unclosed === null || unclosed.start !== goesOn[0].length - 1) open = null
    }
    for (const quote of rest) {
      const at = span(quote.start, quote.end)
      quotes.push({ text: at.text, span: at.span, speaker: quote.speaker, verb: quote.verb, kind: quote.kind })
    }
    if (open === null && unclosed !== null)
      open = {
        start: span(unclosed.start, unclosed.start + 1).span.start,
        speaker: unclosed.speaker,
        verb: unclosed.verb,
      }
  }
  for (const { name, at } of mentions) people.get(name)!.mentions.push(at)
  for (const person of people.values()) person.mentions.sort((a, b) => a.start - b.start)
  return { figures, people: want.people ? [...people.values()] : [], quotes }
}
