// The names of the add-on's actions and views: one name per thing in each language. The menu
// (src/server/menu.ts) shows them, the sidebar's buttons and headings are them, and every
// message that tells a person what to choose names them as `{name.repair}`, `{name.setUp}` …
// (filled in by every layer's `t`), so a name is changed here and nowhere else.
import type { Catalogue } from '../placeholders';

export const nameMessages = {
  'name.appTitle': { en: 'OKRs', nl: "OKR's" },
  'name.sidebar': { en: 'Open OKR sidebar', nl: 'OKR-zijbalk openen' },
  'name.alignment': { en: 'Alignment map', nl: 'Afstemmingskaart' },
  'name.setUp': { en: 'Set up OKR workbook', nl: 'OKR-werkboek inrichten' },
  'name.structure': { en: 'Structure this sheet', nl: 'Dit blad structureren' },
  'name.health': { en: 'Health check', nl: 'Controle' },
  'name.repair': { en: 'Repair formulas and layout', nl: 'Formules en opmaak herstellen' },
  'name.summary': { en: 'Build summary', nl: 'Samenvatting maken' },
  /** What Build summary makes: the tab "Summary 2026-Q1" / "Samenvatting 2026-K1". */
  'name.summaryTab': { en: 'Summary', nl: 'Samenvatting' },
  'name.nextQuarter': { en: 'Start the next quarter', nl: 'Volgend kwartaal starten' },
  // The sidebar's views ("Overzicht" is the list of OKRs, never a summary tab).
  'name.mine': { en: 'My check-ins', nl: 'Mijn check-ins' },
  'name.overview': { en: 'Overview', nl: 'Overzicht' },
  'name.add': { en: 'Add', nl: 'Nieuw' },
  'name.edit': { en: 'Edit', nl: 'Bewerken' },
  'name.checkIn': { en: 'Check in', nl: 'Inchecken' },
  'name.period': { en: 'Period', nl: 'Periode' },
} as const satisfies Catalogue;
