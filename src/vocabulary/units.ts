import type { FigureKind } from '../schema.js'

/** Currencies: money is reported as a plain number in its currency (`752.2亿元` → 75220000000 元). */
export const CURRENCIES: readonly string[] = ['元', '人民币', '美元', '港元', '港币', '欧元', '日元', '英镑', '卢布', '韩元', '澳元', '加元', '台币', '新台币']

/** Measure words of counts: `30人`, `2483家`, `两粒`. */
export const COUNT_WORDS: readonly string[] = [
  '人次', '个', '家', '人', '场', '户', '所', '粒', '名', '位', '条', '项', '件', '次', '盒', '片', '颗', '台', '辆', '座',
  '间', '套', '只', '头', '株', '棵', '本', '份', '批', '支', '张', '篇', '部', '处', '栋', '层', '起', '例', '所', '架',
  '艘', '枚', '封', '袋', '箱', '瓶', '册', '门', '幢', '组', '队', '村', '镇', '县', '种', '类', '股', '剂次', '剂',
]

/** Units of measures: `50亩`, `1.5公里`. */
export const MEASURE_WORDS: readonly string[] = [
  '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '公里', '千米', '厘米', '毫米', '公顷', '千克', '公斤', '毫升', '千瓦',
  '兆瓦', '吨', '亩', '米', '克', '斤', '升', '度', '瓦', '海里', '英里', '桶', '标箱',
]

export const UNIT_KINDS: Readonly<Record<string, FigureKind>> = Object.fromEntries([
  ...CURRENCIES.map((w) => [w, 'money'] as const),
  ...COUNT_WORDS.map((w) => [w, 'count'] as const),
  ...MEASURE_WORDS.map((w) => [w, 'measure'] as const),
])
