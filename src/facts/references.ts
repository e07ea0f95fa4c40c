import { charTable } from '../char-table.js'
import type { Lexicon } from '../lexicon.js'
import { PRONOUN_WORDS } from '../vocabulary/pronoun-words.js'
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../vocabulary/titles.js'
import type { Named } from './attribution.js'
import { surnameInsideWord } from './bare-names.js'
import { KnownNames } from './known-names.js'

/** The third-person pronouns that stand for one person: `他` a man, `她` a woman. */
const PRONOUNS = charTable('他她')
const SHE = '她'.charCodeAt(0)
/** Each word a pronoun may stand inside, with the offsets of its pronouns in it (`其他` → 1). */
const WORDS_AROUND = PRONOUN_WORDS.map((word) => ({
  word,
  at: [...word].flatMap((char, i) => (PRONOUNS[char.charCodeAt(0)] === 1 ? [i] : [])),
}))
/** The prefix custom drops when it addresses a deputy (`李县长` for 副县长李明). */
const DEPUTY = '副'

/** Whether the pronoun at `at` stands inside a longer word of jieba's (`其他`, `他们`, `吉他`). */
const insideWord = (folded: string, at: number): boolean =>
  WORDS_AROUND.some(({ word, at: offsets }) => offsets.some((offset) => folded.startsWith(word, at - offset)))

/** Where a sentence ends: after one, a pronoun stands for a person of its own paragraph only. */
const SENTENCE_END = charTable('。！!？?；;')
/** Where a clause ends: a pronoun stands for no one named in its own clause (`县长李明看望了他`). */
const CLAUSE_END = charTable('。！!？?；;，,：:、')
/** Quotation marks: inside a quote a pronoun is the speaker's word, for someone else (`李明说：“他是…”`). */
const QUOTE_OPEN = charTable('“「『')
const QUOTE_CLOSE = charTable('”」』')

/**
 * The references to the people of one article that do not repeat their name, read paragraph by
 * paragraph (each text given, and each line of one):
 * - a surname with the word one of the person's titles ends with (`王书记` for 县委书记王刚, `李县长`
 *   for 副县长李明) refers to the last person named before it who has that form; none inside a word
 *   (`担任主任`);
 * - `他` or `她` stands for the last person named or referred to before it in its paragraph, or, in
 *   the paragraph's first sentence before anyone is named in it, the last one before the paragraph
 *   (`……刘首初说。⏎他还……`). Not for one named in its own clause (`县长李明看望了他`), nor inside a
 *   quote, nor inside a word of jieba's (`其他`, `他们`, `吉他`), nor for a person whose honorific
 *   says otherwise (`王先生……她`); later in a paragraph that names no one, a pronoun stands for
 *   someone the text names otherwise (`一位退休教师……。他`), so for no one here.
 * Linear in the text.
 *
 * @example
 * const references = new References(defaultLexicon())
 * references.add('王刚', ['县委书记'], null)
 * references.in('王刚说，王书记认为他', [{ name: '王刚', start: 0, end: 2 }])
 * //=> [{ name: '王刚', start: 4, end: 7 }]   (`他` is in the address's clause)
 */
export class References {
  /** Every form of address learnt (`王书记`), to find them in one pass. */
  private readonly forms = new KnownNames()
  /** The forms of address of each person. */
  private readonly formsOf = new Map<string, string[]>()
  /** For each form of address, the last person named before who has it: the one it refers to. */
  private readonly addressed = new Map<string, string>()
  /** The pronoun that may not stand for a person, by the person's honorific. */
  private readonly notPronoun = new Map<string, number>()
  /** The last person named before the paragraph being read. */
  private carried: string | null = null

  constructor(private readonly lexicon: Lexicon) {}

  /**
   * Learns how a person may be addressed (the surname with each title's last word: `王` + `书记`),
   * and which pronoun the honorific rules out (`先生`: `她`).
   */
  add(name: string, titles: readonly string[], honorific: string | null): void {
    if (honorific !== null && FEMALE_HONORIFICS.has(honorific)) this.notPronoun.set(name, '他'.charCodeAt(0))
    if (honorific !== null && MALE_HONORIFICS.has(honorific)) this.notPronoun.set(name, SHE)
    const folded = this.lexicon.fold(name)
    const surname = this.lexicon.surnameLength(folded)
    if (surname === 0 || surname >= folded.length) return
    const forms = this.formsOf.get(name) ?? []
    const learn = (form: string): void => {
      if (forms.includes(form)) return
      forms.push(form)
      this.forms.add(form)
    }
    for (const title of titles) {
      const foldedTitle = this.lexicon.fold(title)
      const word = this.lexicon.titleBefore(foldedTitle, foldedTitle.length)
      if (word === null) continue
      learn(folded.slice(0, surname) + word)
      if (word.startsWith(DEPUTY) && word.length > DEPUTY.length + 1)
        learn(folded.slice(0, surname) + word.slice(DEPUTY.length))
    }
    if (forms.length > 0) this.formsOf.set(name, forms)
  }

  /**
   * The references in `folded`, a paragraph or lines of them, left to right, given where it names
   * people (`named`, sorted by start): none inside a naming.
   */
  in(folded: string, named: readonly Named[]): Named[] {
    const found: Named[] = []
    const addresses = this.forms.occurrencesIn(folded)
    // most paragraphs hold no form of address and no pronoun: only who is named last carries on
    if (addresses.length === 0 && folded.indexOf('他') === -1 && folded.indexOf('她') === -1) {
      this.learnNamings(named)
      return found
    }
    let nextNamed = 0
    let nextAddress = 0
    let namedEnd = 0
    // the last person named or referred to in this paragraph, and where; whether its first
    // sentence goes on, where the clause being read opens, and how deep in quotes it is
    let last: string | null = null
    let lastAt = -1
    let firstSentence = true
    let clauseStart = 0
    let quoted = 0
    const passNamings = (before: number): void => {
      for (; nextNamed < named.length && named[nextNamed]!.start < before; nextNamed++) {
        const { name, start, end } = named[nextNamed]!
        last = name
        lastAt = start
        namedEnd = Math.max(namedEnd, end)
        this.address(name)
      }
    }
    for (let at = 0; at < folded.length; at++) {
      const code = folded.charCodeAt(at)
      if (code === 10) {
        passNamings(at)
        this.carried = last ?? this.carried
        last = null
        lastAt = -1
        firstSentence = true
        clauseStart = at + 1
        quoted = 0
        continue
      }
      if (QUOTE_OPEN[code] === 1) quoted++
      else if (QUOTE_CLOSE[code] === 1) quoted = Math.max(0, quoted - 1)
      if (CLAUSE_END[code] === 1 && quoted === 0) {
        clauseStart = at + 1
        if (SENTENCE_END[code] === 1) firstSentence = false
      }
      const address = addresses[nextAddress]
      if (address !== undefined && address.start === at) {
        nextAddress++
        passNamings(at + 1)
        const person = this.addressed.get(address.name)
        if (person === undefined || at < namedEnd || surnameInsideWord(folded, at)) continue
        found.push({ name: person, start: at, end: address.end })
        last = person
        lastAt = at
        at = address.end - 1
        continue
      }
      if (PRONOUNS[code] === 0) continue
      passNamings(at + 1)
      const person: string | null = last ?? (firstSentence ? this.carried : null)
      if (person === null || at < namedEnd || quoted > 0 || lastAt >= clauseStart) continue
      if (this.notPronoun.get(person) === code || insideWord(folded, at)) continue
      found.push({ name: person, start: at, end: at + 1 })
      last = person
      lastAt = at
    }
    passNamings(Number.POSITIVE_INFINITY)
    this.carried = last ?? this.carried
    return found
  }

  /** A person named: the one their forms of address now refer to. */
  private address(name: string): void {
    for (const form of this.formsOf.get(name) ?? []) this.addressed.set(form, name)
  }

  /** Passes over namings with nothing in their text to refer back: the last one carries on. */
  private learnNamings(named: readonly Named[]): void {
    for (const { name } of named) this.address(name)
    this.carried = named.at(-1)?.name ?? this.carried
  }
}
