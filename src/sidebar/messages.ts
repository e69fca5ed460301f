// The sidebar's UI strings (src/sidebar). Names of levels, types, statuses, kinds and
// confidence come from the core catalogue, and the names of the add-on's actions and views
// (`{name.health}` …) from src/core/messages/names.ts; these are the sidebar's own words.
import type { Catalogue } from '../core/placeholders';

export const sidebarMessages = {
  'sidebar.appTitle': { en: '{name.appTitle}', nl: '{name.appTitle}' },
  'sidebar.language': { en: 'Language', nl: 'Taal' },
  'sidebar.loading': { en: 'Loading…', nl: 'Laden…' },
  'sidebar.working': { en: 'Working…', nl: 'Bezig…' },
  'sidebar.retry': { en: 'Try again', nl: 'Opnieuw proberen' },
  'sidebar.dismiss': { en: 'Dismiss', nl: 'Sluiten' },
  'sidebar.cancel': { en: 'Cancel', nl: 'Annuleren' },
  'sidebar.views': { en: 'Views', nl: 'Weergaven' },

  'sidebar.navMine': { en: '{name.mine}', nl: '{name.mine}' },
  'sidebar.navOverview': { en: '{name.overview}', nl: '{name.overview}' },
  'sidebar.navAdd': { en: '{name.add}', nl: '{name.add}' },
  'sidebar.navEdit': { en: '{name.edit}', nl: '{name.edit}' },
  'sidebar.navCheckIn': { en: '{name.checkIn}', nl: '{name.checkIn}' },
  'sidebar.navHealth': { en: '{name.health}', nl: '{name.health}' },
  'sidebar.navPeriod': { en: '{name.period}', nl: '{name.period}' },

  'sidebar.errorTitle': { en: 'That did not work', nl: 'Dat is niet gelukt' },
  'sidebar.errorServerHint': {
    en: 'Check the message above, fix the input or the sheet, and try again.',
    nl: 'Lees de melding hierboven, pas de invoer of het blad aan en probeer het opnieuw.',
  },
  'sidebar.errorOfflineHint': {
    en: 'The connection to Google Sheets was lost. Check your connection and try again, or reopen the sidebar.',
    nl: 'De verbinding met Google Spreadsheets is verbroken. Controleer je verbinding en probeer het opnieuw, of open de zijbalk opnieuw.',
  },
  'sidebar.errorUnavailable': {
    en: 'This action is not available in this version of the add-on yet.',
    nl: 'Deze actie is nog niet beschikbaar in deze versie van de add-on.',
  },
  'sidebar.errorUnavailableHint': {
    en: 'Update the add-on or use the menu instead.',
    nl: 'Werk de add-on bij of gebruik het menu.',
  },
  'sidebar.loadFailed': {
    en: 'The OKRs could not be loaded.',
    nl: "De OKR's konden niet worden geladen.",
  },

  'sidebar.setUpTitle': {
    en: 'Set up OKRs in this spreadsheet',
    nl: "OKR's inrichten in deze spreadsheet",
  },
  'sidebar.setUpIntro': {
    en: 'This creates the OKR tab where objectives, key results and initiatives live.',
    nl: 'Hiermee maak je het OKR-tabblad voor doelstellingen, kernresultaten en initiatieven.',
  },
  'sidebar.setUpExample': {
    en: 'Fill it with an example at three levels',
    nl: 'Vul het met een voorbeeld op drie niveaus',
  },
  'sidebar.setUpButton': { en: '{name.setUp}', nl: '{name.setUp}' },
  'sidebar.structureTitle': {
    en: 'Or start from your own sheet',
    nl: 'Of begin met je eigen blad',
  },
  'sidebar.structureIntro': {
    en: 'Keep your OKRs in a tab of your own? Open it, then check what the add-on reads from it. That tab is never changed.',
    nl: "Staan je OKR's in een eigen tabblad? Open het en bekijk wat de add-on eruit leest. Dat tabblad wordt nooit gewijzigd.",
  },
  'sidebar.structureCheck': { en: 'Check the open tab', nl: 'Het geopende tabblad bekijken' },
  'sidebar.structureFound': {
    en: '"{sheet}": {objectives} {objectives:objective|objectives}, {keyResults} {keyResults:key result|key results}, {initiatives} {initiatives:initiative|initiatives}.',
    nl: '"{sheet}": {objectives} {objectives:doelstelling|doelstellingen}, {keyResults} {keyResults:kernresultaat|kernresultaten}, {initiatives} {initiatives:initiatief|initiatieven}.',
  },
  'sidebar.structureColumns': { en: 'Columns read: {columns}', nl: 'Gelezen kolommen: {columns}' },
  'sidebar.structureNotes': {
    en: 'Into Notes: {columns}',
    nl: 'Naar Notities: {columns}',
  },
  'sidebar.structureContext': {
    en: 'Read from lines that are not items',
    nl: 'Gelezen uit regels die geen item zijn',
  },
  'sidebar.structureWarnings': { en: 'Warnings', nl: 'Waarschuwingen' },
  'sidebar.structurePlacedNotes': {
    en: 'Rows placed in the Notes of an item',
    nl: 'Rijen in de Notities van een item',
  },
  'sidebar.structureNote': {
    en: 'Row {row} → Notes of "{title}": {text}',
    nl: 'Rij {row} → Notities van "{title}": {text}',
  },
  'sidebar.structureExisting': {
    en: '{count} {count:item|items} of this tab {count:is|are} already on the OKR tab (same title, parent and period); {count:it is|they are} skipped.',
    nl: '{count} {count:item|items} van dit tabblad {count:staat|staan} al op het OKR-tabblad (zelfde titel, bovenliggend item en periode); {count:het wordt|ze worden} overgeslagen.',
  },
  'sidebar.structureWriteAgain': {
    en: 'Write them again as well (duplicates)',
    nl: 'Ook die opnieuw schrijven (dubbel)',
  },
  'sidebar.structureUnplaced': {
    en: 'Rows not placed (they stay in your tab)',
    nl: 'Niet geplaatste rijen (ze blijven in je tabblad)',
  },
  'sidebar.structureRow': { en: 'Row {row}: {text}', nl: 'Rij {row}: {text}' },
  'sidebar.structureWrite': { en: 'Write the OKR tab', nl: 'OKR-tabblad schrijven' },

  'sidebar.filters': { en: 'Filters', nl: 'Filters' },
  'sidebar.filterPeriod': { en: 'Period', nl: 'Periode' },
  'sidebar.filterLevel': { en: 'Level', nl: 'Niveau' },
  'sidebar.filterTeam': { en: 'Team', nl: 'Team' },
  'sidebar.filterOwner': { en: 'Owner', nl: 'Eigenaar' },
  'sidebar.filterAttention': {
    en: 'Only what needs attention ({count}): {atRisk}, {offTrack} or due for a check-in',
    nl: 'Alleen wat aandacht vraagt ({count}): {atRisk}, {offTrack} of aan de beurt voor een check-in',
  },
  'sidebar.all': { en: 'All', nl: 'Alle' },
  'sidebar.noTeam': { en: 'No team', nl: 'Geen team' },
  'sidebar.emptyAttention': {
    en: 'Nothing needs attention in this selection: every key result is on track and checked in.',
    nl: 'Niets vraagt aandacht in deze selectie: elk kernresultaat ligt op koers en is ingecheckt.',
  },
  'sidebar.emptyPeriod': {
    en: 'No OKRs for this selection yet. Add an objective to start.',
    nl: "Nog geen OKR's voor deze selectie. Voeg een doelstelling toe om te beginnen.",
  },
  'sidebar.addObjective': { en: 'Add objective', nl: 'Doelstelling toevoegen' },
  'sidebar.progressOf': { en: 'Progress {value}', nl: 'Voortgang {value}' },
  'sidebar.expectedAt': { en: 'expected {value}', nl: 'verwacht {value}' },
  'sidebar.confidenceShort': { en: 'Confidence: {value}', nl: 'Vertrouwen: {value}' },
  'sidebar.gradeShort': { en: 'Grade {value}', nl: 'Score {value}' },
  'sidebar.initiativesDone': { en: '{done} of {total} done', nl: '{done} van {total} klaar' },
  'sidebar.done': { en: 'Done', nl: 'Klaar' },
  'sidebar.open': { en: 'Open', nl: 'Open' },
  'sidebar.selectRow': { en: 'Select row {row} of {title}', nl: 'Selecteer rij {row} van {title}' },
  'sidebar.edit': { en: '{name.edit}', nl: '{name.edit}' },
  'sidebar.editItem': { en: '{name.edit} {title}', nl: '{title} bewerken' },
  'sidebar.checkInItem': { en: 'Check in on {title}', nl: 'Inchecken voor {title}' },
  'sidebar.ownerShort': { en: 'Owner: {value}', nl: 'Eigenaar: {value}' },
  'sidebar.lastCheckIn': { en: 'Last check-in {date}', nl: 'Laatst ingecheckt {date}' },
  'sidebar.alignedTo': { en: 'Aligned to {id}', nl: 'Draagt bij aan {id}' },
  'sidebar.closed': { en: 'Closed', nl: 'Afgesloten' },

  'sidebar.formAddTitle': { en: 'Add an OKR item', nl: 'OKR-onderdeel toevoegen' },
  'sidebar.formEditTitle': { en: '{name.edit} {id}', nl: '{id} bewerken' },
  'sidebar.fieldType': { en: 'Type', nl: 'Type' },
  'sidebar.fieldTitle': { en: 'Title', nl: 'Titel' },
  'sidebar.fieldLevel': { en: 'Level', nl: 'Niveau' },
  'sidebar.fieldTeam': { en: 'Team', nl: 'Team' },
  'sidebar.fieldOwner': { en: 'Owner', nl: 'Eigenaar' },
  'sidebar.fieldPeriod': { en: 'Period', nl: 'Periode' },
  'sidebar.fieldParentObjective': { en: 'Objective', nl: 'Doelstelling' },
  'sidebar.fieldParentKr': { en: 'Key result', nl: 'Kernresultaat' },
  'sidebar.fieldAlignedTo': { en: 'Aligned to (optional)', nl: 'Draagt bij aan (optioneel)' },
  'sidebar.fieldKind': { en: 'Kind', nl: 'Soort' },
  'sidebar.fieldStart': { en: 'Start', nl: 'Start' },
  'sidebar.fieldTarget': { en: 'Target', nl: 'Doel' },
  'sidebar.fieldUnit': { en: 'Unit', nl: 'Eenheid' },
  'sidebar.fieldWeight': { en: 'Weight', nl: 'Gewicht' },
  'sidebar.fieldNotes': { en: 'Notes', nl: 'Notities' },
  'sidebar.showMore': {
    en: 'Show {count} more {count:objective|objectives} ({total} not shown)',
    nl: 'Nog {count} {count:doelstelling|doelstellingen} tonen ({total} niet getoond)',
  },
  'sidebar.kindAuto': { en: 'Auto (from start and target)', nl: 'Automatisch (uit start en doel)' },
  'sidebar.noAlignment': { en: 'None', nl: 'Geen' },
  'sidebar.choose': { en: 'Choose…', nl: 'Kies…' },
  'sidebar.noParents': {
    en: 'There is nothing to attach this to yet: add a {type} first.',
    nl: 'Er is nog niets om dit aan te koppelen: voeg eerst een {type} toe.',
  },
  'sidebar.inheritsFromParent': {
    en: 'Level, team and period come from the objective.',
    nl: 'Niveau, team en periode komen van de doelstelling.',
  },
  'sidebar.save': { en: 'Save', nl: 'Opslaan' },
  'sidebar.add': { en: 'Add', nl: 'Toevoegen' },
  'sidebar.delete': { en: 'Delete', nl: 'Verwijderen' },
  'sidebar.deleteConfirm': { en: 'Delete “{title}”?', nl: '“{title}” verwijderen?' },
  'sidebar.deleteWithChildren': {
    en: 'The {count} {count:item|items} below it {count:is|are} deleted too.',
    nl: '{count:Het item|De items} eronder {count:wordt|worden} ook verwijderd.',
  },
  'sidebar.deleteYes': { en: 'Yes, delete', nl: 'Ja, verwijderen' },
  'sidebar.chooseItemToEdit': {
    en: 'Choose an item in the {name.overview} and press {name.edit}.',
    nl: 'Kies een onderdeel in het {name.overview} en klik op {name.edit}.',
  },
  'sidebar.errTitleRequired': { en: 'Enter a title.', nl: 'Vul een titel in.' },
  'sidebar.errTooLong': {
    en: 'At most {max} characters; this is {count}. Shorten it.',
    nl: 'Hoogstens {max} tekens; dit zijn er {count}. Maak het korter.',
  },
  'sidebar.errParentRequired': {
    en: 'Choose where this belongs.',
    nl: 'Kies waar dit onder valt.',
  },
  'sidebar.errNumber': {
    en: 'Enter a number, for example {example}.',
    nl: 'Vul een getal in, bijvoorbeeld {example}.',
  },
  'sidebar.errTargetRequired': {
    en: 'Enter a target so the key result is measurable.',
    nl: 'Vul een doel in zodat het kernresultaat meetbaar is.',
  },
  'sidebar.errStartEqualsTarget': {
    en: 'Start equals target: choose the kind "at least" or "at most".',
    nl: 'Start is gelijk aan doel: kies het type "minimaal" of "maximaal".',
  },
  'sidebar.errWeightNegative': {
    en: 'Weight cannot be negative.',
    nl: 'Gewicht kan niet negatief zijn.',
  },
  'sidebar.errTeamRequired': { en: 'Enter a team.', nl: 'Vul een team in.' },
  'sidebar.errOwnerRequired': { en: 'Enter an owner.', nl: 'Vul een eigenaar in.' },
  'sidebar.errValueRequired': { en: 'Enter the current value.', nl: 'Vul de huidige waarde in.' },

  'sidebar.checkInTitle': {
    en: 'Check in on a key result',
    nl: 'Inchecken voor een kernresultaat',
  },
  'sidebar.fieldKeyResult': { en: 'Key result', nl: 'Kernresultaat' },
  'sidebar.fieldValue': { en: 'Current value', nl: 'Huidige waarde' },
  'sidebar.fieldValueUnit': { en: 'Current value ({unit})', nl: 'Huidige waarde ({unit})' },
  'sidebar.fieldMilestone': { en: 'Reached', nl: 'Behaald' },
  'sidebar.fieldConfidence': { en: 'Confidence', nl: 'Vertrouwen' },
  'sidebar.fieldNote': { en: 'Note', nl: 'Notitie' },
  'sidebar.notSet': { en: 'Not set', nl: 'Niet ingevuld' },
  'sidebar.checkInButton': { en: '{name.checkIn}', nl: '{name.checkIn}' },
  'sidebar.startTarget': { en: 'From {start} to {target}', nl: 'Van {start} naar {target}' },
  'sidebar.history': { en: 'History', nl: 'Geschiedenis' },
  'sidebar.historyEmpty': { en: 'No check-ins yet.', nl: 'Nog geen check-ins.' },
  'sidebar.historyLoading': { en: 'Loading history…', nl: 'Geschiedenis laden…' },
  'sidebar.noKeyResults': {
    en: 'There are no open key results yet. Add one first.',
    nl: 'Er zijn nog geen open kernresultaten. Voeg er eerst een toe.',
  },

  'sidebar.mineTitle': { en: '{name.mine}', nl: '{name.mine}' },
  'sidebar.mineOwner': { en: 'I am', nl: 'Ik ben' },
  'sidebar.mineOwnerHint': {
    en: 'The owner name of your key results. It is remembered for you alone.',
    nl: 'De eigenaarsnaam van je kernresultaten. Alleen voor jou onthouden.',
  },
  'sidebar.mineChooseOwner': { en: 'Choose your name', nl: 'Kies je naam' },
  'sidebar.mineNoOwner': {
    en: 'Choose your name above to see the key results you own.',
    nl: 'Kies hierboven je naam om je eigen kernresultaten te zien.',
  },
  'sidebar.mineNone': {
    en: '{owner} has no open key results in {period}.',
    nl: '{owner} heeft geen open kernresultaten in {period}.',
  },
  'sidebar.mineSummary': {
    en: '{count} {count:key result|key results} in {period}, {due} due (not checked in for more than {days} {days:day|days}).',
    nl: '{count} {count:kernresultaat|kernresultaten} in {period}, {due} aan de beurt (langer dan {days} {days:dag|dagen} niet ingecheckt).',
  },
  'sidebar.mineDue': { en: 'Due', nl: 'Aan de beurt' },
  'sidebar.mineLast': { en: 'Last check-in {date}', nl: 'Laatste check-in {date}' },
  'sidebar.mineNever': { en: 'Never checked in', nl: 'Nog nooit ingecheckt' },
  'sidebar.mineViaObjective': {
    en: 'No owner of its own: yours as the owner of {id}',
    nl: 'Geen eigen eigenaar: van jou als eigenaar van {id}',
  },
  'sidebar.mineSave': { en: 'Save check-ins', nl: 'Check-ins opslaan' },
  'sidebar.mineFix': {
    en: 'Nothing was saved: fix the {count} marked {count:value|values} first.',
    nl: 'Er is niets opgeslagen: verbeter eerst de {count} gemarkeerde {count:waarde|waarden}.',
  },
  'sidebar.mineNothingChanged': {
    en: 'Nothing changed: change a value, the confidence or a note, then save.',
    nl: 'Er is niets gewijzigd: wijzig een waarde, het vertrouwen of een notitie en sla dan op.',
  },

  'sidebar.healthTitle': { en: '{name.health}', nl: '{name.health}' },
  'sidebar.healthIntro': {
    en: 'Finds key results that are not measurable, missing owners, broken links and more.',
    nl: 'Vindt kernresultaten die niet meetbaar zijn, ontbrekende eigenaren, kapotte koppelingen en meer.',
  },
  'sidebar.healthRun': { en: 'Run health check', nl: 'Controle uitvoeren' },
  'sidebar.healthNone': { en: 'No problems found.', nl: 'Geen problemen gevonden.' },
  'sidebar.healthCount': {
    en: '{count} {count:finding|findings}',
    nl: '{count} {count:bevinding|bevindingen}',
  },
  'sidebar.healthRepair': { en: '{name.repair}', nl: '{name.repair}' },
  'sidebar.severityError': { en: 'Error', nl: 'Fout' },
  'sidebar.severityWarning': { en: 'Warning', nl: 'Waarschuwing' },
  'sidebar.goToRow': { en: 'Go to row {row}', nl: 'Ga naar rij {row}' },
  'sidebar.fixLabel': { en: 'Fix:', nl: 'Oplossing:' },

  'sidebar.periodTitle': { en: 'Period actions', nl: 'Periode-acties' },
  'sidebar.summaryTitle': { en: '{name.summaryTab}', nl: '{name.summaryTab}' },
  'sidebar.summaryIntro': {
    en: 'Builds a summary tab with progress per level and team, and charts.',
    nl: 'Maakt een samenvattingstabblad met voortgang per niveau en team, en grafieken.',
  },
  'sidebar.summaryBuild': { en: '{name.summary}', nl: '{name.summary}' },
  'sidebar.rolloverTitle': { en: '{name.nextQuarter}', nl: '{name.nextQuarter}' },
  'sidebar.rolloverIntro': {
    en: 'Closes {period}, grades its items and copies the ones you tick into the next quarter.',
    nl: 'Sluit {period} af, geeft de onderdelen een score en kopieert de aangevinkte naar het volgende kwartaal.',
  },
  'sidebar.rolloverList': { en: 'Choose what continues', nl: 'Kies wat doorloopt' },
  'sidebar.rolloverStart': { en: '{name.nextQuarter}', nl: '{name.nextQuarter}' },
  'sidebar.rolloverNone': {
    en: 'Nothing to continue in this period.',
    nl: 'In deze periode loopt niets door.',
  },
  'sidebar.rolloverQuarterOnly': {
    en: 'Choose a quarter to start the next one.',
    nl: 'Kies een kwartaal om het volgende te starten.',
  },
  'sidebar.continueItem': { en: 'Continue {title}', nl: '{title} laten doorlopen' },

  'sidebar.alignmentOpen': { en: '{name.alignment}', nl: '{name.alignment}' },
  'sidebar.alignmentTitle': { en: 'How the OKRs align', nl: "Hoe de OKR's op elkaar aansluiten" },
  'sidebar.alignmentIntro': {
    en: 'Team and personal objectives under the company and annual objectives they contribute to, through the key result they align to. Choose an objective to select its row in the sheet.',
    nl: 'Team- en persoonlijke doelstellingen onder de bedrijfs- en jaardoelstellingen waaraan ze bijdragen, via het kernresultaat waarop ze aansluiten. Kies een doelstelling om de rij in het blad te selecteren.',
  },
  'sidebar.alignmentTree': {
    en: 'Alignment of the objectives',
    nl: 'Afstemming van de doelstellingen',
  },
  'sidebar.alignmentKeys': {
    en: 'Arrow keys move through the map and open or close a branch; Enter selects the row in the sheet.',
    nl: 'Met de pijltjestoetsen ga je door de kaart en klap je een tak open of dicht; met Enter selecteer je de rij in het blad.',
  },
  'sidebar.alignmentEmpty': {
    en: 'No objectives in this period.',
    nl: 'Geen doelstellingen in deze periode.',
  },
  'sidebar.expandAll': { en: 'Expand all', nl: 'Alles uitklappen' },
  'sidebar.collapseAll': { en: 'Collapse all', nl: 'Alles inklappen' },
  'sidebar.alignedBelow': {
    en: '{count} aligned below',
    nl: '{count} sluiten hierop aan',
  },
  'sidebar.notAligned': { en: 'Not aligned', nl: 'Niet afgestemd' },
  'sidebar.alignedOutside': {
    en: 'Aligned to {id}, not in this period',
    nl: 'Draagt bij aan {id}, niet in deze periode',
  },
  'sidebar.rowSelected': {
    en: 'Row {row} is selected in the sheet.',
    nl: 'Rij {row} is geselecteerd in het blad.',
  },
} as const satisfies Catalogue;
