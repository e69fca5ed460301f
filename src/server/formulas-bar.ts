// The Progress bar column: an in-cell bar chart of a row's progress, coloured by its status, that
// Sheets draws by itself (collaborators without the add-on see it too). SPARKLINE with charttype
// "bar" draws the data as a stacked bar; "max" is the end of the horizontal axis, "color1" the
// first bar's colour (https://support.google.com/docs/answer/3093289). Progress runs 0…1, so
// max 1 makes the bar's length the progress. The colour follows the Status cell's word (the
// sheet's language, the words statusFormula writes) through SWITCH, with the palette's strong
// colours. A row gets a bar when it has a number for progress and a status (no check-in yet, ⚠
// or an unreadable period: no bar); naming the Status cell in that test also keeps it outside
// the array literal, where every engine tracks it (HyperFormula does not track references inside
// one: dev/runtime/array-literals.ts). The formula reads two cells of its own row: an edit costs
// the same at any size.
import { t } from '../core/i18n';
import { STATUS_COLORS } from '../core/palette';
import { STATUSES } from '../core/vocabulary';
import { fn, str, type RowRefs } from './formulas-pieces';
import type { FormulaContext } from './formulas';

export function barFormula(r: RowRefs, ctx: FormulaContext): string {
  const P = r.cell('progress');
  const S = r.cell('status');
  const colours: string[] = [];
  for (const s of STATUSES)
    if (s !== 'noCheckIn')
      colours.push(str(t(ctx.lang, `status.${s}`)), str(STATUS_COLORS[s].strong));
  const colour = fn('SWITCH', S, ...colours, str(STATUS_COLORS.noCheckIn.strong));
  const options = `{"charttype","bar";"max",1;"color1",${colour}}`;
  return fn('IF', fn('AND', fn('ISNUMBER', P), `${S}<>""`), fn('SPARKLINE', P, options), '""');
}
