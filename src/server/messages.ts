// The server's messages: menu labels, confirmations, errors of the API, the names of fields in
// those errors, and the settings tab. The server's `t` (src/server/i18n.ts) reads these and
// the core's tables.
import type { Catalogue } from '../core/i18n';

export const serverMessages = {
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
} as const satisfies Catalogue;
