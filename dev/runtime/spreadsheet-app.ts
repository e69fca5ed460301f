// The SpreadsheetApp global: the active spreadsheet, the UI, builders and enums.
import { service } from './accounting';
import { newConditionalFormatRule } from './conditional-format';
import { newDataValidation } from './data-validation';
import { ENUMS } from './enums';
import { gas, type GRange, type GSheet } from './gas';
import type { LocalSpreadsheet } from './spreadsheet';
import { LocalUi, type UiRecorder } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class LocalSpreadsheetApp implements Pick<
  App,
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'setActiveSheet'
  | 'setActiveRange'
  | 'getUi'
  | 'flush'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'openById'
> {
  readonly ProtectionType = ENUMS.ProtectionType;
  readonly DeveloperMetadataVisibility = ENUMS.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = ENUMS.DeveloperMetadataLocationType;
  readonly BooleanCriteria = ENUMS.BooleanCriteria;
  readonly DataValidationCriteria = ENUMS.DataValidationCriteria;
  readonly InterpolationType = ENUMS.InterpolationType;
  readonly Dimension = ENUMS.Dimension;
  readonly GroupControlTogglePosition = ENUMS.GroupControlTogglePosition;
  readonly BorderStyle = ENUMS.BorderStyle;
  readonly WrapStrategy = ENUMS.WrapStrategy;
  private readonly ui: GoogleAppsScript.Base.Ui;

  constructor(
    private readonly ss: LocalSpreadsheet,
    recorder: UiRecorder,
  ) {
    this.ui = gas(service(new LocalUi(recorder, ss.model.accounting), 'Ui', ss.model.accounting));
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this.ss);
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this.ss);
  }
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (id !== this.ss.model.id)
      throw new Error(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp: no spreadsheet with id ${id} in the local runtime.`,
      );
    return gas(this.ss);
  }
  getActiveSheet(): GSheet {
    return this.ss.getActiveSheet();
  }
  getActiveRange(): GRange {
    return this.ss.getActiveRange() as GRange;
  }
  setActiveSheet(sheet: GSheet): GSheet {
    return this.ss.setActiveSheet(sheet);
  }
  setActiveRange(range: GRange): GRange {
    return this.ss.setActiveRange(range);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui;
  }
  flush(): void {
    // writes are applied immediately in the local runtime
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newDataValidation(this.ss);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newConditionalFormatRule(this.ss);
  }
}

export function spreadsheetApp(ss: LocalSpreadsheet, recorder: UiRecorder): App {
  return gas(service(new LocalSpreadsheetApp(ss, recorder), 'SpreadsheetApp', ss.model.accounting));
}

export function scriptApp(
  ss: LocalSpreadsheet,
  authMode: () => string,
): GoogleAppsScript.Script.ScriptApp {
  return gas(
    service(
      {
        AuthMode: ENUMS.AuthMode,
        getScriptId: () => 'local-script',
        getAuthMode: () => ENUMS.AuthMode[authMode()],
      },
      'ScriptApp',
      ss.model.accounting,
    ),
  );
}

export function chartsService(ss: LocalSpreadsheet): GoogleAppsScript.Charts.Charts {
  return gas(
    service(
      {
        ChartType: ENUMS.ChartType,
        Position: ENUMS.Position,
        CurveStyle: ENUMS.CurveStyle,
        PointStyle: ENUMS.PointStyle,
        ChartHiddenDimensionStrategy: ENUMS.ChartHiddenDimensionStrategy,
        ChartMergeStrategy: ENUMS.ChartMergeStrategy,
      },
      'Charts',
      ss.model.accounting,
    ),
  );
}
