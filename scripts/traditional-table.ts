/**
 * The Traditional → Simplified character table of OpenCC (`TSCharacters`, from the opencc-js
 * devDependency), kept to the pairs that are one UTF-16 unit each, as the source text of
 * `src/vocabulary/traditional-characters.ts`. `npm run traditional` writes it; a test checks it is current.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters'
import { packHan } from './han-pack.js'

export function traditionalTableSource(): string {
  const traditional: string[] = []
  const simplified: string[] = []
  for (const pair of TSCharacters.split('|')) {
    const [from, to] = pair.split(' ')
    if (from === undefined || to === undefined || from.length !== 1 || to.length !== 1 || from === to) continue
    traditional.push(from)
    simplified.push(to)
  }
  return `import { unpackHan } from '../han-pack.js'

/**
 * Traditional → Simplified, one character for one: ${traditional.length} pairs of OpenCC's
 * \`TSCharacters\` table (https://github.com/BYVoid/OpenCC, Apache License 2.0), taken from the
 * opencc-js package by \`npm run traditional\`. Do not edit: regenerate. Used for matching only.
 */
export const TRADITIONAL = unpackHan(
  '${packHan(traditional.join(''))}',
)
export const SIMPLIFIED = unpackHan(
  '${packHan(simplified.join(''))}',
)
`
}
