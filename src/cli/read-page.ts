import { readFile } from 'node:fs/promises'

/** A page read from disk, or the problem that kept it from being read. */
export type PageRead = { ok: true; text: string } | { ok: false; problem: string }

// a BOM is kept, so that spans index the text as `readFile(path, 'utf8')` gives it (the parser reads past it)
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Why a text with U+0000 is not read, in a file or in an `--ndjson-in` record alike. */
export const NUL_PROBLEM = 'binary (it has NUL, U+0000), not text'
/** What a page of white space alone is told, in file mode and `--ndjson-in` alike. */
export const BLANK_PROBLEM = 'no text (only white space)'

/**
 * Reads a file as a page: UTF-8 text that is not empty and not binary (no NUL byte). A BOM stays
 * in the text: spans count it, as they count it in an `--ndjson-in` record.
 *
 * @example
 * await readPage('page.md') //=> { ok: true, text: '# 标题\n…' }
 */
export async function readPage(path: string): Promise<PageRead> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    return { ok: false, problem: describeFsError(error) }
  }
  return decodePage(bytes)
}

/** Checks and decodes the bytes of a page. */
export function decodePage(bytes: Uint8Array): PageRead {
  if (bytes.length === 0) return { ok: false, problem: 'empty file' }
  if (bytes.includes(0)) return { ok: false, problem: NUL_PROBLEM }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return { ok: false, problem: 'not UTF-8 text (convert it, e.g. iconv -f GB18030 -t UTF-8)' }
  }
  if (text.trim().length === 0) return { ok: false, problem: BLANK_PROBLEM }
  return { ok: true, text }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return (error as Error).message
}
