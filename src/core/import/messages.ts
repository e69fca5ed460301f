// Messages of the loose-sheet importer ("Structure this sheet"): the warnings of its report.
// Registered in src/core/i18n.ts like every other catalogue. Values people typed are quoted in
// full (never cut short): the report is where a cell that could not be placed stays visible.
import type { Catalogue } from '../placeholders';

export const importMessages = {
  'import.column': { en: 'Column {letter}', nl: 'Kolom {letter}' },
  // The preview people see before Structure writes (menu), and what was not placed after.
  'import.reportColumns': { en: 'Columns:', nl: 'Kolommen:' },
  'import.reportWarnings': { en: 'Warnings ({count}):', nl: 'Waarschuwingen ({count}):' },
  'import.reportUnplaced': {
    en: 'Rows not placed ({count}); they stay in the source sheet, not on the OKR tab:',
    nl: 'Niet geplaatste rijen ({count}); ze blijven in het bronblad, niet op het OKR-tabblad:',
  },
  'import.reportRow': { en: 'Row {row}: {text}', nl: 'Rij {row}: {text}' },
  'import.reportContext': {
    en: 'Read from lines that are not items ({count}):',
    nl: 'Gelezen uit regels die geen item zijn ({count}):',
  },
  'import.reportNotes': {
    en: 'Rows placed in the Notes of an item ({count}):',
    nl: 'Rijen in de Notities van een item gezet ({count}):',
  },
  'import.reportNote': {
    en: 'Row {row} → Notes of "{title}": {text}',
    nl: 'Rij {row} → Notities van "{title}": {text}',
  },
  'import.reportExisting': {
    en: '{count} {count:item|items} already on the OKR tab from this sheet (same title, parent and period): {count:it is|they are} skipped.',
    nl: '{count} {count:item|items} van dit blad {count:staat|staan} al op het OKR-tabblad (zelfde titel, bovenliggend item en periode): {count:het wordt|ze worden} overgeslagen.',
  },
  'import.contextLine': {
    en: '"{text}": {field} {value}, taken by {count} {count:item|items} below it',
    nl: '"{text}": {field} {value}, overgenomen door {count} {count:item|items} eronder',
  },
  'import.contextUnused': {
    en: '"{text}": {field} {value}, not used: the items below it each name their own',
    nl: '"{text}": {field} {value}, niet gebruikt: de items eronder noemen elk hun eigen',
  },
  'import.heading': {
    en: '"{text}": heading; the lines below it are of type {type}',
    nl: '"{text}": kopje; de regels eronder zijn van het type {type}',
  },
  'import.headingPlaced': {
    en: 'The initiatives under "{text}" belong to objective "{objective}", which has several key results; placed under "{keyResult}": move them if they belong to another',
    nl: 'De initiatieven onder "{text}" horen bij doelstelling "{objective}", die meerdere kernresultaten heeft; geplaatst onder "{keyResult}": verplaats ze als ze bij een ander horen',
  },
  'import.headerOnly': {
    en: 'The header was found in row {row} but there are no rows below it: add your objectives and key results below the header',
    nl: 'De kopregel staat in rij {row}, maar er staan geen rijen onder: zet je doelstellingen en kernresultaten onder de kopregel',
  },
  'import.percentNotGuessed': {
    en: 'Key result "{title}" names a percentage, but its values ({values}) are plain numbers; Unit left blank: set it to % if they are percentages',
    nl: 'Kernresultaat "{title}" noemt een percentage, maar de waarden ({values}) zijn gewone getallen; Eenheid leeg gelaten: zet die op % als het percentages zijn',
  },
  'import.reportMore': { en: '… and {count} more', nl: '… en nog {count}' },
  'import.fieldObjectiveTitle': { en: 'Objective', nl: 'Doelstelling' },
  'import.fieldKeyResultTitle': { en: 'Key result', nl: 'Kernresultaat' },
  'import.fieldInitiativeTitle': { en: 'Initiative', nl: 'Initiatief' },
  'import.titleRowSkipped': {
    en: 'Title row skipped: {text}',
    nl: 'Titelrij overgeslagen: {text}',
  },
  'import.outlineColumn': {
    en: 'No column named Objective, Key result or Description; read {column} as the outline',
    nl: 'Geen kolom Doelstelling, Kernresultaat of Omschrijving; {column} gelezen als overzicht',
  },
  'import.nothingFound': {
    en: 'No columns for objectives or key results found (for example Objective, Key result, Description) and no "Objective:" or "KR:" markers: add a header row and try again',
    nl: 'Geen kolommen voor doelstellingen of kernresultaten gevonden (bijvoorbeeld Doelstelling, Kernresultaat, Omschrijving) en geen "Doelstelling:"- of "KR:"-markeringen: voeg een kopregel toe en probeer het opnieuw',
  },
  'import.notANumber': {
    en: '{column} "{value}" is not a number; kept as text: enter a number or a percentage',
    nl: '{column} "{value}" is geen getal; als tekst bewaard: vul een getal of percentage in',
  },
  'import.ambiguousNumber': {
    en: '{column} "{value}" read as {read}, as this spreadsheet reads it (decimal mark "{mark}"); if {otherwise} was meant, change it on the OKR tab',
    nl: '{column} "{value}" gelezen als {read}, zoals deze spreadsheet het leest (decimaalteken "{mark}"); was {otherwise} bedoeld, pas het dan aan op het OKR-tabblad',
  },
  'import.unknownLevel': {
    en: '{column} "{value}" is not Company, Team or Personal; used {level}',
    nl: '{column} "{value}" is niet Bedrijf, Team of Persoonlijk; {level} gebruikt',
  },
  'import.unknownKind': {
    en: '{column} "{value}" is not a kind (increase, decrease, at least, at most, milestone, roll-up); left blank (auto)',
    nl: '{column} "{value}" is geen soort (toename, afname, minimaal, maximaal, mijlpaal, samengesteld); leeg gelaten (automatisch)',
  },
  'import.unknownConfidence': {
    en: '{column} "{value}" is not Low, Medium or High; left blank',
    nl: '{column} "{value}" is niet Laag, Gemiddeld of Hoog; leeg gelaten',
  },
  'import.periodMalformed': {
    en: '{column} "{value}" is not a year or a quarter; kept as typed: write 2026 or 2026-Q1',
    nl: '{column} "{value}" is geen jaar of kwartaal; bewaard zoals getypt: schrijf 2026 of 2026-K1',
  },
  'import.periodAssumed': {
    en: '{column} "{value}" read as {period}',
    nl: '{column} "{value}" gelezen als {period}',
  },
  'import.periodDefaulted': {
    en: '{count} {count:objective|objectives} without a period {count:was|were} set to {period}',
    nl: '{count} {count:doelstelling|doelstellingen} zonder periode op {period} gezet',
  },
  'import.krWithoutObjective': {
    en: 'Key result "{title}" has no objective above it; listed as unplaced',
    nl: 'Kernresultaat "{title}" heeft geen doelstelling erboven; bij niet geplaatst gezet',
  },
  'import.initiativeWithoutKr': {
    en: 'Initiative "{title}" has no key result above it; listed as unplaced',
    nl: 'Initiatief "{title}" heeft geen kernresultaat erboven; bij niet geplaatst gezet',
  },
  'import.emptyTitle': {
    en: '"{value}" marks an item without a title; title left blank',
    nl: '"{value}" markeert een item zonder titel; titel leeg gelaten',
  },
  'import.conflict': {
    en: '"{title}" is repeated with another {column} "{value}"; the first value is used and this one is kept in Notes',
    nl: '"{title}" komt nogmaals voor met een andere {column} "{value}"; de eerste waarde is gebruikt en deze staat in Notities',
  },
  'import.duplicateRow': {
    en: 'Initiative "{title}" repeats an earlier row under the same key result; merged',
    nl: 'Initiatief "{title}" herhaalt een eerdere rij onder hetzelfde kernresultaat; samengevoegd',
  },
  'import.internalError': {
    en: 'This sheet could not be structured ({message}); every row is listed as unplaced',
    nl: 'Dit blad kon niet worden gestructureerd ({message}); elke rij staat bij niet geplaatst',
  },
} as const satisfies Catalogue;
