// What "Structure this sheet" found, as text for the menu's alerts: the column mapping, what
// lines that are not items said (context, headings), the warnings, the rows placed in an item's
// Notes, the rows it could not place (each quoted in full; long lists are cut with a count,
// never silently) and the items already on the OKR tab. The sidebar's API returns the same
// facts as data.
import { COLUMN_BY_KEY } from '../core/columns';
import { t, type Lang, type MessageKey } from './i18n';
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

/** A titled list of row messages ('' when empty). */
function rowList(
  title: MessageKey,
  rows: readonly { row: number; message: string }[],
  lang: Lang,
): string {
  if (rows.length === 0) return '';
  const lines = rows.map((w) =>
    w.row > 0
      ? `• ${t(lang, 'import.reportRow', { row: w.row, text: w.message })}`
      : `• ${w.message}`,
  );
  return t(lang, title, { count: rows.length }) + '\n' + list(lines, lang).join('\n');
}

/** Everything the preview found (before writing). */
export function previewDetails(preview: StructurePreview, lang: Lang): string {
  const parts: string[] = [];
  if (preview.columns.length > 0) {
    parts.push(
      t(lang, 'import.reportColumns') +
        '\n' +
        preview.columns.map((c) => `${c.header} → ${fieldName(c.field, lang)}`).join(' · '),
    );
  }
  parts.push(rowList('import.reportContext', preview.context, lang));
  parts.push(rowList('import.reportWarnings', preview.warnings, lang));
  if (preview.notes.length > 0) {
    const lines = preview.notes.map((n) => `• ${t(lang, 'import.reportNote', { ...n })}`);
    parts.push(
      t(lang, 'import.reportNotes', { count: preview.notes.length }) +
        '\n' +
        list(lines, lang).join('\n'),
    );
  }
  parts.push(unplacedDetails(preview, lang));
  if (preview.existing > 0) {
    parts.push(t(lang, 'import.reportExisting', { count: preview.existing }));
  }
  return parts.filter((part) => part !== '').join('\n\n');
}

/** Why nothing could be structured: the warnings and the rows not placed, for the error. */
export function structureErrorDetails(
  found: Pick<StructurePreview, 'warnings' | 'unplaced'>,
  lang: Lang,
): string {
  const parts = [
    rowList('import.reportWarnings', found.warnings, lang),
    unplacedDetails(found, lang),
  ].filter((part) => part !== '');
  return parts.length > 0 ? '\n\n' + parts.join('\n\n') : '';
}

/** The rows that could not be placed ('' when there are none). */
export function unplacedDetails(preview: Pick<StructurePreview, 'unplaced'>, lang: Lang): string {
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
