import type { DispatchResult } from '../schema.js'
import { csvHeader, csvRows } from './exports/csv.js'
import { TEI_CORPUS_CLOSE, TEI_CORPUS_OPEN, teiDocument } from './exports/tei.js'
import { cleanText } from './exports/text.js'
import { pretty } from './format.js'
import type { Position } from './positions.js'

export const FORMATS = ['pretty', 'json', 'ndjson', 'csv', 'tei', 'text'] as const
export type Format = (typeof FORMATS)[number]

/** Writes the readings of one run in a format, input by input, as they are ready. */
export interface Writer {
  open(): void
  result(path: string, result: DispatchResult, positions: readonly (Position | null)[]): void
  /** A result a worker rendered already (`renderResult`), written as `result` would write it. */
  rendered(text: string): void
  /** An input that could not be read: in the output too where the format has a place for it. */
  problem(path: string, problem: string): void
  close(): void
}

/**
 * One input's reading in a format, without what goes between inputs: the part of the output a
 * worker thread can write, so that the main thread only prints it.
 *
 * @example
 * renderResult('ndjson', 'p.md', parseDispatch(page), [], false) //=> '{"path":"p.md","result":{…}}'
 */
export function renderResult(
  format: Format,
  path: string,
  result: DispatchResult,
  positions: readonly (Position | null)[],
  color: boolean,
): string {
  switch (format) {
    case 'pretty':
      return `${pretty(path, result, color, positions)}\n`
    case 'json':
      return JSON.stringify({ path, result }, null, 2)
    case 'ndjson':
      return `${JSON.stringify({ path, result })}\n`
    case 'csv':
      return csvRows(path, result)
    case 'tei':
      return `${teiDocument(path, result)}\n`
    case 'text':
      return cleanText(result)
  }
}

/**
 * The writer of a format: `pretty` outlines; `json` one array of `{ path, result }` or
 * `{ path, error }`; `ndjson` the same a line each; `csv` one row per article under one header;
 * `tei` one TEI document per input in a `teiCorpus`; `text` the clean articles.
 *
 * @example
 * const out = writerFor('csv', process.stdout, false)
 * out.open(); out.result('p.md', parseDispatch(page), []); out.close()
 */
export function writerFor(format: Format, stdout: NodeJS.WritableStream, color: boolean): Writer {
  let count = 0
  const write = (text: string) => stdout.write(text)
  const next = () => count++ === 0
  /** What stands before an input's reading: a blank line between outlines and texts, a comma between JSON items. */
  const before = (): string => {
    const first = next()
    if (format === 'json') return first ? '' : ',\n'
    return !first && (format === 'pretty' || format === 'text') ? '\n' : ''
  }
  const rendered = (text: string) => write(`${before()}${text}`)
  const writer: Writer = {
    open() {},
    result: (path, result, positions) => rendered(renderResult(format, path, result, positions, color)),
    rendered,
    problem() {},
    close() {},
  }
  switch (format) {
    case 'json':
      return {
        ...writer,
        open: () => write('[\n'),
        problem: (path, error) => rendered(JSON.stringify({ path, error }, null, 2)),
        close: () => write(`${count === 0 ? '' : '\n'}]\n`),
      }
    case 'ndjson':
      return { ...writer, problem: (path, error) => write(`${JSON.stringify({ path, error })}\n`) }
    case 'csv':
      return { ...writer, open: () => write(csvHeader()) }
    case 'tei':
      return { ...writer, open: () => write(TEI_CORPUS_OPEN), close: () => write(TEI_CORPUS_CLOSE) }
    default:
      return writer
  }
}
