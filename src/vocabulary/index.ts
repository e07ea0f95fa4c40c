import type { Role } from '../schema.js'
import { builtinColumns } from './columns.js'
import { builtinOutlets } from './outlets.js'
import { builtinRoles, builtinTrailingRoles } from './roles.js'
import { builtinSurnames } from './surnames.js'
import { builtinHonorifics, builtinTitles, builtinTitlesAfter } from './titles.js'
import { traditionalAliases } from './traditional.js'

export { CLOSING_PUNCTUATION, LEADING_MARKS } from './punctuation.js'

/** The words baoxun recognises. Plugins add to each table; nothing is ever removed. */
export interface Vocabulary {
  /** Role word → role, for words before names: `通讯员 孙睿`. */
  roles: Record<string, Role>
  /** Role word → role, for words glued after a name: `秦廷富摄`. */
  trailingRoles: Record<string, Role>
  /** Organisations named in datelines and bylines. */
  outlets: string[]
  /** Surnames, for telling a bare name from other words. */
  surnames: string[]
  /** Column names: a heading that is one of them is a banner, never a title. */
  columns: string[]
  /** Words that end a title right before a name (`部长`, `种植户`). */
  titles: string[]
  /** Words right after a full name that give its title (`总书记`, `同志`). */
  titlesAfter: string[]
  /** Words after a surname that make a person of it (`先生`, `女士`). */
  honorifics: string[]
  /** One character → one character, folded before matching (Traditional → Simplified). */
  aliases: Record<string, string>
}

/** What a plugin may add: any part of a vocabulary. */
export type VocabularyAdditions = Partial<Vocabulary>

export const builtinVocabulary: Readonly<Vocabulary> = {
  roles: { ...builtinRoles },
  trailingRoles: { ...builtinTrailingRoles },
  outlets: [...builtinOutlets],
  surnames: [...builtinSurnames],
  columns: [...builtinColumns],
  titles: [...builtinTitles],
  titlesAfter: [...builtinTitlesAfter],
  honorifics: [...builtinHonorifics],
  aliases: { ...traditionalAliases },
}

/**
 * Merges additions into a new vocabulary; later additions win for the same key. A table with
 * nothing added is shared with the base, not copied (the aliases hold thousands of characters).
 */
export function mergeVocabulary(base: Readonly<Vocabulary>, additions: VocabularyAdditions): Vocabulary {
  const words = (table: string[], more: string[] | undefined): string[] =>
    more === undefined || more.length === 0 ? table : [...new Set([...table, ...more])]
  const record = <T>(table: Record<string, T>, more: Record<string, T> | undefined): Record<string, T> =>
    more === undefined ? table : { ...table, ...more }
  return {
    roles: record(base.roles, additions.roles),
    trailingRoles: record(base.trailingRoles, additions.trailingRoles),
    outlets: words(base.outlets, additions.outlets),
    surnames: words(base.surnames, additions.surnames),
    columns: words(base.columns, additions.columns),
    titles: words(base.titles, additions.titles),
    titlesAfter: words(base.titlesAfter, additions.titlesAfter),
    honorifics: words(base.honorifics, additions.honorifics),
    aliases: record(base.aliases, additions.aliases),
  }
}
