// A cell's look as a person sees it in Sheets: its own formats, with the tab's conditional
// formats applied over them (the first rule that holds wins, as in Sheets). The conditions are
// evaluated by the local preview's evaluator, on the workbook's own formula engine.
import { conditionalStyles } from '../../dev/preview/app/conditional';
import type { LocalSpreadsheet } from '../../dev/runtime';
import type { SheetData } from '../../dev/runtime/sheet-data';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SeenLook {
  weight: string;
  background: string;
}

/** The seen look of every cell in rows first…last, columns 1…width: rows of SeenLook. */
export function seenLooks(
  ss: LocalSpreadsheet,
  sheet: Sheet,
  first: number,
  last: number,
  width: number,
): SeenLook[][] {
  const data = (sheet as unknown as { data: SheetData }).data;
  const cf = conditionalStyles(ss.model, data, last, width);
  const range = sheet.getRange(first, 1, last - first + 1, width);
  const weights = range.getFontWeights();
  const backgrounds = range.getBackgrounds();
  return weights.map((line, i) =>
    line.map((weight, j) => {
      const over = cf.at(first + i, j + 1);
      return {
        weight: over?.bold ? 'bold' : weight,
        background: over?.background ?? (backgrounds[i]![j] as string),
      };
    }),
  );
}
