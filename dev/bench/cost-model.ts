// The benchmark's cost model: the time a Spreadsheet service call and the cells it moves would
// take in real Apps Script, from which dev/bench/bench.ts estimates each action's time
// (estimatedMs) and dev/bench/checks.ts the verdict against Apps Script's 6 minutes.

/**
 * The assumed cost of a service call in real Apps Script. Sources and reasoning:
 * - Google's "Optimizing Spreadsheet Operations" (Apps Script blog, 2010) and the Apps Script
 *   best-practices guide: every call to the Spreadsheet service is a round trip to the Sheets
 *   backend, "an order of magnitude" slower than JavaScript; reads flush pending writes.
 *   Community measurements (Stack Overflow, mcpher.com "Measuring sheet operation
 *   performance", tanaikech's benchmarks) put a batched read or write at roughly 50–100 ms plus
 *   a size-dependent part (a 4,000-cell setValues in < 50 ms; whole-sheet rewrites the most
 *   expensive). We take the pessimistic end: 100 ms per round trip.
 * - Getters that Apps Script answers from its cached copy of the document (names, sizes, IDs,
 *   the locale) and object factories that make no request at all (getRange, builders,
 *   getActiveSpreadsheet): 5 ms and 1 ms.
 * - Volume: 10 µs per cell read and 25 µs per cell written (≈ the 4,000-cell figure above,
 *   doubled for writing).
 * - Not modelled: Sheets recalculating the written formulas after the script ends (it does not
 *   count against the script's 6 minutes, but a flush() waits for it), and network variance.
 *   The verdict therefore asks for a 3× margin: estimate × 3 < 6 minutes.
 */
export const COST_MODEL = {
  roundTripMs: 100,
  cachedGetterMs: 5,
  localFactoryMs: 1,
  perCellReadMs: 0.01,
  perCellWrittenMs: 0.025,
  limitMs: 6 * 60 * 1000,
  margin: 3,
} as const;

/** Calls that create objects locally (no request to the Sheets backend). */
const LOCAL_FACTORY =
  /^(SpreadsheetApp\.(getActiveSpreadsheet|getActive|getUi|newDataValidation|newConditionalFormatRule)|Sheet\.(getRange|getRangeList|getDataRange|newChart)|Spreadsheet\.createDeveloperMetadataFinder|Sheet\.createDeveloperMetadataFinder|DeveloperMetadataFinder\.with\w+|\w*Builder\.\w+|LockService\.\w+|PropertiesService\.\w+|Session\.\w+|User\.\w+|Utilities\.\w+|Logger\.\w+|console\.\w+)$/;
/**
 * Getters answered from the cached document (sizes, names, IDs, ranges' own coordinates, and a
 * Group's span and depth, which Sheet.getRowGroup's answer carries).
 */
const CACHED_GETTER =
  /^(Group\.(getRange|getDepth)|Sheet\.(getName|getSheetId|getMaxRows|getMaxColumns|getLastRow|getLastColumn|getIndex|getFrozenRows|getFrozenColumns)|Spreadsheet\.(getSpreadsheetLocale|getSpreadsheetTimeZone|getSheetByName|getSheets|getId|getName|getActiveSheet)|Range\.(getRow|getColumn|getNumRows|getNumColumns|getA1Notation|getSheet)|DeveloperMetadata\.\w+|DeveloperMetadataLocation\.\w+|ConditionalFormatRule\.\w+|Protection\.get\w+|Properties\.\w+)$/;

export function callCostMs(key: string): number {
  if (LOCAL_FACTORY.test(key)) return COST_MODEL.localFactoryMs;
  if (CACHED_GETTER.test(key)) return COST_MODEL.cachedGetterMs;
  return COST_MODEL.roundTripMs;
}

export function estimateMs(calls: Record<string, number>, read: number, written: number): number {
  let ms = read * COST_MODEL.perCellReadMs + written * COST_MODEL.perCellWrittenMs;
  for (const [key, n] of Object.entries(calls)) ms += n * callCostMs(key);
  return Math.round(ms);
}
