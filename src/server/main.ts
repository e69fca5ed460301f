// The one entry file: every global that Apps Script calls (triggers, menu actions, the
// sidebar's API, custom functions) is exported here and nowhere else. scripts/build.mjs turns
// each export into a top-level function in dist/Code.js that delegates into the bundle.
// Nothing may run at module load: Apps Script loads the whole script for every trigger and
// every custom-function call, sometimes in AuthMode.NONE.
export { onInstall, onOpen } from './menu';
export {
  OKR_EXPECTED,
  OKR_GRADE,
  OKR_GRADE_COLOR,
  OKR_PROGRESS,
  OKR_ROLLUP,
  OKR_STATUS,
} from './custom-functions';
export { addItem, deleteItem, moveItem, updateItem } from './items';
export { checkIn, checkInMany, getCheckIns } from './check-in';
export { setMyOwner } from './me';
export { setUp } from './set-up';
export { repairSheet } from './repair';
export { runHealthCheck } from './health-check';
export { getSnapshot, selectItem, selectRow, setLanguage } from './sheet-view';
export { previewStructure, structureSheet } from './structure';
export {
  menuHealthCheck,
  menuRepair,
  menuSetUp,
  menuStructureSheet,
  showAlignmentMap,
  showSidebar,
} from './menu-actions';
export { buildSummary, buildSummaryFromMenu } from './summary';
export { listRollover, startNextQuarter, startNextQuarterFromMenu } from './rollover';
