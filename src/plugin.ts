import type { Context } from './pipeline/context.js'
import type { VocabularyAdditions } from './vocabulary/index.js'

/** The built-in steps, in order. Plugin steps are placed before or after one of them. */
export const STEP_NAMES = ['normalize', 'lex', 'parse', 'build', 'refine', 'extract', 'validate'] as const
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
  /** Role words, outlets, surnames and aliases to add. */
  vocabulary?: VocabularyAdditions
  steps?: PluginStep[]
}

/**
 * Declares a plugin, checking its shape. Plugins extend through data and named steps, never by
 * editing the grammar's rules.
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
  if (typeof plugin.name !== 'string' || plugin.name.length === 0) throw new TypeError('A plugin needs a non-empty name')
  for (const step of plugin.steps ?? []) {
    if (typeof step.name !== 'string' || typeof step.run !== 'function') {
      throw new TypeError(`Plugin "${plugin.name}": each step needs a name and a run function`)
    }
    if ((step.before === undefined) === (step.after === undefined)) {
      throw new TypeError(`Plugin "${plugin.name}", step "${step.name}": give exactly one of before or after`)
    }
  }
  return Object.freeze({ ...plugin, steps: Object.freeze([...(plugin.steps ?? [])]) as PluginStep[] })
}
