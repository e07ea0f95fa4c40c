import type * as baoxun from '../../src/index.js'

/** What the scorers call: the package's public functions, from the source or from the build. */
export type Library = Pick<
  typeof baoxun,
  'parseDispatch' | 'extractDates' | 'extractFigures' | 'extractPeople' | 'extractQuotes'
>

/** The library from source (through tsx or vitest), or the built package as a user imports it. */
export async function loadLibrary(from: 'source' | 'build'): Promise<Library> {
  if (from === 'source') return import('../../src/index.js')
  const url = new URL('../../dist/index.js', import.meta.url)
  return (await import(url.href)) as Library
}
