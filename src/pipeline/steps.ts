import type { Lexer } from 'chevrotain'
import type { LineTokenSpec, PageParser } from '../../grammar/index.js'
import { normalize } from '../normalize.js'
import type { Plugin, PluginStep } from '../plugin.js'
import { build } from '../steps/build.js'
import { extract } from '../steps/extract.js'
import { label } from '../steps/label.js'
import { lex } from '../steps/lex.js'
import { parse } from '../steps/parse.js'
import { refine } from '../steps/refine.js'
import { validate } from '../steps/validate.js'
import type { Context } from './context.js'

export interface Step {
  name: string
  run(ctx: Context): void
}

/** The built-in pipeline: normalize → lex → parse → label → build → refine → extract → validate. */
export function builtinSteps(lexer: Lexer, parser: PageParser, specs?: ReadonlyMap<string, LineTokenSpec>): Step[] {
  return [
    {
      name: 'normalize',
      run: (ctx) => {
        ctx.normalized = normalize(ctx.input.slice(ctx.segment.start, ctx.segment.end))
      },
    },
    { name: 'lex', run: (ctx) => lex(ctx, lexer) },
    { name: 'parse', run: (ctx) => parse(ctx, parser, specs) },
    { name: 'label', run: label },
    { name: 'build', run: build },
    { name: 'refine', run: refine },
    { name: 'extract', run: extract },
    { name: 'validate', run: validate },
  ]
}

/**
 * Places the plugins' steps. A step names a step already placed (built-in or an earlier
 * plugin's); an unknown name throws, naming the plugin, the step and the name.
 */
export function placeSteps(steps: Step[], plugins: readonly Plugin[]): Step[] {
  const placed = [...steps]
  for (const plugin of plugins) {
    for (const step of plugin.steps ?? []) placeStep(placed, plugin.name, step)
  }
  return placed
}

function placeStep(placed: Step[], pluginName: string, step: PluginStep): void {
  const anchor = (step.before ?? step.after)!
  const index = placed.findIndex((s) => s.name === anchor)
  if (index === -1) {
    const known = placed.map((s) => s.name).join(', ')
    throw new Error(`Plugin "${pluginName}", step "${step.name}": no step named "${anchor}" (known: ${known})`)
  }
  if (placed.some((s) => s.name === step.name)) {
    throw new Error(`Plugin "${pluginName}": a step named "${step.name}" is already in the pipeline`)
  }
  placed.splice(step.before !== undefined ? index : index + 1, 0, { name: step.name, run: guarded(pluginName, step) })
}

/**
 * A plugin's step that throws does not take the parse down: the error becomes an `error`
 * diagnostic naming the plugin and the step (so strict mode throws it as a `DispatchError`).
 */
function guarded(pluginName: string, step: PluginStep): (ctx: Context) => void {
  return (ctx) => {
    try {
      step.run(ctx)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      ctx.report('plugin/step-failed', 'error', `Plugin "${pluginName}", step "${step.name}" threw: ${message}`)
    }
  }
}
