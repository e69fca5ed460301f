// The health check's findings and their fixes (src/core/health.ts and the server's checks of
// the tab's formula columns).
import type { Catalogue } from '../placeholders';

export const healthMessages = {
  'health.krCount.few': {
    en: 'Objective {id} has {count} {count:key result|key results}; the method advises 2 to 5.',
    nl: 'Doelstelling {id} heeft {count} {count:kernresultaat|kernresultaten}; de methode adviseert 2 tot 5.',
  },
  'health.krCount.many': {
    en: 'Objective {id} has {count} key results; the method advises 2 to 5.',
    nl: 'Doelstelling {id} heeft {count} kernresultaten; de methode adviseert 2 tot 5.',
  },
  'fix.krCount.few': {
    en: 'Add a key result that measures this objective.',
    nl: 'Voeg een kernresultaat toe dat deze doelstelling meet.',
  },
  'fix.krCount.many': {
    en: 'Keep the 5 that matter most; turn the rest into initiatives or a separate objective.',
    nl: 'Houd de 5 belangrijkste; maak van de rest initiatieven of een aparte doelstelling.',
  },
  'health.noTarget': {
    en: 'Key result {id} has no target, so its progress cannot be measured.',
    nl: 'Kernresultaat {id} heeft geen doelwaarde, dus de voortgang is niet te meten.',
  },
  'fix.noTarget': {
    en: 'Enter the value it must reach in Target (or set Kind to Milestone).',
    nl: 'Vul bij Doel de waarde in die gehaald moet worden (of zet Soort op Mijlpaal).',
  },
  'health.startIsTarget': {
    en: 'Key result {id} has start = target ({value}) and no kind "at least"/"at most".',
    nl: 'Kernresultaat {id} heeft start = doel ({value}) en geen soort "minimaal"/"maximaal".',
  },
  'fix.startIsTarget': {
    en: 'Set Kind to At least or At most, or change the target.',
    nl: 'Zet Soort op Minimaal of Maximaal, of pas het doel aan.',
  },
  'health.progressError': {
    en: 'Key result {id}: {problem}.',
    nl: 'Kernresultaat {id}: {problem}.',
  },
  'fix.progressError': {
    en: 'Correct the start, target, current or kind of this row.',
    nl: 'Corrigeer start, doel, huidig of soort van deze rij.',
  },
  'health.taskLike': {
    en: 'Key result {id} reads like a task ("{word}"): a key result measures an outcome.',
    nl: 'Kernresultaat {id} leest als een taak ("{word}"): een kernresultaat meet een uitkomst.',
  },
  'fix.taskLike': {
    en: 'Make it an initiative under a measurable key result.',
    nl: 'Maak er een initiatief van onder een meetbaar kernresultaat.',
  },
  'health.noOwner': { en: '{id} has no owner.', nl: '{id} heeft geen eigenaar.' },
  'fix.noOwner': {
    en: 'Enter the person responsible in Owner.',
    nl: 'Vul bij Eigenaar de verantwoordelijke in.',
  },
  'health.noTeam': {
    en: '{id} is a {level} item without a team.',
    nl: '{id} is een item op {level}-niveau zonder team.',
  },
  'fix.noTeam': { en: 'Enter the team in Team.', nl: 'Vul het team in bij Team.' },
  'health.periodMissing': { en: '{id} has no period.', nl: '{id} heeft geen periode.' },
  'health.periodMalformed': {
    en: '{id} has period "{value}", which is not a year or quarter.',
    nl: '{id} heeft periode "{value}", dat is geen jaar of kwartaal.',
  },
  'fix.period': {
    en: 'Enter a year (2026) or a quarter (2026-Q1) in Period.',
    nl: 'Vul bij Periode een jaar (2026) of kwartaal (2026-Q1) in.',
  },
  'health.krWithoutObjective': {
    en: 'Key result {id} belongs to no objective{detail}.',
    nl: 'Kernresultaat {id} hoort bij geen doelstelling{detail}.',
  },
  'fix.krWithoutObjective': {
    en: 'Enter the ID of its objective in Parent.',
    nl: 'Vul bij Hoort bij het ID van de doelstelling in.',
  },
  'health.initiativeWithoutKr': {
    en: 'Initiative {id} belongs to no key result{detail}.',
    nl: 'Initiatief {id} hoort bij geen kernresultaat{detail}.',
  },
  'fix.initiativeWithoutKr': {
    en: 'Enter the ID of its key result in Parent.',
    nl: 'Vul bij Hoort bij het ID van het kernresultaat in.',
  },
  'health.objectiveWithParent': {
    en: 'Objective {id} has a parent ({parent}); objectives stand on their own.',
    nl: 'Doelstelling {id} heeft een bovenliggend item ({parent}); doelstellingen staan op zichzelf.',
  },
  'fix.objectiveWithParent': {
    en: 'Clear Parent and use Aligned to for the link one level up.',
    nl: 'Maak Hoort bij leeg en gebruik Draagt bij aan voor de koppeling een niveau hoger.',
  },
  'health.alignMissing': {
    en: '{id} is aligned to "{target}", which does not exist.',
    nl: '{id} draagt bij aan "{target}", dat niet bestaat.',
  },
  'fix.alignMissing': {
    en: 'Enter an existing ID in Aligned to, or clear it.',
    nl: 'Vul bij Draagt bij aan een bestaand ID in, of maak het leeg.',
  },
  'health.alignCycle': {
    en: '{id} is aligned in a circle ({path}).',
    nl: '{id} draagt bij in een kringetje ({path}).',
  },
  'fix.alignCycle': {
    en: 'Remove one of the alignments so the chain ends at the top.',
    nl: 'Verwijder een van de koppelingen zodat de keten bovenaan eindigt.',
  },
  'health.alignLevel': {
    en: '{id} ({level}) is aligned to {target} ({targetLevel}), which is not one level up.',
    nl: '{id} ({level}) draagt bij aan {target} ({targetLevel}), dat geen niveau hoger is.',
  },
  'fix.alignLevel': {
    en: 'Align personal items to team items, team items to company items, or a quarterly objective to an annual one.',
    nl: 'Koppel persoonlijke items aan teamitems, teamitems aan bedrijfsitems, of een kwartaaldoel aan een jaardoel.',
  },
  'health.alignNotObjective': {
    en: '{id} has an alignment, but only objectives align.',
    nl: '{id} heeft een koppeling, maar alleen doelstellingen worden gekoppeld.',
  },
  'fix.alignNotObjective': {
    en: 'Clear Aligned to on this row.',
    nl: 'Maak Draagt bij aan leeg op deze rij.',
  },
  'health.stale': {
    en: 'Key result {id} has had no check-in for {days} days while its period runs.',
    nl: 'Kernresultaat {id} heeft al {days} dagen geen check-in terwijl de periode loopt.',
  },
  'health.neverCheckedIn': {
    en: 'Key result {id} has had no check-in yet while its period runs.',
    nl: 'Kernresultaat {id} heeft nog geen check-in terwijl de periode loopt.',
  },
  'fix.stale': {
    en: 'Check in: enter the current value, confidence and a note.',
    nl: 'Doe een check-in: vul de huidige waarde, het vertrouwen en een notitie in.',
  },
  'health.negativeWeight': {
    en: '{id} has a negative weight ({value}).',
    nl: '{id} heeft een negatief gewicht ({value}).',
  },
  'fix.negativeWeight': {
    en: 'Use a positive weight, or 0 to leave it out of the roll-up.',
    nl: 'Gebruik een positief gewicht, of 0 om het buiten de optelling te laten.',
  },
  'health.textInNumber': {
    en: '{id}: {column} holds text "{value}" where a number belongs.',
    nl: '{id}: {column} bevat tekst "{value}" waar een getal hoort.',
  },
  'fix.textInNumber': {
    en: 'Enter a number (e.g. 30, 1.5 or 45%).',
    nl: 'Vul een getal in (bijv. 30, 1,5 of 45%).',
  },
  'health.duplicateId': {
    en: 'ID {id} is used on {count} rows.',
    nl: 'ID {id} staat op {count} rijen.',
  },
  'fix.duplicateId': {
    en: 'Give the copies a new ID ({name.repair} does this) and fix links that meant them.',
    nl: 'Geef de kopieën een nieuw ID ({name.repair} doet dit) en pas koppelingen aan die ze bedoelden.',
  },
  'health.missingId': { en: 'Row {row} has no ID.', nl: 'Rij {row} heeft geen ID.' },
  'fix.missingId': {
    en: 'Choose {name.repair} to give it one.',
    nl: 'Kies {name.repair} om er een te geven.',
  },
  'health.unknownValue': {
    en: '{id}: {column} "{value}" is not recognised.',
    nl: '{id}: {column} "{value}" wordt niet herkend.',
  },
  'fix.unknownValue': {
    en: 'Pick a value from the dropdown.',
    nl: 'Kies een waarde uit de keuzelijst.',
  },
  'health.formulaOutdated': {
    en: '{id}: the formulas of this row no longer match its kind or level.',
    nl: '{id}: de formules van deze rij passen niet meer bij de soort of het niveau.',
  },
  'health.orphanCheckIns': {
    en: '{count} {count:check-in is|check-ins are} logged under {id}, which is on no row: its key result lost that ID.',
    nl: '{count} {count:check-in staat|check-ins staan} op naam van {id}, dat op geen enkele rij staat: het kernresultaat is dat ID kwijt.',
  },
  'health.orphanCheckInsMatch': {
    en: '{count} {count:check-in is|check-ins are} logged under {id}, which is on no row; they look like those of {match} (its Current and Last check-in are their newest value and day).',
    nl: '{count} {count:check-in staat|check-ins staan} op naam van {id}, dat op geen enkele rij staat; ze lijken van {match} (de Huidige waarde en Laatste check-in daarvan zijn hun nieuwste waarde en dag).',
  },
  'fix.orphanCheckIns': {
    en: 'Give the key result its ID {id} back, or type its ID over {id} on the Check-ins tab.',
    nl: 'Geef het kernresultaat zijn ID {id} terug, of typ op het tabblad Check-ins het juiste ID over {id}.',
  },
  'fix.orphanCheckInsMatch': {
    en: 'Choose {name.repair}: it reconnects them to {match}.',
    nl: 'Kies {name.repair}: dat koppelt ze weer aan {match}.',
  },
  'health.missingColumns': {
    en: 'The OKR tab lacks the {count:column|columns} {columns}: progress, status and grade cannot be computed, and adding, editing and checking in are refused until {count:it is|they are} back.',
    nl: 'Het OKR-tabblad mist de {count:kolom|kolommen} {columns}: voortgang, status en score kunnen niet worden berekend, en toevoegen, wijzigen en inchecken worden geweigerd tot {count:die|ze} terug {count:is|zijn}.',
  },
  'health.outdatedColumns': {
    en: 'The OKR tab was made by an older version of the add-on: some hidden calculation columns are missing. The next change you make adds them (or choose {name.repair} now).',
    nl: 'Het OKR-tabblad is gemaakt met een oudere versie van de add-on: er ontbreken verborgen rekenkolommen. De volgende wijziging voegt ze toe (of kies nu {name.repair}).',
  },
  'health.columnsToAdd': {
    en: 'The OKR tab lacks the {count:column|columns} {columns}. {name.repair} adds {count:it|them} at the end of the tab.',
    nl: 'Het OKR-tabblad mist de {count:kolom|kolommen} {columns}. {name.repair} voegt {count:die|ze} achteraan het tabblad toe.',
  },
  'health.formulaOverwritten': {
    en: "{id}: the add-on's formula is missing in {columns} (typed over, deleted, or out of date after rows were sorted or changed by hand), so this row does not compute as it should: a roll-up shows ⚠ until then.",
    nl: '{id}: in {columns} ontbreekt de formule van de add-on (overschreven, gewist of verouderd nadat rijen met de hand zijn gesorteerd of gewijzigd), dus deze rij rekent niet goed: een optelling toont ⚠ tot dan.',
  },
  'fix.formulaOverwritten': {
    en: 'Choose {name.repair} (in the add-on menu, or in the sidebar under {name.health}) to restore the formulas; type in the input columns instead.',
    nl: 'Kies {name.repair} (in het add-onmenu, of in de zijbalk onder {name.health}) om de formules terug te zetten; typ voortaan in de invoerkolommen.',
  },
  'fix.repair': {
    en: 'Choose {name.repair}.',
    nl: 'Kies {name.repair}.',
  },
  'health.word.noWord': {
    en: 'On the settings tab, {cell} (table "{table}"): this row has a meaning but no word, so it is ignored.',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): deze rij heeft een betekenis maar geen woord en wordt daarom genegeerd.',
  },
  'health.word.notText': {
    en: 'On the settings tab, {cell} (table "{table}"): the word {value} is a number, and the formulas look up text only, so it is ignored.',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): het woord {value} is een getal en de formules zoeken alleen tekst op, dus het wordt genegeerd.',
  },
  'health.word.separators': {
    en: 'On the settings tab, {cell} (table "{table}"): "{value}" contains a space, "-" or "_"; kinds are looked up without them, so this word never matches.',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): "{value}" bevat een spatie, "-" of "_"; soorten worden zonder die tekens opgezocht, dus dit woord past nooit.',
  },
  'health.word.padded': {
    en: 'On the settings tab, {cell} (table "{table}"): "{value}" has spaces before or after it, so it never matches a cell.',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): "{value}" heeft spaties ervoor of erachter, dus het past nooit op een cel.',
  },
  'health.word.kindMeaning': {
    en: 'On the settings tab, {cell} (table "{table}"): "{value}" is not a kind; the second column must hold one of {kinds}.',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): "{value}" is geen soort; in de tweede kolom moet een van {kinds} staan.',
  },
  'health.word.doneMeaning': {
    en: 'On the settings tab, {cell} (table "{table}"): "{value}" must be 1 (done) or 0 (open).',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): "{value}" moet 1 (klaar) of 0 (open) zijn.',
  },
  'health.word.periodSpelling': {
    en: 'On the settings tab, {cell} (table "{table}"): "{value}" cannot be looked up: write a period with one # for the year and without spaces, "-" or "/" (like #Q1).',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): "{value}" is niet op te zoeken: schrijf een periode met één # voor het jaar en zonder spaties, "-" of "/" (zoals #K1).',
  },
  'health.word.periodMonths': {
    en: 'On the settings tab, {cell} (table "{table}"): first month {value} with that number of months is neither a year (1 and 12) nor a quarter (1, 4, 7 or 10 and 3), the only periods the add-on knows.',
    nl: 'Op het tabblad met instellingen, {cell} (tabel "{table}"): eerste maand {value} met dat aantal maanden is geen jaar (1 en 12) en geen kwartaal (1, 4, 7 of 10 en 3), de enige perioden die de add-on kent.',
  },
  'fix.wordRow': {
    en: 'Correct that row of the table on the settings tab, or delete it; the other words keep working.',
    nl: 'Verbeter die rij van de tabel op het tabblad Instellingen, of verwijder hem; de andere woorden blijven werken.',
  },
} as const satisfies Catalogue;
