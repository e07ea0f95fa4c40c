import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { once } from 'node:events'
import type { Parser } from '../parser.js'
import type { ParseOptions } from '../options.js'

/**
 * Streaming mode: one JSON record `{"id": …, "text": …}` per input line, one result line per
 * record (`{"id", "result"}` or `{"id", "error"}`), in order and in constant memory — a mapper
 * for Hadoop Streaming or Spark's `pipe()`. Returns how many records failed.
 */
export async function streamNdjson(
  input: Readable,
  output: Writable,
  parser: Parser,
  options: ParseOptions,
): Promise<number> {
  let failed = 0
  let line = 0
  const lines = createInterface({ input, crlfDelay: Infinity })
  for await (const raw of lines) {
    line++
    if (raw.trim() === '') continue
    const answer = readRecord(raw, line, parser, options)
    if ('error' in answer) failed++
    if (!output.write(`${JSON.stringify(answer)}\n`)) await once(output, 'drain')
  }
  return failed
}

function readRecord(raw: string, line: number, parser: Parser, options: ParseOptions): object {
  let record: unknown
  try {
    record = JSON.parse(raw)
  } catch (error) {
    return { id: null, line, error: `invalid JSON: ${(error as Error).message}` }
  }
  const fields = typeof record === 'object' && record !== null ? (record as { id?: unknown; text?: unknown }) : {}
  const id = fields.id ?? null
  if (typeof fields.text !== 'string') return { id, line, error: 'the record has no "text" string' }
  try {
    return { id, result: parser.parse(fields.text, options) }
  } catch (error) {
    return { id, line, error: (error as Error).message }
  }
}
