// The workbook's messages: menu labels, confirmations, validation errors of the server API,
// health-check findings and their fixes, and the example OKR set of Set up.
import type { Catalogue } from '../i18n';

export const workbookMessages = {
  // Menu (labels are built in onOpen, which may run without access to the user's locale)
  'menu.sidebar': { en: 'Open OKR sidebar', nl: 'OKR-zijbalk openen' },
  'menu.setUp': { en: 'Set up OKR workbook', nl: 'OKR-werkboek inrichten' },
  'menu.structure': { en: 'Structure this sheet', nl: 'Dit blad structureren' },
  'menu.health': { en: 'Health check', nl: 'Gezondheidscheck' },
  'menu.repair': { en: 'Repair formulas and layout', nl: 'Formules en opmaak herstellen' },
  'sidebar.title': { en: 'OKRs', nl: "OKR's" },

  // Confirmations
  'done.setUp': {
    en: 'The OKR workbook is ready: {items} items on the tab "{sheet}".',
    nl: 'Het OKR-werkboek staat klaar: {items} items op het tabblad "{sheet}".',
  },
  'done.setUpAgain': {
    en: 'The OKR workbook was already set up; nothing was duplicated. Formulas and layout are up to date.',
    nl: 'Het OKR-werkboek was al ingericht; er is niets dubbel gemaakt. Formules en opmaak zijn bijgewerkt.',
  },
  'done.added': { en: '{id} added.', nl: '{id} toegevoegd.' },
  'done.updated': { en: '{id} updated.', nl: '{id} bijgewerkt.' },
  'done.moved': { en: '{id} moved under {parent}.', nl: '{id} verplaatst naar {parent}.' },
  'done.movedTop': { en: '{id} moved.', nl: '{id} verplaatst.' },
  'done.deleted': { en: '{count} item(s) deleted.', nl: '{count} item(s) verwijderd.' },
  'done.checkIn': {
    en: 'Check-in saved for {id}: {value}.',
    nl: 'Check-in opgeslagen voor {id}: {value}.',
  },
  'done.repaired': {
    en: 'Repaired: {fixed}. Dropdowns, formats and protections were laid again; no other values changed.',
    nl: 'Hersteld: {fixed}. Keuzelijsten, opmaak en beveiliging zijn opnieuw toegepast; verder zijn geen waarden gewijzigd.',
  },
  'done.repairedNothing': {
    en: 'Nothing needed fixing: every formula, ID and column was in place. Dropdowns, formats and protections were laid again; no values changed.',
    nl: 'Er hoefde niets hersteld te worden: elke formule, ID en kolom was in orde. Keuzelijsten, opmaak en beveiliging zijn opnieuw toegepast; geen waarden gewijzigd.',
  },
  'repair.formulas': {
    en: 'formulas put back on {count} row(s)',
    nl: 'formules teruggezet op {count} rij(en)',
  },
  'repair.ids': {
    en: '{count} new ID(s) for rows without one or with a duplicate',
    nl: '{count} nieuwe ID(s) voor rijen zonder of met een dubbele ID',
  },
  'repair.columns': {
    en: 'column(s) {columns} added at the end',
    nl: 'kolom(men) {columns} achteraan toegevoegd',
  },
  'repair.fresh': {
    en: 'the empty OKR tab laid out afresh',
    nl: 'het lege OKR-tabblad opnieuw ingericht',
  },
  'done.structured': {
    en: 'Structured into "{sheet}": {objectives} objectives, {keyResults} key results, {initiatives} initiatives. The source sheet was not changed.',
    nl: 'Gestructureerd in "{sheet}": {objectives} doelstellingen, {keyResults} kernresultaten, {initiatives} initiatieven. Het bronblad is niet gewijzigd.',
  },
  'done.structuredSkipped': {
    en: '{count} item(s) already on the OKR tab were skipped.',
    nl: '{count} item(s) die al op het OKR-tabblad stonden, zijn overgeslagen.',
  },
  'done.structuredNothingNew': {
    en: 'Nothing written: all {count} item(s) of this sheet are already on the OKR tab (same title, parent and period). To add them again, choose to write them again.',
    nl: 'Niets geschreven: alle {count} item(s) van dit blad staan al op het OKR-tabblad (zelfde titel, bovenliggend item en periode). Kies "opnieuw schrijven" om ze nog eens toe te voegen.',
  },
  'done.healthy': { en: 'No problems found.', nl: 'Geen problemen gevonden.' },
  'done.findings': {
    en: '{count} finding(s). Open the sidebar to go to each row.',
    nl: '{count} bevinding(en). Open de zijbalk om naar elke rij te gaan.',
  },
  'prompt.structure': {
    en: 'Structure "{sheet}": {objectives} objectives, {keyResults} key results, {initiatives} initiatives, {warnings} warning(s), {notes} row(s) in the Notes of an item, {unplaced} row(s) not placed. Write the OKR tab?',
    nl: '"{sheet}" structureren: {objectives} doelstellingen, {keyResults} kernresultaten, {initiatives} initiatieven, {warnings} waarschuwing(en), {notes} rij(en) in de Notities van een item, {unplaced} rij(en) niet geplaatst. Het OKR-tabblad schrijven?',
  },
  'prompt.structureDuplicates': {
    en: '{count} item(s) of this sheet are already on the OKR tab (same title, parent and period). Write them again as well (duplicates)?\n\nYes: write them again. No: skip them and write only the new items.',
    nl: '{count} item(s) van dit blad staan al op het OKR-tabblad (zelfde titel, bovenliggend item en periode). Ook die opnieuw schrijven (dubbel)?\n\nJa: opnieuw schrijven. Nee: overslaan en alleen de nieuwe items schrijven.',
  },
  'prompt.setUpExample': {
    en: 'Fill the new workbook with an example at company, team and personal level? (No: empty tabs)',
    nl: 'Het nieuwe werkboek vullen met een voorbeeld op bedrijfs-, team- en persoonlijk niveau? (Nee: lege tabbladen)',
  },

  // Errors of the API (what happened and what to do)
  'err.notSetUp': {
    en: 'There is no OKR tab yet. Choose Extensions → OKR Sheets → Set up OKR workbook first.',
    nl: 'Er is nog geen OKR-tabblad. Kies eerst Extensies → OKR Sheets → OKR-werkboek inrichten.',
  },
  'err.badRequest': {
    en: 'The request was not understood ({detail}). Reload the sidebar and try again.',
    nl: 'Het verzoek is niet begrepen ({detail}). Laad de zijbalk opnieuw en probeer het nog eens.',
  },
  'err.field': {
    en: '{field}: {problem}',
    nl: '{field}: {problem}',
  },
  'err.tooLong': {
    en: '{field} is longer than {max} characters: shorten it.',
    nl: '{field} is langer dan {max} tekens: maak het korter.',
  },
  'err.required': { en: '{field} is empty: fill it in.', nl: '{field} is leeg: vul het in.' },
  'err.notAllowed': {
    en: '{field} "{value}" is not allowed: choose one of {allowed}.',
    nl: '{field} "{value}" is niet toegestaan: kies een van {allowed}.',
  },
  'err.notANumber': {
    en: '{field} "{value}" is not a number: enter a number such as 30 or 45%.',
    nl: '{field} "{value}" is geen getal: vul een getal in zoals 30 of 45%.',
  },
  'err.unknownId': {
    en: 'There is no item with ID "{id}" on the OKR tab. Refresh the sidebar; it may have been deleted or renamed.',
    nl: 'Er is geen item met ID "{id}" op het OKR-tabblad. Vernieuw de zijbalk; het is misschien verwijderd of hernoemd.',
  },
  'err.objectiveHasNoParent': {
    en: 'An objective sits at the top: it cannot go under "{id}". To connect it to a key result one level up, use Aligned to.',
    nl: 'Een doelstelling staat bovenaan: die kan niet onder "{id}". Gebruik Draagt bij aan om haar te verbinden met een kernresultaat een niveau hoger.',
  },
  'err.wrongParent': {
    en: 'The parent of this {type} must be of type {parentType}, and "{id}" is not. Choose one of that type.',
    nl: 'De ouder van dit {type} moet van het type {parentType} zijn, en "{id}" is dat niet. Kies er een van dat type.',
  },
  'err.parentNeeded': {
    en: 'This {type} needs a parent ({parentType}): choose one.',
    nl: 'Dit {type} heeft een bovenliggend item nodig ({parentType}): kies er een.',
  },
  'err.closedContinued': {
    en: '{id} is closed: its period {period} was closed. Check in on {next}, its continuation.',
    nl: '{id} is afgesloten: de periode {period} is afgesloten. Check in op {next}, het vervolg.',
  },
  'err.closed': {
    en: '{id} is closed: its period {period} was closed, so it takes no more check-ins. To reopen it, clear its Closed cell on the OKR tab.',
    nl: '{id} is afgesloten: de periode {period} is afgesloten, dus er kan niet meer op worden ingecheckt. Maak de cel Afgesloten op het OKR-tabblad leeg om het te heropenen.',
  },
  'err.notKeyResult': {
    en: '"{id}" is not a key result; only key results take check-ins.',
    nl: '"{id}" is geen kernresultaat; alleen kernresultaten krijgen check-ins.',
  },
  'err.hasChildren': {
    en: '"{id}" has {count} item(s) below it. Delete them too (tick "with children") or move them first.',
    nl: '"{id}" heeft {count} item(s) eronder. Verwijder die ook (vink "met onderliggende" aan) of verplaats ze eerst.',
  },
  'err.ownDescendant': {
    en: '"{id}" cannot move under itself or one of its own items.',
    nl: '"{id}" kan niet onder zichzelf of een eigen onderliggend item worden geplaatst.',
  },
  'err.lockTimeout': {
    en: 'Someone else is changing the OKR workbook right now. Wait a few seconds and try again; nothing was changed.',
    nl: 'Iemand anders wijzigt het OKR-werkboek op dit moment. Wacht een paar seconden en probeer het opnieuw; er is niets gewijzigd.',
  },
  'err.noDocumentLock': {
    en: 'The add-on runs outside a spreadsheet here, so it cannot lock the workbook for this change. Open the spreadsheet and use the add-on from its Extensions menu; nothing was changed.',
    nl: 'De add-on draait hier buiten een spreadsheet en kan het werkboek dus niet vergrendelen voor deze wijziging. Open de spreadsheet en gebruik de add-on via het menu Extensies; er is niets gewijzigd.',
  },
  'err.lockFailed': {
    en: 'The workbook could not be locked for this change ({reason}). Try again in a moment; nothing was changed.',
    nl: 'Het werkboek kon niet worden vergrendeld voor deze wijziging ({reason}). Probeer het zo opnieuw; er is niets gewijzigd.',
  },
  'err.noHeader': {
    en: 'The OKR tab "{sheet}" has no header row (the row naming ID, Type, Title, Parent …), so its rows cannot be read. Put it back with Edit → Undo or File → Version history; nothing was changed.',
    nl: 'Het OKR-tabblad "{sheet}" heeft geen kopregel (de rij met ID, Type, Titel, Hoort bij …), dus de rijen kunnen niet worden gelezen. Zet die terug met Bewerken → Ongedaan maken of Bestand → Versiegeschiedenis; er is niets gewijzigd.',
  },
  'err.missingColumns': {
    en: 'The OKR tab lacks the column(s) {columns}. Choose Repair formulas and layout to add them back.',
    nl: 'Het OKR-tabblad mist de kolom(men) {columns}. Kies Formules en opmaak herstellen om ze terug te zetten.',
  },
  'err.noSheet': {
    en: 'There is no tab named "{sheet}". Pick one of the tabs of this spreadsheet.',
    nl: 'Er is geen tabblad met de naam "{sheet}". Kies een van de tabbladen van deze spreadsheet.',
  },
  'err.sourceIsOkr': {
    en: '"{sheet}" is already the structured OKR tab. Pick the loose sheet to structure.',
    nl: '"{sheet}" is al het gestructureerde OKR-tabblad. Kies het losse blad dat je wilt structureren.',
  },
  'err.nothingFound': {
    en: 'No objectives or key results were found in "{sheet}". Check that it has a header row (e.g. Objective, Key result) or Objective:/KR: markers.{details}',
    nl: 'In "{sheet}" zijn geen doelstellingen of kernresultaten gevonden. Controleer of er een kopregel is (bijv. Doelstelling, Kernresultaat) of Doelstelling:/KR:-markeringen.{details}',
  },
  'err.importerMissing': {
    en: 'Structuring is not available in this version.',
    nl: 'Structureren is in deze versie niet beschikbaar.',
  },
  'err.timeBudget': {
    en: 'Reading and preparing took {seconds} s, too long to finish within the 6-minute limit of Google Apps Script, so nothing was changed. Try again in a moment; if it keeps happening, move closed periods to another spreadsheet.',
    nl: 'Lezen en voorbereiden duurde {seconds} s, te lang om binnen de limiet van 6 minuten van Google Apps Script klaar te zijn, dus er is niets gewijzigd. Probeer het zo opnieuw; gebeurt dit vaker, verplaats dan afgesloten perioden naar een andere spreadsheet.',
  },
  'err.unexpected': {
    en: 'Something went wrong: {detail}. Nothing was changed; try again or run Repair.',
    nl: 'Er ging iets mis: {detail}. Er is niets gewijzigd; probeer het opnieuw of kies Herstellen.',
  },

  // Field names (in messages)
  'field.title': { en: 'Title', nl: 'Titel' },
  'field.type': { en: 'Type', nl: 'Type' },
  'field.level': { en: 'Level', nl: 'Niveau' },
  'field.team': { en: 'Team', nl: 'Team' },
  'field.owner': { en: 'Owner', nl: 'Eigenaar' },
  'field.period': { en: 'Period', nl: 'Periode' },
  'field.parentId': { en: 'Parent', nl: 'Hoort bij' },
  'field.alignedTo': { en: 'Aligned to', nl: 'Draagt bij aan' },
  'field.kind': { en: 'Kind', nl: 'Soort' },
  'field.start': { en: 'Start', nl: 'Start' },
  'field.target': { en: 'Target', nl: 'Doel' },
  'field.current': { en: 'Current', nl: 'Huidig' },
  'field.unit': { en: 'Unit', nl: 'Eenheid' },
  'field.weight': { en: 'Weight', nl: 'Gewicht' },
  'field.confidence': { en: 'Confidence', nl: 'Vertrouwen' },
  'field.notes': { en: 'Notes', nl: 'Notities' },
  'field.sourceId': { en: 'Continued from', nl: 'Vervolg van' },
  'field.id': { en: 'ID', nl: 'ID' },
  'field.value': { en: 'Value', nl: 'Waarde' },
  'field.note': { en: 'Note', nl: 'Notitie' },
  'field.sheetName': { en: 'Sheet', nl: 'Blad' },
  'field.lang': { en: 'Language', nl: 'Taal' },

  // Settings tab
  'settings.header.setting': { en: 'Setting', nl: 'Instelling' },
  'settings.header.value': { en: 'Value', nl: 'Waarde' },
  'settings.header.explanation': { en: 'Explanation', nl: 'Uitleg' },
  'settings.language': { en: 'Language of the sheet', nl: 'Taal van het blad' },
  'settings.language.help': {
    en: 'en or nl: the words the add-on writes into the OKR tab (headers, levels, statuses).',
    nl: 'en of nl: de woorden die de add-on in het OKR-tabblad schrijft (koppen, niveaus, statussen).',
  },
  'settings.onTrack': { en: 'On track from', nl: 'Op koers vanaf' },
  'settings.onTrack.help': {
    en: 'Progress ÷ expected progress at or above this is On track (default 0.9).',
    nl: 'Voortgang ÷ verwachte voortgang vanaf deze waarde is Op koers (standaard 0,9).',
  },
  'settings.atRisk': { en: 'At risk from', nl: 'Risico vanaf' },
  'settings.atRisk.help': {
    en: 'Progress ÷ expected progress at or above this (and below On track) is At risk; lower is Off track (default 0.7).',
    nl: 'Voortgang ÷ verwachte voortgang vanaf deze waarde (en onder Op koers) is Risico; lager is Uit koers (standaard 0,7).',
  },

  // Health rules: message and fix
  'health.krCount.few': {
    en: 'Objective {id} has {count} key result(s); the method advises 2 to 5.',
    nl: 'Doelstelling {id} heeft {count} kernresultaat/kernresultaten; de methode adviseert 2 tot 5.',
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
    en: 'Give the copies a new ID (Repair does this) and fix links that meant them.',
    nl: 'Geef de kopieën een nieuw ID (Herstellen doet dit) en pas koppelingen aan die ze bedoelden.',
  },
  'health.missingId': { en: 'Row {row} has no ID.', nl: 'Rij {row} heeft geen ID.' },
  'fix.missingId': {
    en: 'Choose Repair to give it one.',
    nl: 'Kies Herstellen om er een te geven.',
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
  'health.missingColumns': {
    en: 'The OKR tab lacks the column(s) {columns}: progress, status and grade cannot be computed, and adding, editing and checking in are refused until they are back.',
    nl: 'Het OKR-tabblad mist de kolom(men) {columns}: voortgang, status en score kunnen niet worden berekend, en toevoegen, wijzigen en inchecken worden geweigerd tot ze terug zijn.',
  },
  'health.outdatedColumns': {
    en: 'The OKR tab was made by an older version of the add-on: some hidden calculation columns are missing. The next change you make adds them (or choose Repair formulas and layout now).',
    nl: 'Het OKR-tabblad is gemaakt met een oudere versie van de add-on: er ontbreken verborgen rekenkolommen. De volgende wijziging voegt ze toe (of kies nu Formules en opmaak herstellen).',
  },
  'health.formulaOverwritten': {
    en: "{id}: the add-on's formula is missing in {columns} (typed over, deleted, or out of date after rows were sorted or changed by hand), so this row does not compute as it should: a roll-up shows ⚠ until then.",
    nl: '{id}: in {columns} ontbreekt de formule van de add-on (overschreven, gewist of verouderd nadat rijen met de hand zijn gesorteerd of gewijzigd), dus deze rij rekent niet goed: een optelling toont ⚠ tot dan.',
  },
  'fix.formulaOverwritten': {
    en: 'Use Repair formulas and layout (add-on menu) or Repair sheet (health check in the sidebar) to restore the formulas; type in the input columns instead.',
    nl: 'Kies Formules en opmaak herstellen (add-onmenu) of Blad herstellen (gezondheidscheck in de zijbalk) om de formules terug te zetten; typ voortaan in de invoerkolommen.',
  },
  'fix.repair': {
    en: 'Choose Repair formulas and layout.',
    nl: 'Kies Formules en opmaak herstellen.',
  },

  // The example of Set up
  'example.o1': {
    en: 'By the end of {year} at least 100 paying customers',
    nl: 'Aan het einde van {year} minstens 100 betalende klanten',
  },
  'example.o1.kr1': {
    en: 'In the first 3 months of the year 30 paying customers come in through the marketing campaign',
    nl: 'In de eerste 3 maanden van het jaar komen 30 betalende klanten binnen via de marketingcampagne',
  },
  'example.o1.kr2': {
    en: 'Monthly churn from 2.5% to 1.8%',
    nl: 'Maandelijkse opzeggingen van 2,5% naar 1,8%',
  },
  'example.o1.kr1.i1': {
    en: 'Every month I post about our products and advertise on social media',
    nl: 'Elke maand post ik over onze producten en adverteer ik op social media',
  },
  'example.o1.kr2.i1': {
    en: 'Call every customer who cancels',
    nl: 'Iedere klant die opzegt persoonlijk bellen',
  },
  'example.o2': {
    en: 'Marketing brings in half of all new customers',
    nl: 'Marketing levert de helft van alle nieuwe klanten',
  },
  'example.o2.kr1': {
    en: '500 newsletter sign-ups',
    nl: '500 aanmeldingen voor de nieuwsbrief',
  },
  'example.o2.kr2': {
    en: 'Cost per lead from 40 to 25 euro',
    nl: 'Kosten per lead van 40 naar 25 euro',
  },
  'example.o2.kr2.i1': {
    en: 'Test a campaign on LinkedIn',
    nl: 'Campagne op LinkedIn testen',
  },
  'example.o3': {
    en: 'I become an expert in online advertising',
    nl: 'Ik word expert in online adverteren',
  },
  'example.o3.kr1': {
    en: 'Google Ads certificate obtained',
    nl: 'Certificaat Google Ads behaald',
  },
  'example.o3.kr2': {
    en: '3 A/B tests a month',
    nl: '3 A/B-tests per maand',
  },
  'example.team': { en: 'Marketing', nl: 'Marketing' },
  'example.owner1': { en: 'Anna de Vries', nl: 'Anna de Vries' },
  'example.owner2': { en: 'Eva Bakker', nl: 'Eva Bakker' },
} as const satisfies Catalogue;
