// Messages of the summary tabs and of "Start the next quarter".
import type { Catalogue } from '../placeholders';

export const summaryMessages = {
  // Tab and sections
  'summary.tabName': { en: '{name.summaryTab} {period}', nl: '{name.summaryTab} {period}' },
  'summary.title': { en: 'OKR summary {period}', nl: 'OKR-samenvatting {period}' },
  'summary.yearTitle': { en: 'OKR year summary {period}', nl: 'OKR-jaarsamenvatting {period}' },
  'summary.liveNote': {
    en: 'Sections without a date are live formulas over the OKR tab: they follow every edit. Sections marked “Snapshot” show the state when the tab was built.',
    nl: 'Onderdelen zonder datum zijn live formules over het OKR-tabblad: ze volgen elke wijziging. Onderdelen met “Momentopname” tonen de stand bij het maken van het tabblad.',
  },
  'summary.snapshotNote': {
    en: 'Snapshot of {date} — refresh to update',
    nl: 'Momentopname van {date} — vernieuw om bij te werken',
  },
  'summary.teamsNote': {
    en: 'Teams as of {date}; the counts are live — refresh to list new teams',
    nl: 'Teams van {date}; de aantallen zijn live — vernieuw om nieuwe teams te tonen',
  },
  'summary.chartLabel': { en: 'In the chart', nl: 'In de grafiek' },
  'summary.headline': { en: 'Headline figures', nl: 'Kerncijfers' },
  'summary.objectives': { en: 'Objectives', nl: 'Doelstellingen' },
  'summary.keyResults': { en: 'Key results', nl: 'Kernresultaten' },
  'summary.initiativesDone': { en: 'Initiatives done', nl: 'Initiatieven klaar' },
  'summary.initiativesTotal': { en: 'Initiatives in total', nl: 'Initiatieven totaal' },
  'summary.progress': { en: 'Progress', nl: 'Voortgang' },
  'summary.averageProgress': { en: 'Average progress', nl: 'Gemiddelde voortgang' },
  'summary.expectedToday': { en: 'Expected progress today', nl: 'Verwachte voortgang vandaag' },
  'summary.expected': { en: 'Expected', nl: 'Verwacht' },
  'summary.actual': { en: 'Actual', nl: 'Werkelijk' },
  'summary.byLevel': { en: 'Progress per level', nl: 'Voortgang per niveau' },
  'summary.level': { en: 'Level', nl: 'Niveau' },
  'summary.team': { en: 'Team', nl: 'Team' },
  'summary.noTeam': { en: '(no team)', nl: '(geen team)' },
  'summary.all': { en: 'All', nl: 'Alle' },
  'summary.krStatus': { en: 'Key results by status', nl: 'Kernresultaten per status' },
  'summary.status': { en: 'Status', nl: 'Status' },
  'summary.count': { en: 'Number', nl: 'Aantal' },
  'summary.share': { en: 'Share', nl: 'Aandeel' },
  'summary.statusPerTeam': {
    en: 'Key result status per team',
    nl: 'Status kernresultaten per team',
  },
  'summary.objectivesTable': {
    en: 'Objectives per level and team',
    nl: 'Doelstellingen per niveau en team',
  },
  'summary.id': { en: 'ID', nl: 'ID' },
  'summary.objective': { en: 'Objective', nl: 'Doelstelling' },
  'summary.keyResult': { en: 'Key result', nl: 'Kernresultaat' },
  'summary.owner': { en: 'Owner', nl: 'Eigenaar' },
  'summary.grade': { en: 'Grade', nl: 'Score' },
  'summary.attention': {
    en: 'Key results that need attention',
    nl: 'Kernresultaten die aandacht vragen',
  },
  'summary.reason': { en: 'Why', nl: 'Waarom' },
  'summary.reason.stale': {
    en: 'No check-in for {days} days',
    nl: 'Al {days} dagen geen check-in',
  },
  'summary.lastCheckIn': { en: 'Last check-in', nl: 'Laatste check-in' },
  'summary.noAttention': { en: 'Nothing needs attention.', nl: 'Niets vraagt aandacht.' },
  'summary.overTime': { en: 'Progress over time per level', nl: 'Voortgang in de tijd per niveau' },
  'summary.week': { en: 'Week of', nl: 'Week van' },
  'summary.annual': { en: 'Annual objectives', nl: 'Jaardoelstellingen' },
  'summary.quarters': { en: 'The four quarters', nl: 'De vier kwartalen' },
  'summary.quarter': { en: 'Quarter', nl: 'Kwartaal' },
  // Charts
  'chart.progressPerObjective': { en: 'Progress per objective', nl: 'Voortgang per doelstelling' },
  'chart.statusPerTeam': { en: 'Key result status per team', nl: 'Status kernresultaten per team' },
  'chart.overTime': { en: 'Progress over time per level', nl: 'Voortgang in de tijd per niveau' },
  'chart.expectedVsActual': {
    en: 'Expected versus actual progress',
    nl: 'Verwachte en werkelijke voortgang',
  },
  'chart.quarters': { en: 'Progress per quarter', nl: 'Voortgang per kwartaal' },
  // Actions (their names: messages/names.ts)
  'summary.built': {
    en: 'Summary "{name}" is ready ({charts} {charts:chart|charts}).',
    nl: 'Samenvatting "{name}" staat klaar ({charts} {charts:grafiek|grafieken}).',
  },
  'summary.promptPeriod': {
    en: 'Which period? A quarter (2026-Q1) or a year (2026). Leave empty for {period}.',
    nl: 'Welke periode? Een kwartaal (2026-K1) of een jaar (2026). Laat leeg voor {period}.',
  },
  'summary.noOkrTab': {
    en: 'There is no OKR tab yet: choose {name.setUp} first',
    nl: 'Er is nog geen OKR-tabblad: kies eerst {name.setUp}',
  },
  'summary.failed': {
    en: 'The summary could not be built and nothing was changed: {reason}',
    nl: 'De samenvatting kon niet worden gemaakt en er is niets veranderd: {reason}',
  },
  'rollover.promptPeriod': {
    en: 'Which quarter do you close? Leave empty for {period}.',
    nl: 'Welk kwartaal sluit je af? Laat leeg voor {period}.',
  },
  'rollover.promptIds': {
    en: 'These items of {period} can continue into {next} (initiatives under their key result):\n{list}\n\nType the IDs that continue, separated by commas (or "all").',
    nl: 'Deze onderdelen van {period} kunnen door naar {next} (initiatieven onder hun kernresultaat):\n{list}\n\nTyp de ID\'s die doorgaan, gescheiden door komma\'s (of "alle").',
  },
  'rollover.nothing': {
    en: '{period} has no objectives, key results or initiatives to continue.',
    nl: '{period} heeft geen doelstellingen, kernresultaten of initiatieven om voort te zetten.',
  },
  'rollover.notStarted': {
    en: '{period} has not started yet, so it cannot be closed. Close a period once it has begun (usually at its end).',
    nl: '{period} is nog niet begonnen en kan dus niet worden afgesloten. Sluit een periode af als die begonnen is (meestal aan het eind).',
  },
  'rollover.doneNothing': {
    en: '{period} is closed and graded; nothing continues in {next}.',
    nl: '{period} is afgesloten en gescoord; er gaat niets door naar {next}.',
  },
  'rollover.done': {
    en: '{count} {count:item continues|items continue} in {next}; {period} is closed and graded.',
    nl: '{count} {count:item gaat|items gaan} door naar {next}; {period} is afgesloten en gescoord.',
  },
  'rollover.unknownId': {
    en: 'There is no item "{value}" on the OKR tab: pick IDs from the list',
    nl: 'Er is geen item "{value}" op het OKR-tabblad: kies ID\'s uit de lijst',
  },
  'rollover.notInPeriod': {
    en: '{value} is not in {period}: pick items of the period you close',
    nl: '{value} hoort niet bij {period}: kies items van de periode die je afsluit',
  },
  'rollover.parentMissing': {
    en: '{value} continues but its parent {parent} does not: choose {parent} too',
    nl: '{value} gaat door maar het bovenliggende item {parent} niet: kies {parent} ook',
  },
  'rollover.badIds': {
    en: 'ids must be a list of item IDs such as ["O-1", "KR-2"]',
    nl: 'ids moet een lijst van item-ID\'s zijn, zoals ["O-1", "KR-2"]',
  },
} as const satisfies Catalogue;
