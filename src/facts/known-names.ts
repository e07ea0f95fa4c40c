import type { PersonReading } from './people.js'

/** The bits of the first-character filter, a power of two: each code marks the bit of its low bits. */
const FILTER_BITS = 1024

/**
 * The names an article has given so far, found again in a later paragraph in one pass: each
 * position is tried with the few lengths the names have, so the time grows with the text, not
 * with the text times the names.
 *
 * @example
 * const names = new KnownNames()
 * names.add('高文栋')
 * names.occurrencesIn('高文栋说，高文栋笑了')[1]?.start //=> 5
 */
export class KnownNames {
  private readonly names = new Set<string>()
  /** The lengths of the names that open with a character, longest first: other places are passed over. */
  private readonly lengthsByFirst = new Map<number, number[]>()
  /** A bit for the first character of each name, by its code's low bits: most places fail at one read. */
  private readonly firsts = new Uint32Array(FILTER_BITS / 32)

  add(name: string): void {
    if (this.names.has(name)) return
    this.names.add(name)
    const first = name.charCodeAt(0)
    this.firsts[(first & (FILTER_BITS - 1)) >>> 5]! |= 1 << (first & 31)
    const lengths = this.lengthsByFirst.get(first) ?? []
    if (!lengths.includes(name.length))
      this.lengthsByFirst.set(
        first,
        [...lengths, name.length].sort((a, b) => b - a),
      )
  }

  /** Where the known names occur in `text`, left to right, the longest name at each place. */
  occurrencesIn(text: string): { name: string; start: number; end: number }[] {
    const out: { name: string; start: number; end: number }[] = []
    if (this.names.size === 0) return out
    const firsts = this.firsts
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at)
      if ((firsts[(code & (FILTER_BITS - 1)) >>> 5]! & (1 << (code & 31))) === 0) continue
      const lengths = this.lengthsByFirst.get(code)
      if (lengths === undefined) continue
      for (const length of lengths) {
        const name = text.slice(at, at + length)
        if (name.length !== length || !this.names.has(name)) continue
        out.push({ name, start: at, end: at + length })
        at += length - 1
        break
      }
    }
    return out
  }

  /** The known names in `text` that `found` (its own people) does not already give, as readings. */
  mentionsIn(text: string, found: readonly PersonReading[]): PersonReading[] {
    const own = new Set(found.map((person) => person.name))
    return this.occurrencesIn(text)
      .filter((at) => !own.has(at.name))
      .map((at) => ({ ...at, titles: [], honorific: null, mentions: [] }))
  }
}
