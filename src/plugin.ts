import type { LineTokenSpec } from '../grammar/index.js'
import type { Context } from './pipeline/context.js'
import { checkPlugin } from './plugin-check.js'
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

/**
 * Declares a plugin, checking its shape (`checkPlugin`: each problem a `TypeError` naming it). Plugins extend through data (vocabulary), tokens in the
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
  checkPlugin(plugin)
  return Object.freeze({
    ...plugin,
    tokens: Object.freeze([...(plugin.tokens ?? [])]) as LineTokenSpec[],
    steps: Object.freeze([...(plugin.steps ?? [])]) as PluginStep[],
  })
}
