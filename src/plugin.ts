import type { LineTokenSpec } from '../grammar/index.js'
import type { Context } from './pipeline/context.js'
import type { VocabularyAdditions } from './vocabulary/index.js'

/** The built-in steps, in order. Plugin steps are placed before or after one of them. */
export const STEP_NAMES = ['normalize', 'lex', 'parse', 'label', 'build', 'refine', 'extract', 'validate'] as const
export type StepName = (typeof STEP_NAMES)[number]

/** A step of a plugin: runs on the shared context, placed `before` or `after` a named step. */
export interface PluginStep {
  name: string
  before?: string
  after?: string
  run(ctx: Context): void
}

export interface Plugin {
  /** Unique among the plugins of one parser. */
  name: string
  /** Role words, outlets, surnames, column names and aliases to add. */
  vocabulary?: VocabularyAdditions
  /** Line conventions of the paper, each in a category of the grammar: banner, dateline, byline. */
  tokens?: LineTokenSpec[]
  steps?: PluginStep[]
}

export type { LineTokenSpec }

const CATEGORIES = ['banner', 'dateline', 'byline']

/**
 * Declares a plugin, checking its shape. Plugins extend through data (vocabulary), tokens in the
 * grammar's categories, and steps placed before or after a named step — never by editing rules.
 *
 * @example
 * const myPaper = definePlugin({
 *   name: 'my-paper',
 *   vocabulary: { roles: { 特派记者: 'reporter' }, outlets: ['聊城日报'] },
 * })
 * const parser = createParser({ plugins: [myPaper] })
 */
export function definePlugin(plugin: Plugin): Readonly<Plugin> {
  if (typeof plugin !== 'object' || plugin === null) throw new TypeError('definePlugin expects an object')
  if (typeof plugin.name !== 'string' || plugin.name.length === 0)
    throw new TypeError('A plugin needs a non-empty name')
  for (const step of plugin.steps ?? []) {
    if (typeof step.name !== 'string' || typeof step.run !== 'function') {
      throw new TypeError(`Plugin "${plugin.name}": each step needs a name and a run function`)
    }
    if ((step.before === undefined) === (step.after === undefined)) {
      throw new TypeError(`Plugin "${plugin.name}", step "${step.name}": give exactly one of before or after`)
    }
  }
  for (const token of plugin.tokens ?? []) {
    if (typeof token.name !== 'string' || !(token.pattern instanceof RegExp)) {
      throw new TypeError(`Plugin "${plugin.name}": each token needs a name and a RegExp pattern`)
    }
    if (!CATEGORIES.includes(token.category)) {
      throw new TypeError(
        `Plugin "${plugin.name}", token "${token.name}": category must be banner, dateline or byline, got ${JSON.stringify(token.category)}`,
      )
    }
  }
  return Object.freeze({
    ...plugin,
    tokens: Object.freeze([...(plugin.tokens ?? [])]) as LineTokenSpec[],
    steps: Object.freeze([...(plugin.steps ?? [])]) as PluginStep[],
  })
}
