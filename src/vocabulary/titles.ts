/**
 * Words that end a title standing right before a name: `组织部部长高文栋`, `葫芦种植户郝学坤`.
 * Plugins add their own (`vocabulary.titles`).
 */
export const builtinTitles: readonly string[] = [
  '书记', '副书记', '主席', '副主席', '部长', '副部长', '局长', '副局长', '主任', '副主任', '县长', '副县长', '区长', '副区长',
  '市长', '副市长', '镇长', '副镇长', '乡长', '省长', '副省长', '委员', '常委', '委员长', '经理', '总经理', '副总经理', '董事长',
  '总裁', '主管', '队长', '院长', '校长', '所长', '科长', '处长', '厅长', '司长', '网格员', '民警', '警官', '医师', '医生', '护士',
  '教授', '研究员', '记者', '编辑', '代表', '负责人', '社长', '站长', '会长', '理事长', '秘书长', '发言人', '种植户', '养殖户',
  '村民', '居民', '大使', '总统', '总理', '国务卿', '主持人', '工程师', '技术员', '教师', '支书', '村长', '组长', '班长', '店长',
  '老板', '店主', '志愿者', '专家', '院士', '总书记', '国家主席', '外长', '部长助理', '馆长', '团长', '政委', '司令员', '检察长',
  '法官', '律师', '作家', '画家', '演员', '运动员', '教练', '学生', '职工', '工人', '农民', '市民', '村医', '厂长', '行长', '总监',
  '创始人', '合伙人', '干部', '党员', '业主', '顾客', '网友', '药师', '执业药师', '中医', '掌柜', '传承人', '选手', '冠军',
]

/**
 * Words right after a full name that give its title: `习近平总书记`, `李强总理`, `张三同志`. Only
 * after a name that opens its clause, and never after a surname alone (`王书记` names no one).
 * Offices of a place are left out: `黄山市长` is the mayor of 黄山, not a person named 黄山.
 */
export const builtinTitlesAfter: readonly string[] = [
  '总书记', '国家主席', '主席', '副主席', '委员长', '总理', '副总理', '同志', '院士', '教授', '大使', '总统',
]

/** Words after a surname that make a person of it: `王先生`, `李女士`. */
export const builtinHonorifics: readonly string[] = [
  '先生', '女士', '小姐', '老师', '阿姨', '大爷', '大妈', '师傅', '奶奶', '爷爷', '叔叔', '大姐', '大哥',
]
