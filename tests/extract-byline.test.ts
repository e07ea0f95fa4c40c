import { describe, expect, it } from 'vitest'
import { readByline } from '../src/extract/byline.js'
import { compileLexicon } from '../src/lexicon.js'
import { builtinVocabulary } from '../src/vocabulary/index.js'

const lexicon = compileLexicon(builtinVocabulary)
const read = (text: string) => {
  const r = readByline(text, lexicon)
  if (r === null) return null
  return {
    outlet: r.outlet && text.slice(...r.outlet),
    contributors: r.contributors.map((c) => [text.slice(c.start, c.end), c.role, c.roleWord && text.slice(...c.roleWord)]),
  }
}

describe('readByline', () => {
  it.each([
    ['融媒体 全兴社', '融媒体', [['全兴社', 'reporter', null]]],
    ['融媒体 郭龙君 通讯员 孙睿', '融媒体', [['郭龙君', 'reporter', null], ['孙睿', 'correspondent', '通讯员']]],
    ['全媒体记者 孟军', '全媒体', [['孟军', 'reporter', '全媒体记者']]],
    ['本报记者 刘峰 杜一菲', '本报', [['刘峰', 'reporter', '本报记者'], ['杜一菲', 'reporter', '本报记者']]],
    ['全媒體記者 吳華 通訊員 石琴', '全媒體', [['吳華', 'reporter', '全媒體記者'], ['石琴', 'correspondent', '通訊員']]],
    ['记者李增辉、刘峰', null, [['李增辉', 'reporter', '记者'], ['刘峰', 'reporter', '记者']]],
    ['作者:孟军', null, [['孟军', 'author', '作者']]],
    ['实习生 王小明', null, [['王小明', 'intern', '实习生']]],
    ['见习记者 李四', null, [['李四', 'intern', '见习记者']]],
    ['秦廷富摄', null, [['秦廷富', 'photographer', '摄']]],
    ['编辑 葛素文 责编 徐微', null, [['葛素文', 'editor', '编辑'], ['徐微', 'editor', '责编']]],
    ['刘峰 杜一菲', null, [['刘峰', 'other', null], ['杜一菲', 'other', null]]],
  ])('%s', (text, outlet, contributors) => {
    expect(read(text)).toEqual({ outlet, contributors })
  })

  it.each(['含', '见上图', '作者为中国驻芬兰大使', '新华社北京12月31日电', '试行', '2019年12月31日', '记者', '村居'])('%s is no byline', (text) => {
    expect(read(text)).toBeNull()
  })
})
