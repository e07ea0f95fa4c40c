import type { Plugin } from '../plugin.js'
import { archiveRecords } from './archive-records.js'
import { crawlLabels } from './crawl-labels.js'
import { gluedHeadlines } from './glued-headlines.js'
import { inlineLeads } from './inline-leads.js'
import { markup } from './markup.js'
import { pageLabels } from './page-labels.js'
import { plainHeadings } from './plain-headings.js'
import { repeatedHeadlines } from './repeated-headlines.js'
import { spacedParagraphs } from './spaced-paragraphs.js'
import { sqlRecords } from './sql-records.js'
import { teaserLinks } from './teaser-links.js'

export {
  archiveRecords,
  crawlLabels,
  gluedHeadlines,
  inlineLeads,
  markup,
  pageLabels,
  plainHeadings,
  repeatedHeadlines,
  spacedParagraphs,
  sqlRecords,
  teaserLinks,
}

/** The conventions baoxun reads by default, written as plugins; `createParser({ builtins: false })` leaves them out. */
export const builtinPlugins: readonly Plugin[] = [
  markup,
  crawlLabels,
  sqlRecords,
  pageLabels,
  archiveRecords,
  spacedParagraphs,
  gluedHeadlines,
  inlineLeads,
  repeatedHeadlines,
  plainHeadings,
  // placed after `repeated-headlines` as `plain-headings` is; a later step so placed lands first, so it runs before it
  teaserLinks,
]
