import type { Lexer } from 'chevrotain'
import { createLineLexer, createLineToken, PageParser, type LineTokenSpec } from '../grammar/index.js'
import { DispatchError } from './errors.js'
import { isRecord } from './is-record.js'
import { compileLexicon, type Lexicon } from './lexicon.js'
import { OPTION_KEYS, resolveOptions, type ParseOptions } from './options.js'
import { createContext } from './pipeline/create-context.js'
import { builtinSteps, placeSteps, type Step } from './pipeline/steps.js'
import type { Plugin } from './plugin.js'
import { checkPlugin } from './plugin-check.js'
import { builtinPlugins } from './plugins/index.js'
import { SCHEMA_VERSION, type DispatchResult } from './schema.js'
import { splitSegments } from './segment.js'
import { forgetReadings } from './text-memo.js'
import { findIssueDate } from './dates/issue-date.js'
import { builtinVocabulary, mergeVocabulary } from './vocabulary/index.js'

export interface ParserConfig {
  plugins?: readonly Plugin[]
  /**
   * Include the built-in conventions that are written as plugins (`crawl-labels`,
   * `archive-records`, `spaced-paragraphs`, `glued-headlines`, `page-labels`, `repeated-headlines`, `teaser-links`,
   * `plain-headings`). Default true.
   */
  builtins?: boolean
  /** Run chevrotain's grammar self-checks while building (slower; for tests and plugin authors). */
  validateGrammar?: boolean
}

/** A built parser: immutable, reusable, cheap to call. */
export interface Parser {
  readonly plugins: readonly Plugin[]
  /** The pipeline's step names, in order. */
  readonly steps: readonly string[]
  /** Reads a page. Never throws on a string unless `strict` is set. */
  parse(input: string, options?: ParseOptions): DispatchResult
  /** A new parser with more plugins; this one is unchanged. */
  extend(...plugins: Plugin[]): Parser
}

let grammar: { lexer: Lexer; parser: PageParser } | null = null

/** The grammar is the same for every parser: built once, on first use. */
function sharedGrammar(validate: boolean): { lexer: Lexer; parser: PageParser } {
  if (validate) return { lexer: createLineLexer({ validate }), parser: new PageParser({ validate }) }
  grammar ??= { lexer: createLineLexer(), parser: new PageParser() }
  return grammar
}

/** A grammar with plugin tokens in its categories: built for the parser that has them. */
function ownGrammar(specs: LineTokenSpec[], validate: boolean): { lexer: Lexer; parser: PageParser } {
  const extraTokens = specs.map(createLineToken)
  return { lexer: createLineLexer({ validate, extraTokens }), parser: new PageParser({ validate, extraTokens }) }
}

/**
 * Builds a parser once, with plugins. Reuse it: building costs far more than a parse.
 *
 * @example
 * const parser = createParser({ plugins: [definePlugin({ name: 'x', vocabulary: { outlets: ['聊城日报'] } })] })
 * parser.parse(page, { issueDate: '2022-12-22' }).articles.length
 */
export function createParser(config: ParserConfig = {}): Parser {
  checkConfig(config)
  const plugins = Object.freeze([...(config.plugins ?? [])])
  for (const plugin of plugins) checkPlugin(plugin)
  const all = [...(config.builtins === false ? [] : builtinPlugins), ...plugins]
  const names = new Set<string>()
  for (const plugin of all) {
    if (names.has(plugin.name)) throw new Error(`Two plugins are named "${plugin.name}"`)
    names.add(plugin.name)
  }
  const vocabulary = all.reduce(
    (v, plugin) => (plugin.vocabulary ? mergeVocabulary(v, plugin.vocabulary) : v),
    builtinVocabulary,
  )
  const lexicon: Lexicon = compileLexicon(vocabulary)
  const specs = new Map<string, LineTokenSpec>()
  for (const plugin of all) {
    for (const token of plugin.tokens ?? []) {
      if (specs.has(token.name))
        throw new Error(`Plugin "${plugin.name}": a token named "${token.name}" is already defined`)
      specs.set(token.name, token)
    }
  }
  const { lexer, parser } =
    specs.size === 0
      ? sharedGrammar(config.validateGrammar ?? false)
      : ownGrammar([...specs.values()], config.validateGrammar ?? false)
  const steps: readonly Step[] = Object.freeze(placeSteps(builtinSteps(lexer, parser, specs), all))

  const parse = (input: string, options?: ParseOptions): DispatchResult => {
    if (typeof input !== 'string') {
      throw new TypeError(`parseDispatch expects the page as a string, got ${input === null ? 'null' : typeof input}`)
    }
    let resolved = resolveOptions(options)
    const result: DispatchResult = { schemaVersion: SCHEMA_VERSION, articles: [], leftovers: [], diagnostics: [] }
    if (resolved.issueDate === null) {
      // time is an input: from the caller, else from the page, never from the clock
      const found = findIssueDate(input)
      if (found !== null) {
        resolved = { ...resolved, issueDate: found.issueDate }
        result.diagnostics.push(found.diagnostic)
      }
    }
    for (const segment of splitSegments(input)) {
      forgetReadings()
      const ctx = createContext(input, segment, resolved, lexicon)
      for (const step of steps) step.run(ctx)
      const part = ctx.result ?? { articles: [], leftovers: [], diagnostics: ctx.diagnostics }
      for (const article of part.articles) result.articles.push(article)
      for (const leftover of part.leftovers) result.leftovers.push(leftover)
      for (const diagnostic of part.diagnostics) result.diagnostics.push(diagnostic)
    }
    if (result.articles.length === 0)
      result.diagnostics.push({
        code: 'page/no-articles',
        severity: 'info',
        message: 'No article was found on this page.',
      })
    if (resolved.strict && result.diagnostics.some((d) => d.severity !== 'info'))
      throw new DispatchError(result.diagnostics)
    return result
  }

  return Object.freeze({
    plugins,
    steps: Object.freeze(steps.map((step) => step.name)),
    parse,
    extend: (...more: Plugin[]) => createParser({ ...config, plugins: [...plugins, ...more] }),
  })
}

const CONFIG_KEYS: readonly string[] = ['plugins', 'builtins', 'validateGrammar']

/**
 * A parser's config, checked whole: a bad key or value is a TypeError naming it. A parse option
 * given here (`createParser({ extract })`) would be ignored, so it is refused with where it goes.
 */
function checkConfig(config: unknown): asserts config is ParserConfig {
  if (!isRecord(config))
    throw new TypeError(`createParser's config must be an object, got ${JSON.stringify(config) ?? String(config)}`)
  for (const key of Object.keys(config)) {
    if (OPTION_KEYS.includes(key))
      throw new TypeError(`${key} is an option of each parse: parser.parse(page, { ${key} }), not of createParser`)
    if (!CONFIG_KEYS.includes(key))
      throw new TypeError(`${JSON.stringify(key)} is no parser config (known: ${CONFIG_KEYS.join(', ')})`)
  }
  if (config.plugins !== undefined && !Array.isArray(config.plugins))
    throw new TypeError(`plugins must be an array of plugins, got ${JSON.stringify(config.plugins)}`)
  for (const key of ['builtins', 'validateGrammar'])
    if (config[key] !== undefined && typeof config[key] !== 'boolean')
      throw new TypeError(`${key} must be true or false, got ${JSON.stringify(config[key])}`)
}

let defaultParser: Parser | null = null

/**
 * Reads the text of a newspaper page into articles: column, headline (kicker, title, subtitle),
 * dateline, byline and paragraphs, every piece with its span in the input. Lenient: any string
 * gives a result, problems are diagnostics. With `strict: true`, a warning or error throws one
 * `DispatchError` carrying every diagnostic.
 *
 * @example
 * const result = parseDispatch('# 我区以项目大突破带动经济社会大发展\n\n**东昌府讯** 今年以来,…。  \n(融媒体 全兴社)\n')
 * result.articles[0].headline.title?.text //=> '我区以项目大突破带动经济社会大发展'
 * result.articles[0].byline?.contributors[0] //=> { name: '全兴社', role: 'reporter', roleText: null, span: … }
 */
export function parseDispatch(input: string, options?: ParseOptions): DispatchResult {
  defaultParser ??= createParser()
  return defaultParser.parse(input, options)
}
