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
export {
  addItem,
  checkIn,
  deleteItem,
  getCheckIns,
  getSnapshot,
  moveItem,
  repairSheet,
  runHealthCheck,
  selectItem,
  setLanguage,
  setUp,
  updateItem,
} from './api';
export { previewStructure, structureSheet } from './structure';
export {
  menuHealthCheck,
  menuRepair,
  menuSetUp,
  menuStructureSheet,
  showSidebar,
} from './menu-actions';
export { buildSummary, buildSummaryFromMenu } from './summary';
export { listRollover, startNextQuarter, startNextQuarterFromMenu } from './rollover';
