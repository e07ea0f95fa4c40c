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
  /** An input that could not be read: in the output too where the format has a place for it. */
  problem(path: string, problem: string): void
  close(): void
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
  switch (format) {
    case 'pretty':
      return {
        open() {},
        result: (path, result, positions) => write(`${next() ? '' : '\n'}${pretty(path, result, color, positions)}\n`),
        problem() {},
        close() {},
      }
    case 'json':
      return {
        open: () => write('[\n'),
        result: (path, result) => write(`${next() ? '' : ',\n'}${JSON.stringify({ path, result }, null, 2)}`),
        problem: (path, error) => write(`${next() ? '' : ',\n'}${JSON.stringify({ path, error }, null, 2)}`),
        close: () => write(`${count === 0 ? '' : '\n'}]\n`),
      }
    case 'ndjson':
      return {
        open() {},
        result: (path, result) => write(`${JSON.stringify({ path, result })}\n`),
        problem: (path, error) => write(`${JSON.stringify({ path, error })}\n`),
        close() {},
      }
    case 'csv':
      return {
        open: () => write(csvHeader()),
        result: (path, result) => write(csvRows(path, result)),
        problem() {},
        close() {},
      }
    case 'tei':
      return {
        open: () => write(TEI_CORPUS_OPEN),
        result: (path, result) => write(`${teiDocument(path, result)}\n`),
        problem() {},
        close: () => write(TEI_CORPUS_CLOSE),
      }
    case 'text':
      return {
        open() {},
        result: (_path, result) => write(`${next() ? '' : '\n'}${cleanText(result)}`),
        problem() {},
        close() {},
      }
  }
}
