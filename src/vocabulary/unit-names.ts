/**
 * The name of a unit people work for or report from: a word that ends in a unit's name (`中心`,
 * `局`, `办`, `报道组` …), four characters at least (three are a person's name more often): `县新闻中心`,
 * `县农业局`, `县外事侨务办`, `周口市开发区公用事业局`.
 */
const UNIT =
  /^[\u3400-\u9fff]{2,12}(?:中心|办公室|办|宣传部|部|局|委员会|委|站|所|院|队|组|处|科|厅|社区|街道|公司|集团|学校|医院|大学|中学|小学)$/
const MIN_UNIT = 4

/**
 * Whether a folded word is a unit's name.
 *
 * @example
 * isUnitName('县农业局') //=> true
 * isUnitName('李局') //=> false
 */
export function isUnitName(word: string): boolean {
  return word.length >= MIN_UNIT && UNIT.test(word)
}
