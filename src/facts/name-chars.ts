import { charTable } from '../char-table.js'

/** Surnames that are also function words (prepositions, conjunctions, 那, 都): `向`, `和`, `于`, `但` … */
export const PREPOSITIONS = charTable('向和同与跟给对为把被让从于但那都')

/** Characters no given name is made of: function words, verbs, units (`闻讯前来`, `党员干部与`). */
export const NOT_IN_NAME = charTable(
  '们的了在是不也都就则便亦要会说到去把被让给对向从等及与之其中上下里外后时年日部员者来前讯们这那个些么所以而且还又再很最已着过得地内调确用院局委厅办司处科村镇县区市省乡街社队组校站厂店党协联室馆团府节赛宴营我你他她它',
)
