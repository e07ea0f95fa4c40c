import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from '../plugin.js'

/**
 * Loads the plugins named on the command line: a package name or a path to a module whose
 * default export (or `plugins` export) is a plugin or an array of plugins.
 */
export async function loadPlugins(specifiers: readonly string[]): Promise<Plugin[]> {
  const plugins: Plugin[] = []
  for (const specifier of specifiers) {
    const url = /^[./]|^[A-Za-z]:\\/.test(specifier) ? pathToFileURL(resolve(specifier)).href : specifier
    let module: Record<string, unknown>
    try {
      module = (await import(url)) as Record<string, unknown>
    } catch (error) {
      throw new Error(`cannot load plugin ${specifier}: ${(error as Error).message}`)
    }
    const found = module.default ?? module.plugins ?? module.plugin
    const list = Array.isArray(found) ? found : [found]
    if (
      found === undefined ||
      list.some((p) => typeof p !== 'object' || p === null || typeof (p as Plugin).name !== 'string')
    ) {
      throw new Error(`plugin ${specifier} exports no plugin (export default definePlugin({ … }))`)
    }
    plugins.push(...(list as Plugin[]))
  }
  return plugins
}
