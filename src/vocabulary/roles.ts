import type { Role } from '../schema.js'

/**
 * Role words of a byline and the role each gives to the names after it. Simplified forms only:
 * Traditional forms reach them through `traditionalAliases`. A role word that starts with an
 * outlet (`本报记者`, `融媒体记者`) also names the byline's outlet.
 */
export const builtinRoles: Readonly<Record<string, Role>> = {
  记者: 'reporter',
  本报记者: 'reporter',
  融媒体记者: 'reporter',
  全媒体记者: 'reporter',
  融媒记者: 'reporter',
  全媒记者: 'reporter',
  首席记者: 'reporter',
  特约记者: 'reporter',
  特派记者: 'reporter', // sent to report from elsewhere: `特派記者賴錦宏/北京報導`
  驻站记者: 'reporter',
  独家报导: 'reporter', // `獨家報導:蔡愛卿`, as Malaysian papers credit their own reporter
  独家报道: 'reporter',
  新华社记者: 'reporter',
  编译: 'reporter', // 編譯, the translator-compiler who wrote the piece: `編譯陳成良／綜合報導`
  通讯员: 'correspondent',
  特约通讯员: 'correspondent',
  实习生: 'intern',
  见习记者: 'intern',
  摄影: 'photographer',
  摄影记者: 'photographer',
  摄: 'photographer',
  编辑: 'editor',
  责编: 'editor',
  责任编辑: 'editor',
  编审: 'editor',
  实习编辑: 'editor',
  审核: 'editor',
  校对: 'editor',
  作者: 'author',
  // one-character roles count only before `/` or `:` (`文/王正喜`, `图/陈艳`), and so do the
  // words of reporting, a label of Malaysian papers' credits (`报导:林德胜`, `报导/摄影:林德胜`)
  文: 'author',
  图: 'photographer',
  报导: 'reporter',
  报道: 'reporter',
}

/** Role words of more than one character that count only before `/` or `:`: words of running text too. */
export const JOINED_ROLE_WORDS: ReadonlySet<string> = new Set(['报导', '报道'])

/**
 * Words that mark a role when they follow a name: `秦廷富摄`, `王勇摄影报道` (a photo report), and
 * after a slash `周晨阳/图`, `洪为亮/文` (the text), `张丽英/报导` (a role word before the name, `记者 洪为亮/文`,
 * says more and stays).
 */
export const builtinTrailingRoles: Readonly<Record<string, Role>> = {
  摄: 'photographer',
  摄影: 'photographer',
  摄影报道: 'photographer',
  '/摄': 'photographer',
  '/摄影': 'photographer',
  '/图': 'photographer',
  '/文': 'author',
  '/报导': 'reporter', // 記者張麗英/報導: a local paper's byline, naming no place
  '/报道': 'reporter',
}
