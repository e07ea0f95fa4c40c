import { allTokens } from '../grammar/tokens.js'
import type { Plugin } from './plugin.js'
import { ROLES } from './schema.js'
import { isRecord } from './is-record.js'

const CATEGORIES = ['banner', 'dateline', 'byline']
const WORD_LISTS = ['outlets', 'surnames', 'columns', 'titles', 'titlesAfter', 'honorifics'] as const
const ROLE_TABLES = ['roles', 'trailingRoles'] as const
const VOCABULARY_KEYS: readonly string[] = [...WORD_LISTS, ...ROLE_TABLES, 'aliases']
const PLUGIN_KEYS = ['name', 'vocabulary', 'tokens', 'steps']

/**
 * Checks a plugin's shape whole, each problem a `TypeError` naming the plugin and the field:
 * known keys, steps with a name, a run function and one anchor, tokens with a RegExp in a known
 * category and a name no built-in token has, vocabulary tables of the right shape (word lists
 * of non-empty strings, role words mapped to known roles, aliases one character to one).
 *
 * @example
 * checkPlugin({ name: 'x', vocabulary: { roles: { 特派记者: 'writer' } } })
 * // TypeError: Plugin "x", vocabulary.roles["特派记者"]: "writer" is no role (reporter, correspondent, …)
 */
export function checkPlugin(plugin: Plugin): void {
  if (!isRecord(plugin)) throw new TypeError('A plugin is an object: { name, vocabulary?, tokens?, steps? }')
  if (typeof plugin.name !== 'string' || plugin.name.length === 0)
    throw new TypeError('A plugin needs a non-empty name')
  const fail = (where: string, problem: string): never => {
    throw new TypeError(`Plugin "${plugin.name}"${where ? `, ${where}` : ''}: ${problem}`)
  }
  for (const key of Object.keys(plugin))
    if (!PLUGIN_KEYS.includes(key)) fail('', `"${key}" is no plugin field (known: ${PLUGIN_KEYS.join(', ')})`)
  for (const field of ['steps', 'tokens'] as const)
    if (plugin[field] !== undefined && !Array.isArray(plugin[field])) fail(field, 'must be an array')
  for (const step of plugin.steps ?? []) {
    if (typeof step?.name !== 'string' || typeof step.run !== 'function')
      fail('', 'each step needs a name and a run function')
    if ((step.before === undefined) === (step.after === undefined))
      fail(`step "${step.name}"`, 'give exactly one of before or after')
  }
  const builtinTokens = new Set(allTokens().map((t) => t.name))
  for (const token of plugin.tokens ?? []) {
    if (typeof token?.name !== 'string' || !(token.pattern instanceof RegExp))
      fail('', 'each token needs a name and a RegExp pattern')
    if (builtinTokens.has(token.name))
      fail(`token "${token.name}"`, `the name of a built-in token (${[...builtinTokens].join(', ')}): choose another`)
    if (!CATEGORIES.includes(token.category))
      fail(
        `token "${token.name}"`,
        `category must be banner, dateline or byline, got ${JSON.stringify(token.category)}`,
      )
  }
  checkVocabulary(plugin.vocabulary, fail)
}

function checkVocabulary(vocabulary: unknown, fail: (where: string, problem: string) => never): void {
  if (vocabulary === undefined) return
  if (!isRecord(vocabulary)) fail('vocabulary', 'must be an object of tables')
  const v = vocabulary as Record<string, unknown>
  for (const key of Object.keys(v))
    if (!VOCABULARY_KEYS.includes(key))
      fail('vocabulary', `"${key}" is no table (known: ${VOCABULARY_KEYS.join(', ')})`)
  for (const list of WORD_LISTS) {
    const words = v[list]
    if (words === undefined) continue
    if (!Array.isArray(words)) fail(`vocabulary.${list}`, `must be an array of words, got ${JSON.stringify(words)}`)
    for (const word of words as unknown[])
      if (typeof word !== 'string' || word.length === 0)
        fail(`vocabulary.${list}`, `each word is a non-empty string, got ${JSON.stringify(word)}`)
  }
  for (const table of ROLE_TABLES) {
    const roles = v[table]
    if (roles === undefined) continue
    if (!isRecord(roles)) fail(`vocabulary.${table}`, 'must be an object of role word → role')
    for (const [word, role] of Object.entries(roles as Record<string, unknown>))
      if (!(ROLES as readonly unknown[]).includes(role))
        fail(`vocabulary.${table}[${JSON.stringify(word)}]`, `${JSON.stringify(role)} is no role (${ROLES.join(', ')})`)
  }
  const aliases = v.aliases
  if (aliases === undefined) return
  if (!isRecord(aliases)) fail('vocabulary.aliases', 'must be an object of character → character')
  for (const [from, to] of Object.entries(aliases as Record<string, unknown>))
    if ([...from].length !== 1 || typeof to !== 'string' || to.length !== from.length)
      fail(`vocabulary.aliases[${JSON.stringify(from)}]`, `folds one character to one, got ${JSON.stringify(to)}`)
}
