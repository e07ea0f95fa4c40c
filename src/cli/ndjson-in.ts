import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { isCalendarDate, type ParseOptions } from '../options.js'
import type { Parser } from '../parser.js'
import { BLANK_PROBLEM, NUL_PROBLEM } from './read-page.js'

/** What a bad record does to the exit code: nothing (a mapper's default) or fail the run. */
export interface NdjsonPolicy {
  failOnBad: boolean
}

const decoder = new TextDecoder('utf-8', { fatal: true })

// `JSON.rawJSON` and the reviver's `context.source` (Node ≥ 21) keep a numeric id as written
type RawJson = (text: string) => unknown
const rawJSON = (JSON as unknown as { rawJSON?: RawJson }).rawJSON

/**
 * Streaming mode: one JSON record `{"id": …, "text": …, "issueDate"?: …}` per input line, one
 * result line per record (`{"id", "result"}` or `{"id", "line", "error"}`), in order and in
 * constant memory — a mapper for Hadoop Streaming or Spark's `pipe()`. A bad record (no JSON,
 * no text, invalid UTF-8, a text with U+0000 or of white space alone as such a file is refused, a bad issue date) gets
 * its error line and one line on `stderr`.
 * Returns how many records were bad.
 */
export async function streamNdjson(
  input: Readable,
  output: Writable,
  parser: Parser,
  options: ParseOptions,
  stderr: Writable,
): Promise<number> {
  let bad = 0
  let number = 0
  const answer = async (bytes: Uint8Array): Promise<void> => {
    number++
    const reply = readRecord(bytes, number, parser, options)
    if (reply === null) return
    if ('error' in reply) {
      bad++
      stderr.write(`baoxun: standard input line ${number}: ${reply.error}\n`)
    }
    if (!output.write(`${JSON.stringify(reply)}\n`)) await once(output, 'drain')
  }
  let pending: Buffer = Buffer.alloc(0)
  for await (const chunk of input) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer])
    let start = 0
    for (let end = pending.indexOf(10, start); end !== -1; end = pending.indexOf(10, start)) {
      await answer(pending.subarray(start, end))
      start = end + 1
    }
    pending = pending.subarray(start)
  }
  if (pending.length > 0) await answer(pending)
  return bad
}

type Reply = { id: unknown; result: unknown } | { id: unknown; line: number; error: string }

/** One line's reply, or null for a blank line. */
function readRecord(bytes: Uint8Array, line: number, parser: Parser, options: ParseOptions): Reply | null {
  let raw: string
  try {
    raw = decoder.decode(bytes)
  } catch {
    return { id: null, line, error: 'not UTF-8 text (convert it, e.g. iconv -f GB18030 -t UTF-8)' }
  }
  if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1) // a BOM before the first record
  if (raw.endsWith('\r')) raw = raw.slice(0, -1)
  if (raw.trim() === '') return null
  let record: unknown
  try {
    record = JSON.parse(raw, function keepId(this: unknown, key, value, context?: { source?: string }) {
      return key === 'id' && typeof value === 'number' && rawJSON && context?.source ? rawJSON(context.source) : value
    })
  } catch (error) {
    return { id: null, line, error: `invalid JSON: ${(error as Error).message}` }
  }
  const fields = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : {}
  const id = fields.id ?? null
  if (typeof fields.text !== 'string') return { id, line, error: 'the record has no "text" string' }
  if (fields.text.includes('\u0000')) return { id, line, error: `the "text" is ${NUL_PROBLEM}` }
  if (fields.text.trim() === '') return { id, line, error: `the "text" holds ${BLANK_PROBLEM}` }
  const issueDate = fields.issueDate
  if (issueDate !== undefined && (typeof issueDate !== 'string' || !isCalendarDate(issueDate)))
    return { id, line, error: `"issueDate" must be a real date as YYYY-MM-DD, got ${JSON.stringify(issueDate)}` }
  try {
    return { id, result: parser.parse(fields.text, issueDate === undefined ? options : { ...options, issueDate }) }
  } catch (error) {
    return { id, line, error: (error as Error).message }
  }
}
