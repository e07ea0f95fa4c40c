import { charTable, codeAt, isHan, WHITESPACE } from '../char-table.js'
import { type Lexicon, opensPredicate } from '../lexicon.js'
import { SPEECH_VERBS } from '../vocabulary/speech-verbs.js'
import {
  type BareName,
  endsInWord,
  isPlace,
  listNeighbour,
  opensAfterSubject,
  readBareNames,
  readTransliteratedNames,
} from './bare-names.js'
import { KnownNames } from './known-names.js'
import { NOT_IN_NAME, PREPOSITIONS } from './name-chars.js'
import { speechVerbAt, speechVerbStarts } from './speech-verb-at.js'
import { CN_NUMERALS, findStarts } from './starts.js'

/** A person read from a normalised text; offsets relative to it. */
export interface PersonReading {
  name: string
  start: number
  end: number
  titles: string[]
  honorific: string | null
  mentions: { start: number; end: number }[]
}

/**
 * How many characters at the end of a reading's name, and of each of its mentions, are its
 * honorific: a person named by surname and honorific only (`王先生`) is named `王`, the honorific
 * apart, as the eval's people and names gold both write it. The reading keeps the written form, so
 * that later mentions are found by it and a quote's speaker is the name as written.
 */
export const honorificLength = (person: Pick<PersonReading, 'name' | 'honorific'>): number =>
  person.honorific !== null && person.name.length > person.honorific.length && person.name.endsWith(person.honorific)
    ? person.honorific.length
    : 0
/** What may follow a name: punctuation, or the first character of a verb or function word. */
const AFTER_NAME =
  /^(?:$|\d|[今昨]天|[今去明]年|[上下]午|当天|近日|[\s,，。.;；:：!！?？、“”"'‘’()（）《》]|表示|说|告诉|介绍|指出|强调|认为|称|坦言|感慨|回忆|透露|解释|补充|提到|谈到|笑着|如是|在|作|等|和|与|及|的|是|也|就|带|率|主持|陪同|一|为|对|向|到|来|去|将|已|正|还|又|都|这|那|从|把|被|让|同|跟|曾|便|则|却|才|更|并|于|以|第|家|们|要|了|着|过|也|说道|代表|出席|参加|调研|考察|看望|慰问|走访|提出|发表|宣布|发言|讲话|作了|进行|接受|带领|率领|主持召开|亲自|[\u4e00-\u9fff]{1,2}地说)/
/**
 * What follows a name that opens its clause with no title, so that the name is its subject: a
 * clause mark, a speech verb, or a word that opens a predicate (`在`, `是`, `曾`, `把`, `带领` …).
 * Stricter than `AFTER_NAME`: nothing before such a name tells it from a word.
 */
const OPENING_NAME_NEXT = new RegExp(
  `^(?:[，,、]|${SPEECH_VERBS.join('|')}|在|是|也|就|的|和|与|曾|已|正|还|又|都|对|向|从|把|被|为|等|带领|率|一)`,
)
/** The longest word `OPENING_NAME_NEXT` looks at. */
const MAX_NEXT = Math.max(...SPEECH_VERBS.map((verb) => verb.length))
/** Where a title chain starts: after punctuation or a function word. */
const CHAIN_STOPS = charTable(`${WHITESPACE},，。;；:：!！?？“”"()（）《》【】[]「」『』`)
const CUT_AFTER = charTable('和与及由据让请被把跟是的了并在')
/**
 * `和`, `与`, `及` join a person to the title only after a pronoun (`他和村主任扶元初`); elsewhere they
 * join the parts of an organisation's name (`文化和旅游部副部长`, `国际合作与交流处处长`).
 */
const JOINERS = charTable('和与及')
const PRONOUNS = charTable('他她我你它们')
/** What a preposition after a title is most often about: `主任向大家介绍`, `书记和群众一起`. */
const PREPOSITION_OBJECTS = new Set([
  '大家',
  '记者',
  '群众',
  '村民',
  '市民',
  '居民',
  '企业',
  '社会',
  '各位',
  '全体',
  '来宾',
  '游客',
  '客商',
  '学生',
  '孩子',
  '老人',
  '干部',
  '党员',
  '职工',
  '专家',
])
/** What may stand right before a name that opens its clause: a clause mark or a function word. */
const NAME_OPENERS = charTable(
  `${WHITESPACE},，。;；:：!！?？“”"()（）《》、和与及同向对给为将从以由据让请被把跟是的了并在`,
)
/** A verb right after two characters makes them the name, not three: `黄伟认为` is 黄伟. */
const VERB_NEXT = /^(?:正在|表示|说|认为|指出|介绍|告诉|强调|称|坦言|透露|回忆|解释|提出|作|在|的|是|和|与|[、，,。])/
/** Nouns for groups, not titles: a name after one needs a clear end (`居民闻讯前来` is no name). */
const GROUP_NOUNS = new Set([
  '村民',
  '居民',
  '顾客',
  '网友',
  '业主',
  '职工',
  '工人',
  '农民',
  '市民',
  '学生',
  '党员',
  '干部',
  '志愿者',
  '专家',
  '老板',
  '店主',
])
const CLEAR_END = /^(?:$|[\s,，。;；:：!！?？、“”]|表示|说|告诉|介绍|指出|强调|认为|笑着说|[\u4e00-\u9fff]{1,2}地说)/
const AGE = /(\d{1,3}|[一二三四五六七八九十]{1,3})岁$/
const MAX_CHAIN = 40
/** What may stand between a name and its verb: a day, an adverb, a manner (`14日`, `曾`, `高兴地`). */
const BETWEEN_NAME_AND_VERB =
  /^(?:\d{1,2}日|[今昨前]天|[上下]午|曾经|曾|也|还|又|则|就|便|都|再|亦|随即|随后|笑着|[\u4e00-\u9fff]{1,4}地)*$/
/** The lengths of a transliterated name read between a title and a verb (`图朱` is too like a word). */
const MIN_TRANSLITERATED = 3
const MAX_TRANSLITERATED = 4
/** The longest title word after a name looked at (`国家主席`). */
const MAX_TITLE_AFTER = 4
/** How far before its verb a name may end: the longest stretch `BETWEEN_NAME_AND_VERB` is tried on. */
const MAX_BETWEEN = 8
/** Opening marks of quotations and titles, and their closing marks. */
const TERM_MARKS: Readonly<Record<string, string>> = { '“': '”', '《': '》', '「': '」', '『': '』', '‘': '’' }
/** A numeral: no transliterated name holds one. */
const NUMERAL = new RegExp(`[${CN_NUMERALS}]`)
/** Where a transliterated name ends: `谢里谢夫是` (里 and 夫 are part of it); or where what can follow a name starts (`马斯洛夫则`). */
const FOREIGN_STOPS = charTable('是的了在和与说表告等也就都对向把被为从到将已正还又这那一')

/**
 * Reads the people of a text: a name right after a title (`区委常委、组织部部长高文栋`,
 * `聊城五洲大药店连锁有限公司行政副总经理李娜`, `23岁的葫芦种植户郝学坤`), a surname with an
 * honorific (`王先生`, `李女士`), a foreign name with `·`. A name is a known surname and one or
 * two characters, taken only where the text after it can follow a name: a guess is left out.
 * The other mentions of the same name are linked.
 */
export function readPeople(
  text: string,
  lexicon: Lexicon,
  folded = lexicon.fold(text),
  starts: readonly number[] = findStarts(folded, lexicon).people,
): PersonReading[] {
  const found = new Map<string, PersonReading>()
  const add = (reading: PersonReading): void => {
    const known = found.get(reading.name)
    if (known === undefined) found.set(reading.name, reading)
    else if (known.start !== reading.start) {
      if (known.titles.length === 0 && reading.titles.length > 0) known.titles = reading.titles
    }
  }
  // only where a title ends just before, or an honorific starts soon after (`findStarts`)
  let resume = 0
  for (const at of starts) {
    if (at < resume) continue
    const surname = lexicon.surnameLength(folded, at)
    if (surname === 0) continue
    // a title right before: `部长高文栋`
    const title = lexicon.titleBefore(folded, at)
    const honorific = lexicon.honorificAt(folded, at + surname)
    const preposition = surname === 1 && PREPOSITIONS[folded.charCodeAt(at)] === 1
    // `她向老师请教`, `我和大爷聊天`: in a clause, 向 and 和 are prepositions more often than surnames
    if (honorific !== null && !(preposition && isHan(codeAt(folded, at - 1)))) {
      const end = at + surname + honorific.length
      add({
        name: text.slice(at, end),
        start: at,
        end,
        titles: title === null ? [] : chain(text, folded, at, resume),
        honorific,
        mentions: [],
      })
      resume = end
      continue
    }
    if (title === null) continue
    if (preposition && PREPOSITION_OBJECTS.has(folded.slice(at + 1, at + 3))) continue
    const length = nameLength(folded, at, surname, lexicon)
    if (length === 0) continue
    if (GROUP_NOUNS.has(title) && !CLEAR_END.test(folded.slice(at + length, at + length + 4))) continue
    add({
      name: text.slice(at, at + length),
      start: at,
      end: at + length,
      titles: chain(text, folded, at, resume),
      honorific: null,
      mentions: [],
    })
    resume = at + length
  }
  // a full name of three characters that opens its sentence or clause, with no title: `田晚霞一心扑在…`
  for (let at = 0; at + 3 <= folded.length; at++) {
    if (at > 0 && CHAIN_STOPS[folded.charCodeAt(at - 1)] === 0) continue
    if (lexicon.surnameLength(folded, at) !== 1 || lexicon.isSurnameWord(folded, at, true)) continue
    if (PREPOSITIONS[folded.charCodeAt(at)] === 1 || !nameShaped(folded, at, 1, at + 3, lexicon)) continue
    if (!OPENING_NAME_NEXT.test(folded.slice(at + 3, at + 3 + MAX_NEXT))) continue
    add({ name: text.slice(at, at + 3), start: at, end: at + 3, titles: [], honorific: null, mentions: [] })
  }
  // a full name that opens its clause, then its title: `习近平总书记`, `李强总理`, `张三同志`
  const titlesAfter = lexicon.titlesAfter
  titlesAfter.lastIndex = 0
  for (let match = titlesAfter.exec(folded); match !== null; match = titlesAfter.exec(folded)) {
    const start = nameBefore(folded, match.index, lexicon)
    if (start === -1) continue
    const end = match.index
    add({
      name: text.slice(start, end),
      start,
      end,
      titles: [text.slice(end, end + match[0].length)],
      honorific: null,
      mentions: [],
    })
  }
  // a name right before a speech verb: `吴春耕表示`, `王万才曾说`, `发言人汪文斌14日表示`
  // a transliterated name between a title and its verb: `副主席达努差表示`, `秘书长洛科克认为`
  const addTransliterated = (verb: number): void => {
    // `王刚代表说`: a title right before the verb is the subject's, not a name
    if (lexicon.titleBefore(folded, verb) !== null) return
    for (let start = verb - MAX_TRANSLITERATED; start <= verb - MIN_TRANSLITERATED; start++) {
      // `护士长罗淑平说`: a name does not open with the last character of a title word
      if (start < 1 || lexicon.titleEnds[folded.charCodeAt(start)] === 1) continue
      const title = lexicon.titleBefore(folded, start)
      if (title === null || GROUP_NOUNS.has(title) || !givenNameChars(folded, start, verb)) continue
      if (NUMERAL.test(folded.slice(start, verb))) continue
      add({
        name: text.slice(start, verb),
        start,
        end: verb,
        titles: chain(text, folded, start),
        honorific: null,
        mentions: [],
      })
      return
    }
  }
  for (const verb of speechVerbStarts(folded)) {
    const size = found.size
    for (let end = verb; end >= Math.max(1, verb - MAX_BETWEEN); end--) {
      if (end < verb && !BETWEEN_NAME_AND_VERB.test(folded.slice(end, verb))) continue
      const start = nameBefore(folded, end, lexicon, true)
      if (start === -1) continue
      const title = lexicon.titleBefore(folded, start)
      // `主任向大家介绍`, `，但没有透露`: with no title before, 向, 和, 但 are function words more often than surnames
      if (PREPOSITIONS[folded.charCodeAt(start)] === 1 && (title === null || isHan(codeAt(folded, start - 1)))) continue
      if (title !== null && GROUP_NOUNS.has(title) && !CLEAR_END.test(folded.slice(end, end + 4))) continue
      const titled = title !== null
      add({
        name: text.slice(start, end),
        start,
        end,
        titles: titled ? chain(text, folded, start) : [],
        honorific: null,
        mentions: [],
      })
      break
    }
    if (found.size === size) addTransliterated(verb)
  }
  for (let dot = folded.indexOf('·'); dot !== -1; dot = folded.indexOf('·', dot + 1)) {
    const name = foreignName(folded, dot, lexicon)
    if (name === null) continue
    add({
      name: text.slice(name.start, name.end),
      ...name,
      titles: name.titled ? chain(text, folded, name.start) : [],
      honorific: null,
      mentions: [],
    })
  }
  // a name in running text that only its own evidence shows, where no reading above took its place
  const taken = [...found.values()].sort((a, b) => a.start - b.start)
  const byEnd = new Map(taken.map((person) => [person.end, person] as const))
  let next = 0
  for (const bare of runningNames(folded, lexicon)) {
    while (next < taken.length && taken[next]!.end <= bare.start) next++
    if (next < taken.length && taken[next]!.start < bare.end) continue
    const name = text.slice(bare.start, bare.end)
    if (found.has(name)) continue
    // a name inside the titles of the person after it is part of an organisation's name (`上海杨浦滨江…公司董事长`)
    if (next < taken.length && taken[next]!.titles.some((title) => title.includes(name))) continue
    const titles = bareTitles(text, folded, bare, byEnd, lexicon)
    const reading = { name, start: bare.start, end: bare.end, titles, honorific: null, mentions: [] }
    found.set(name, reading)
    byEnd.set(bare.end, reading)
  }
  coordinate(text, folded, found, lexicon)
  // the other mentions of each name, in this text (a name may be read where it is named the second time)
  const people = [...found.values()].sort((a, b) => a.start - b.start)
  const names = new KnownNames()
  for (const person of people) names.add(person.name)
  for (const { name, start, end } of names.occurrencesIn(text)) {
    const person = found.get(name)!
    if (start !== person.start) person.mentions.push({ start, end })
  }
  return people
}

/**
 * The names beside the names read, in lists joined by `、` (`马晓春、常昊、周鹤洋`): each is read by
 * `listNeighbour`, and a name so read takes its neighbours in turn. A name in a list takes the titles
 * of the name before it (one title before coordinated names is each one's). Each `、` is looked at
 * once from each side.
 */
function coordinate(text: string, folded: string, found: Map<string, PersonReading>, lexicon: Lexicon): void {
  const byStart = new Map<number, PersonReading>()
  const byEnd = new Map<number, PersonReading>()
  for (const person of found.values()) {
    byStart.set(person.start, person)
    byEnd.set(person.end, person)
  }
  const work = [...byStart.values()]
  const taken = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (byStart.has(i) || byEnd.has(i + 1)) return true
    return false
  }
  while (work.length > 0) {
    const person = work.pop()!
    for (const side of ['after', 'before'] as const) {
      const mark = side === 'after' ? person.end : person.start - 1
      if (folded.charAt(mark) !== '、') continue
      const item = listNeighbour(folded, mark, side, lexicon)
      if (item === null || taken(item.start, item.end)) continue
      const name = text.slice(item.start, item.end)
      if (found.has(name)) continue
      // after the name before it, its titles; opening the list, the title before it (`选手甲、乙`)
      const titles =
        side === 'after'
          ? [...person.titles]
          : lexicon.titleBefore(folded, item.start) !== null
            ? chain(text, folded, item.start)
            : []
      const reading = { name, start: item.start, end: item.end, titles, honorific: null, mentions: [] }
      found.set(name, reading)
      byStart.set(item.start, reading)
      byEnd.set(item.end, reading)
      work.push(reading)
    }
  }
}

/**
 * The names of running text that only their own evidence shows, bare (`田晚霞`) and transliterated
 * (`卡尔波夫`), left to right; of two that overlap, the higher score.
 */
function runningNames(folded: string, lexicon: Lexicon): BareName[] {
  const all = [...readBareNames(folded, lexicon), ...readTransliteratedNames(folded, lexicon)].sort(
    (a, b) => a.start - b.start,
  )
  const out: BareName[] = []
  for (const name of all) {
    const last = out[out.length - 1]
    if (last === undefined || last.end <= name.start) out.push(name)
    else if (last.score < name.score) out[out.length - 1] = name
  }
  return out
}

/**
 * The titles of a name read bare: what stands before it back to its clause when that ends as
 * titles do (`疾控局监察专员王斌`); the title after it (`李学梅委员`); or, after `、`, those of the name
 * before (`中国选手阿合娜尔·阿达克、陈翔宇`: one title before coordinated names is each one's).
 */
function bareTitles(
  text: string,
  folded: string,
  bare: { start: number; end: number },
  byEnd: ReadonlyMap<number, PersonReading>,
  lexicon: Lexicon,
): string[] {
  const before = codeAt(folded, bare.start - 1)
  if (lexicon.titleEnds[before] === 1) return chain(text, folded, bare.start)
  // after another word (`随着王莲香`, `一位叫周桂英的`), none: a title ends with a title word
  if (isHan(before) && CUT_AFTER[before] === 0) return []
  const after = titleAfter(folded, bare.end, lexicon)
  if (after !== null) return [text.slice(bare.end, bare.end + after.length)]
  if (folded.charAt(bare.start - 1) !== '、') return []
  return [...(byEnd.get(bare.start - 1)?.titles ?? [])]
}

const titleAfterTables = new WeakMap<Lexicon, RegExp>()
/** The title word after a full name at `from` (`委员`, `总书记`), or null. */
function titleAfter(folded: string, from: number, lexicon: Lexicon): string | null {
  let sticky = titleAfterTables.get(lexicon)
  if (sticky === undefined) {
    sticky = new RegExp(lexicon.titlesAfter.source, 'y')
    titleAfterTables.set(lexicon, sticky)
  }
  sticky.lastIndex = from
  const word = sticky.exec(folded)?.[0]
  if (word !== undefined) return word
  // a title word that starts right after it (`李学梅委员说`)
  for (let end = Math.min(folded.length, from + MAX_TITLE_AFTER); end >= from + 2; end--)
    if (lexicon.titleBefore(folded, end)?.length === end - from) return folded.slice(from, end)
  return null
}

/** The length of the name at `at`: surname and one or two characters, where what follows fits. */
function nameLength(folded: string, at: number, surname: number, lexicon: Lexicon): number {
  const order = VERB_NEXT.test(folded.slice(at + surname + 1, at + surname + 3)) ? [1, 2] : [2, 1]
  for (const given of order) {
    const end = at + surname + given
    if (end > folded.length || !nameShaped(folded, at, surname, end, lexicon)) continue
    if (/^(?:同学|同志|老师|先生|女士|师傅)/.test(folded.slice(at + surname, end))) continue
    // `省长尹弘陪同下`: no name ends inside a word
    if (endsInWord(folded, end, lexicon)) continue
    if (AFTER_NAME.test(folded.slice(end, end + 4)) || opensPredicate(folded, end)) return surname + given
  }
  return 0
}

/**
 * Where the full name ending at `end` starts, or -1: a surname and one or two characters that open
 * their clause (or, with `afterTitle`, follow a title word). The shorter name is tried first, so `和李强总理` is 李强 (和 is a surname too).
 */
function nameBefore(folded: string, end: number, lexicon: Lexicon, afterTitle = false): number {
  for (let start = end - 2; start >= Math.max(0, end - 4); start--) {
    if (
      start > 0 &&
      NAME_OPENERS[folded.charCodeAt(start - 1)] === 0 &&
      !(afterTitle && lexicon.titleBefore(folded, start) !== null)
    )
      continue
    const surname = lexicon.surnameLength(folded, start)
    const given = end - start - surname
    // `向普京总统`: with no title before it, a function word opens no name
    if (surname === 1 && PREPOSITIONS[folded.charCodeAt(start)] === 1 && lexicon.titleBefore(folded, start) === null)
      continue
    if (surname > 0 && given >= 1 && given <= 2 && nameShaped(folded, start, surname, end, lexicon)) return start
  }
  return -1
}

/**
 * Whether `folded` from `start` to `end`, a surname of `surname` characters and a given name,
 * looks like a name: the given name's characters can be a name's, it opens with no common word
 * that opens with a surname (`全程`, `国家`: jieba's dictionary, `isSurnameWord`) unless its ends are
 * certain, its given name is no title word (`党员干部`, `王书记`), and it is no place (`印度`) unless a
 * title and a speech verb stand around it (`局长江海表示`).
 */
function nameShaped(folded: string, start: number, surname: number, end: number, lexicon: Lexicon): boolean {
  if (!givenNameChars(folded, start + surname, end) && !certainMiddle(folded, start, surname, end, lexicon))
    return false
  if (surname === 1 && lexicon.isSurnameWord(folded, start) && !certainEnds(folded, start, end, lexicon)) return false
  // `王书记`, `李主任`: a surname and a title name no one here
  if ((lexicon.titleBefore(folded, end)?.length ?? 0) >= end - start - surname) return false
  // `印度总理`: a place is no name, unless a title before it and a speech verb after it make it the
  // titled person (`局长江海表示`)
  return !isPlace(folded, start, end) || titledSpeaker(folded, start, end, lexicon)
}

/** Whether a title stands right before `start` and a speech verb right after `end` (`局长江海表示`). */
function titledSpeaker(folded: string, start: number, end: number, lexicon: Lexicon): boolean {
  return speechVerbAt(folded, end) && lexicon.titleBefore(folded, start) !== null
}

/**
 * Whether both ends of the name from `start` to `end` are certain, so that a common word opening
 * it (`江海`, `黄润`) does not unmake it: a speech verb right after and a title before
 * (`局长江海表示`), a speech verb after a three-character name opening its clause (`。黄润秋表示`),
 * or a title after a name opening its clause (`和普京总统`).
 */
function certainEnds(folded: string, start: number, end: number, lexicon: Lexicon): boolean {
  const verb = speechVerbAt(folded, end)
  // a title after, but not one that goes on to a name (`国家副主席胡锦涛` is a title chain)
  const titleAfter = !verb && lexicon.titleAfterAt(folded, end) && !followedByName(folded, end, lexicon)
  if (!verb && !titleAfter) return false
  if (lexicon.titleBefore(folded, start) !== null) return true
  const opens = start === 0 || NAME_OPENERS[folded.charCodeAt(start - 1)] === 1
  return opens && (titleAfter || end - start === 3)
}

/**
 * Whether the name from `start` to `end` may have any character first in a given name of two,
 * because both its ends are certain (`主任姜科勤介绍`, `。蒋再华说`): the characters no given name
 * is made of are function words, and a function word does not stand between a name's characters.
 */
function certainMiddle(folded: string, start: number, surname: number, end: number, lexicon: Lexicon): boolean {
  return (
    end - start - surname === 2 &&
    isHan(folded.charCodeAt(start + surname)) &&
    givenNameChars(folded, start + surname + 1, end) &&
    certainEnds(folded, start, end, lexicon)
  )
}

/**
 * Whether a title word after `end` is followed by a surname that is no function word: the title is
 * of the name after it (`国家副主席胡锦涛`; not `普京总统和俄罗斯人民`).
 */
function followedByName(folded: string, end: number, lexicon: Lexicon): boolean {
  for (let after = end + 2; after <= Math.min(folded.length, end + MAX_TITLE_AFTER); after++) {
    if (
      lexicon.titleBefore(folded, after) !== null &&
      lexicon.surnameLength(folded, after) > 0 &&
      PREPOSITIONS[folded.charCodeAt(after)] === 0
    )
      return true
  }
  return false
}

/** Whether `folded` from `start` to `end` is made of characters a given name can have. */
function givenNameChars(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = folded.charCodeAt(i)
    if (!isHan(code) || NOT_IN_NAME[code] === 1) return false
  }
  return true
}

/**
 * The titles before a name, back to the start of its clause or the end of the name before it
 * (`floor`), split at `、` and `兼`: `区委常委、组织部部长` → two titles; `市委书记张三、市长李四` →
 * 李四 is only 市长.
 */
function chain(text: string, folded: string, nameStart: number, floor = 0): string[] {
  let start = nameStart
  while (start > floor && nameStart - start < MAX_CHAIN) {
    if (CHAIN_STOPS[folded.charCodeAt(start - 1)] === 0) start--
    else if (bracketEndingAt(folded, start) > 0 && start - bracketEndingAt(folded, start) > floor)
      start -= bracketEndingAt(folded, start)
    else {
      // a reading printed inside a word, `鎮(zhèn)江市民`, is no stop: the chain goes on past it
      const gloss = glossEndingAt(folded, start)
      if (gloss === 0 || start - gloss <= floor) break
      start -= gloss
    }
  }
  let words = text.slice(start, nameStart)
  const foldedWords = folded.slice(start, nameStart)
  // `他和村主任扶元初`: the chain starts after the last function word
  let cut = -1
  for (let i = foldedWords.length - 1; i >= 0; i--) {
    const code = foldedWords.charCodeAt(i)
    if (CUT_AFTER[code] === 1 && (JOINERS[code] === 0 || i === 0 || PRONOUNS[foldedWords.charCodeAt(i - 1)] === 1)) {
      cut = i
      break
    }
  }
  const titles: string[] = []
  if (cut !== -1) {
    const age = AGE.exec(foldedWords.slice(0, foldedWords.charAt(cut) === '的' ? cut : 0))
    if (age !== null) titles.push(text.slice(start + age.index, start + age.index + age[0].length))
    words = words.slice(cut + 1)
  }
  titles.push(
    ...words
      .replace(PINYIN_GLOSSES, '')
      .split(/[、兼]/)
      .filter((w) => w.length > 0),
  )
  return titles
}

/** The longest bracketed part inside an organisation's name that a chain passes over: `（天津）`, `（国家行政学院）`. */
const MAX_BRACKETED = 10

/**
 * The length of a bracketed part inside a word that ends at `end` (`一飞智控（天津）科技`): `（`
 * after a Han character, Han characters only, `）` before one. 0 when there is none.
 */
function bracketEndingAt(folded: string, end: number): number {
  const close = folded.charAt(end - 1)
  if ((close !== '）' && close !== ')') || !isHan(codeAt(folded, end))) return 0
  for (let open = end - 2; open >= Math.max(1, end - MAX_BRACKETED - 2); open--) {
    const code = folded.charCodeAt(open)
    if (folded.charAt(open) === (close === ')' ? '(' : '（'))
      return open < end - 2 && isHan(codeAt(folded, open - 1)) ? end - open : 0
    if (!isHan(code)) return 0
  }
  return 0
}

/** A pinyin reading in brackets, as some web copies print after a character: `(zhèn)`. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)$/
const PINYIN_GLOSSES = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g

/** The length of a pinyin gloss that ends at `end` right after a Han character, or 0. */
function glossEndingAt(folded: string, end: number): number {
  if (folded.charAt(end - 1) !== ')') return 0
  const gloss = PINYIN_GLOSS.exec(folded.slice(Math.max(0, end - 10), end))
  if (gloss === null) return 0
  return isHan(folded.charCodeAt(end - gloss[0].length - 1)) ? gloss[0].length : 0
}

/**
 * A name with `·` (`阿列克谢·谢里谢夫`): its first part starts after a title (`记者`) or a
 * clause mark, its last part ends before a function word.
 */
function foreignName(
  folded: string,
  dot: number,
  lexicon: Lexicon,
): { start: number; end: number; titled: boolean } | null {
  let start = -1
  let titled = false
  for (let from = dot - 1; from >= Math.max(0, dot - 8) && isHan(folded.charCodeAt(from)); from--) {
    if (lexicon.titleBefore(folded, from) !== null) {
      start = from
      titled = true
      break
    }
    if (from === 0 || CHAIN_STOPS[folded.charCodeAt(from - 1)] === 1) {
      start = dot - from <= 5 ? from : -1
      break
    }
  }
  if (start === -1 || start === dot) return null
  let end = dot + 1
  while (
    end < folded.length &&
    end - dot <= 8 &&
    (isHan(folded.charCodeAt(end)) || folded.charAt(end) === '·') &&
    FOREIGN_STOPS[folded.charCodeAt(end)] === 0 &&
    !(end > dot + 2 && AFTER_NAME.test(folded.slice(end, end + 4))) &&
    // `帕尔库·尤迪特颁发`, `孜尔古丽·阿卜力孜目前`: the name ends where its predicate opens
    !(end > dot + 1 && (speechVerbAt(folded, end) || opensAfterSubject(folded, end, lexicon)))
  )
    end++
  if (end === dot + 1) return null
  // `“新时代·好少年”`, `《新时代·面孔》`: with no title, words that fill their quotation or title marks are a term
  if (!titled && TERM_MARKS[folded.charAt(start - 1)] === folded.charAt(end)) return null
  return { start, end, titled }
}
