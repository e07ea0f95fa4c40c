import { describe, expect, it } from 'vitest'
import { parseDispatch } from '../src/index.js'

const NO_FACTS = { extract: { dates: false, figures: false, people: false, quotes: false } }
const paragraphsOf = (page: string) => parseDispatch(page, NO_FACTS).articles[0]!.paragraphs.map((p) => p.text)

describe('a page that indents each paragraph and wraps the rest at the measure', () => {
  // an archive's plain text: the first line of each paragraph indented, the others wrapped at 26
  const page = [
    '# 河口乡建成自来水厂',
    '',
    '    本报讯 (记者 孙立文)近日,河口乡投资八十万元建成的自来水',
    '厂正式供水。全乡两千多户群众从此喝上了干净卫生的自来水。',
    '    据了解,该厂日供水能力达一千吨,管网延伸至全乡十二个行政村,',
    '解决了长期困扰群众的吃水难问题,受到群众的普遍欢迎和好评。',
    '乡里还将成立专门的管护队伍,确保供水设施长期稳定运行,让群众',
    '用上放心水。',
    '',
  ].join('\n')

  it('carries a full line on to the unindented line under it, even after a sentence’s end', () => {
    expect(paragraphsOf(page)).toEqual([
      '近日,河口乡投资八十万元建成的自来水厂正式供水。全乡两千多户群众从此喝上了干净卫生的自来水。',
      '据了解,该厂日供水能力达一千吨,管网延伸至全乡十二个行政村,解决了长期困扰群众的吃水难问题,受到群众的普遍欢迎和好评。乡里还将成立专门的管护队伍,确保供水设施长期稳定运行,让群众用上放心水。',
    ])
  })

  it('keeps a sentence’s end as a paragraph’s where the page shows no such habit', () => {
    // no indent anywhere: each line that closes a sentence closes its paragraph
    const unindented = page.replaceAll('\n    ', '\n')
    expect(paragraphsOf(unindented)).toHaveLength(3)
    // an indented line inside a sentence: the indents are no paragraph openings
    const ragged = page.replace('\n厂正式供水', '\n    厂正式供水')
    expect(paragraphsOf(ragged).length).toBeGreaterThan(2)
  })

  it('does not carry a line on across a blank line', () => {
    const spaced = page.replace('好评。\n乡里', '好评。\n\n乡里')
    expect(paragraphsOf(spaced)).toHaveLength(3)
  })
})
