/**
 * The words of two characters of a table of groups, `<first><seconds>` each, separated by spaces
 * (`国家民` is 国家 and 国民), as a test of the two characters of a text at `from`. Each word is
 * the pair of its codes in one 32-bit key of an open-addressing hash table: a look-up is a hash
 * and a probe or two, where the characters after each first one were searched through.
 *
 * @example
 * pairSet('国家民 全面')('全面发展', 0) //=> true
 */
export function pairSet(table: string): (text: string, from: number) => boolean {
  const pairs: number[] = []
  for (const group of table.split(' '))
    for (let i = 1; i < group.length; i++)
      if (group.charCodeAt(0) !== 0) pairs.push((group.charCodeAt(0) << 16) | group.charCodeAt(i))
  // at most a third full, so that a miss ends after a probe or two; 0 marks an empty slot, the key
  // of no pair (U+0000 opens no word)
  const bits = Math.max(4, Math.ceil(Math.log2(pairs.length * 3)))
  const keys = new Int32Array(1 << bits)
  const mask = keys.length - 1
  const slot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits)
  for (const key of pairs) {
    let at = slot(key)
    while (keys[at] !== 0 && keys[at] !== key) at = (at + 1) & mask
    keys[at] = key
  }
  return (text, from) => {
    if (from < 0 || from + 1 >= text.length || text.charCodeAt(from) === 0) return false
    const key = (text.charCodeAt(from) << 16) | text.charCodeAt(from + 1)
    for (let at = slot(key); ; at = (at + 1) & mask) {
      if (keys[at] === key) return true
      if (keys[at] === 0) return false
    }
  }
}
