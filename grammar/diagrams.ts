import { createSyntaxDiagramsCode } from 'chevrotain'
import { ArticleParser } from './article-parser.js'
import { BylineParser } from './byline.js'
import { DatelineParser } from './dateline.js'
import { PageParser } from './page-parser.js'

/**
 * The railroad diagrams of the grammars — the page's runs, its articles, the dateline, the byline — as an HTML page. Its
 * scripts and styles load from the installed chevrotain package (`node_modules/chevrotain/diagrams/`),
 * never from the network.
 */
export function diagramsHtml(): string {
  const productions = [
    ...new PageParser({ validate: true }).getSerializedGastProductions(),
    ...new ArticleParser({ validate: true }).getSerializedGastProductions(),
    ...new DatelineParser({ validate: true }).getSerializedGastProductions(),
    ...new BylineParser({ validate: true }).getSerializedGastProductions(),
  ]
  const base = '../node_modules/chevrotain/diagrams/'
  return createSyntaxDiagramsCode(productions, { resourceBase: base, css: `${base}diagrams.css` })
}
