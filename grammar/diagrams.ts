import { createSyntaxDiagramsCode } from 'chevrotain'
import { PageParser } from './page-parser.js'

/**
 * The railroad diagrams of the page grammar as an HTML page. Its scripts and styles load from the
 * installed chevrotain package (`node_modules/chevrotain/diagrams/`), never from the network.
 */
export function diagramsHtml(): string {
  const parser = new PageParser({ validate: true })
  const base = '../node_modules/chevrotain/diagrams/'
  return createSyntaxDiagramsCode(parser.getSerializedGastProductions(), {
    resourceBase: base,
    css: `${base}diagrams.css`,
  })
}
