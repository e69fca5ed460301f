// What "Structure this sheet" found, as text for the menu's alerts: the column mapping, the
// warnings and the rows it could not place (each quoted in full; long lists are cut with a
// count, never silently). The sidebar's API returns the same facts as data.
import { COLUMN_BY_KEY } from '../core/columns';
import { t, type Lang } from '../core/i18n';
import type { ColumnMapping, StructurePreview } from '../shared/rpc';

/** At most this many lines per list in an alert. */
const MAX_LINES = 12;

function fieldName(field: ColumnMapping['field'], lang: Lang): string {
  if (field === 'objectiveTitle') return t(lang, 'import.fieldObjectiveTitle');
  if (field === 'keyResultTitle') return t(lang, 'import.fieldKeyResultTitle');
  if (field === 'initiativeTitle') return t(lang, 'import.fieldInitiativeTitle');
  return COLUMN_BY_KEY[field].header[lang];
}

function list(lines: string[], lang: Lang): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [
    ...lines.slice(0, MAX_LINES - 1),
    t(lang, 'import.reportMore', { count: lines.length - (MAX_LINES - 1) }),
  ];
}

/** The column mapping and the warnings (before writing). */
export function previewDetails(preview: StructurePreview, lang: Lang): string {
  const parts: string[] = [];
  if (preview.columns.length > 0) {
    parts.push(
      t(lang, 'import.reportColumns') +
        '\n' +
        preview.columns.map((c) => `${c.header} → ${fieldName(c.field, lang)}`).join(' · '),
    );
  }
  if (preview.warnings.length > 0) {
    const lines = preview.warnings.map((w) =>
      w.row > 0
        ? `• ${t(lang, 'import.reportRow', { row: w.row, text: w.message })}`
        : `• ${w.message}`,
    );
    parts.push(
      t(lang, 'import.reportWarnings', { count: preview.warnings.length }) +
        '\n' +
        list(lines, lang).join('\n'),
    );
  }
  const unplaced = unplacedDetails(preview, lang);
  if (unplaced) parts.push(unplaced);
  return parts.join('\n\n');
}

/** The rows that could not be placed ('' when there are none). */
export function unplacedDetails(preview: StructurePreview, lang: Lang): string {
  if (preview.unplaced.length === 0) return '';
  const lines = preview.unplaced.map(
    (u) => `• ${t(lang, 'import.reportRow', { row: u.row, text: u.text })}`,
  );
  return (
    t(lang, 'import.reportUnplaced', { count: preview.unplaced.length }) +
    '\n' +
    list(lines, lang).join('\n')
  );
}
