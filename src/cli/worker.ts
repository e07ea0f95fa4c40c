/**
 * A worker of the batch pool: reads one file and parses it. Parsers are built once per worker
 * and plugin set.
 */
import { parseDispatch, createParser, type Parser } from '../index.js'
import { isMainThread } from 'node:worker_threads'
import type { ParseOptions } from '../options.js'
import type { DispatchResult } from '../schema.js'
import { loadPlugins } from './plugins.js'
import { type Position, diagnosticPositions } from './positions.js'
import { readPage } from './read-page.js'
import { type Format, renderResult } from './writers.js'

export interface Task {
  path: string
  options: ParseOptions
  plugins: string[]
  /** Render the reading here, in this format: a worker sends back text, not the result to copy. */
  render?: { format: Format; color: boolean }
}

export type Outcome =
  /** `positions`: where each diagnostic starts, as line and column. */
  | { path: string; result: DispatchResult; positions: (Position | null)[] }
  /** The reading rendered already (`renderResult`). */
  | { path: string; rendered: string }
  | { path: string; problem: string }

/** The outcome of a page read: its result, with where each diagnostic stands. */
export function outcomeOf(path: string, text: string, result: DispatchResult): Outcome {
  return { path, result, positions: diagnosticPositions(text, result.diagnostics) }
}

const parsers = new Map<string, Promise<Parser | null>>()

async function parserFor(plugins: string[]): Promise<Parser | null> {
  if (plugins.length === 0) return null
  const key = plugins.join('\n')
  let parser = parsers.get(key)
  if (parser === undefined) {
    parser = loadPlugins(plugins).then((loaded) => createParser({ plugins: loaded }))
    parsers.set(key, parser)
  }
  return parser
}

/**
 * Reads and parses one file; a file problem, a plugin that fails to load here, or a strict-mode
 * error is the outcome's `problem`.
 */
export async function readAndParse({ path, options, plugins, render }: Task): Promise<Outcome> {
  const page = await readPage(path)
  if (!page.ok) return { path, problem: page.problem }
  let parser: Parser | null
  try {
    parser = await parserFor(plugins)
  } catch (error) {
    // the main thread loaded the same plugins before any file was read: this is the thread's doing
    const where = isMainThread ? '' : ' (in a worker thread; it loaded in the main thread, where --jobs 1 reads)'
    return { path, problem: `${(error as Error).message}${where}` }
  }
  try {
    const outcome = outcomeOf(
      path,
      page.text,
      parser ? parser.parse(page.text, options) : parseDispatch(page.text, options),
    )
    if (render === undefined || !('result' in outcome)) return outcome
    return { path, rendered: renderResult(render.format, path, outcome.result, outcome.positions, render.color) }
  } catch (error) {
    return { path, problem: (error as Error).message }
  }
}

export default readAndParse
