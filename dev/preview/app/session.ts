// The preview's one workbook and the add-on running on it: the BUILT dist/Code.js loaded into
// the local Apps Script runtime. Everything the page does goes through here: the sidebar's
// google.script.run calls, menu actions (with their alerts and prompts answered in the
// browser), cell edits, tab and selection changes, row groups, saving and exporting.
//
// Menu actions and their dialogs. Apps Script's Ui.alert/Ui.prompt block the script until the
// person answers; the runtime's vm is synchronous, so the preview runs menu actions as
// transactions that are replayed with the answers given so far:
//   1. the workbook (and the add-on's properties) is saved before the action runs;
//   2. an alert with only an OK button is answered OK at once and shown to the person after the
//      action (OK is all they can say to it);
//   3. the first alert with a choice (OK_CANCEL, YES_NO, YES_NO_CANCEL) or prompt that has no
//      answer yet stops the action: the workbook is restored to the save, whatever the action
//      did is dropped, and the question goes to the browser;
//   4. the browser shows it, then runs the action again with all answers so far, from the same
//      restored state (the runtime's clock stands still, so the action takes the same path).
// So actions that write before they ask are replayed correctly too.
import {
  loadAddon,
  spreadsheetFromJson,
  spreadsheetToJson,
  type LocalAddon,
  type LocalSpreadsheet,
  type RecordedMenu,
} from '../../runtime';
import { LocalUi } from '../../runtime/ui';
import type { AnswerView, MenuOutcome, MenuView, QuestionView, WorkbookView } from '../view';
import { csvOf } from './csv';
import { sheetView } from './sheet-view';

export interface SessionOptions {
  spreadsheet: LocalSpreadsheet;
  today: string;
  /** The person's language for the add-on ('en', 'nl'). */
  userLocale: string;
  /**
   * The built add-on to run (default: the runtime's repo). The preview passes its own repo's
   * dist/Code.js: a runtime bundled into a shared node_modules/.cache would find another one.
   */
  codePath?: string;
}

/** Thrown into the add-on when it asks something the person has not answered yet. */
class NeedsAnswer extends Error {
  constructor() {
    super('The preview stopped the action to ask the person (it will run again).');
  }
}

type Hook = (q: QuestionView) => AnswerView;
let activeHook: Hook | null = null;

/** Ui.alert / Ui.prompt consult the running menu action's hook before the recorder's queue. */
function installUiHook(): void {
  const proto = LocalUi.prototype as unknown as Record<string, unknown> & {
    __previewHooked?: boolean;
  };
  if (proto.__previewHooked) return;
  proto.__previewHooked = true;
  for (const kind of ['alert', 'prompt'] as const) {
    const original = proto[kind] as (this: LocalUi, ...args: unknown[]) => unknown;
    proto[kind] = function (this: LocalUi, ...args: unknown[]) {
      if (activeHook) {
        const [title, prompt, buttons] =
          args.length >= 3
            ? [String(args[0]), String(args[1]), String(args[2])]
            : args.length === 2
              ? ['', String(args[0]), String(args[1])]
              : ['', String(args[0]), 'OK'];
        const answer = activeHook({ kind, title, prompt, buttons });
        this.recorder.answerNext({ button: answer.button, text: answer.text ?? '' });
      }
      return original.apply(this, args);
    };
  }
}

export class PreviewSession {
  addon: LocalAddon;
  today: string;
  private readonly userLocale: string;
  private readonly codePath: string | undefined;
  private toastsSeen = 0;
  private sidebarShown = 0;
  private sidebarIndex = -1;

  constructor(opts: SessionOptions) {
    installUiHook();
    this.today = opts.today;
    this.userLocale = opts.userLocale;
    this.codePath = opts.codePath;
    this.addon = loadAddon({
      spreadsheet: opts.spreadsheet,
      today: opts.today,
      userLocale: opts.userLocale,
      codePath: opts.codePath,
    });
  }

  get spreadsheet(): LocalSpreadsheet {
    return this.addon.spreadsheet;
  }

  /** Opening the document: the add-on's onOpen builds its menu (AuthMode.NONE, as Sheets may). */
  open(): void {
    this.addon.callTrigger('onOpen', { authMode: 'NONE' });
    this.toastsSeen = this.spreadsheet.model.toasts.length;
  }

  /** Moves the runtime's clock (today at 12:00); formulas with TODAY() recalculate. */
  setToday(day: string): void {
    this.today = day;
    this.addon.setToday(day);
  }

  /** A server function called by the sidebar through google.script.run (JSON in, JSON out). */
  rpc(name: string, arg: unknown): unknown {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Script function not found: ${name}`);
    return this.withDialogs(() =>
      arg === undefined ? this.addon.call(name) : this.addon.call(name, arg),
    );
  }

  /** Runs a menu item's function with the answers given so far (see the top of this file). */
  runMenu(functionName: string, answers: AnswerView[]): MenuOutcome {
    if (!this.menuFunctions().has(functionName))
      throw new Error(`${functionName} is not an item of the add-on's menu.`);
    const saved = this.save();
    const alertsBefore = this.addon.ui.alerts.length;
    const dialogsBefore = this.addon.ui.dialogs.length;
    let step = 0;
    let question: QuestionView | null = null;
    activeHook = (q) => {
      if (question) throw new NeedsAnswer();
      if (q.kind === 'alert' && q.buttons === 'OK') return { button: 'OK' };
      const answer = answers[step];
      if (answer) {
        step++;
        return answer;
      }
      question = q;
      throw new NeedsAnswer();
    };
    let error: string | undefined;
    try {
      this.withDialogs(() => this.addon.call(functionName));
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    } finally {
      activeHook = null;
    }
    if (question) {
      this.restore(saved);
      return { status: 'ask', question, step };
    }
    const alerts = this.addon.ui.alerts
      .slice(alertsBefore)
      .filter((a) => a.kind === 'alert' && a.buttons === 'OK')
      .map(({ kind, title, prompt, buttons }) => ({ kind, title, prompt, buttons }));
    const dialogs = this.addon.ui.dialogs
      .map((d, index) => ({
        index,
        title: d.title,
        width: d.width,
        height: d.height,
        kind: d.kind,
      }))
      .slice(dialogsBefore)
      .filter((d) => d.kind !== 'sidebar')
      .map(({ index, title, width, height }) => ({ index, title, width, height }));
    const outcome: MenuOutcome = { status: 'done', alerts, dialogs, view: this.view() };
    if (error) outcome.error = error;
    return outcome;
  }

  /** Typing into a cell: Range.setValue with the text, coerced like Sheets (formulas, numbers, dates). */
  editCell(sheetId: number, row: number, col: number, input: string): void {
    const sheet = this.sheet(sheetId);
    const range = sheet.getRange(row, col);
    if (input === '') range.clearContent();
    else range.setValue(input);
    this.spreadsheet.setActiveSheet(sheet);
    this.spreadsheet.setActiveRange(range);
  }

  select(sheetId: number, row: number, col: number): void {
    const sheet = this.sheet(sheetId);
    this.spreadsheet.setActiveSheet(sheet);
    this.spreadsheet.setActiveRange(sheet.getRange(row, col));
  }

  showTab(sheetId: number): void {
    this.spreadsheet.setActiveSheet(this.sheet(sheetId));
  }

  toggleGroup(sheetId: number, row: number, depth: number): void {
    const group = this.sheet(sheetId).getRowGroup(row, depth)!; // throws where there is none
    if (group.isCollapsed()) group.expand();
    else group.collapse();
  }

  dialogHtml(index: number): string | null {
    return this.addon.ui.dialogs[index]?.html ?? null;
  }

  toJson(): string {
    return JSON.stringify(spreadsheetToJson(this.spreadsheet), null, 1);
  }

  csv(sheetId: number): { name: string; text: string } {
    const data = this.spreadsheet.model.requireSheet(sheetId);
    return { name: data.name, text: csvOf(this.spreadsheet.model, data) };
  }

  view(): WorkbookView {
    const model = this.spreadsheet.model;
    const active =
      model.sheetById(model.activeSheetId ?? -1) ??
      model.sheets.find((s) => !s.hidden) ??
      model.sheets[0]!;
    const toasts = model.toasts
      .slice(this.toastsSeen)
      .map((t) => ({ title: t.title, message: t.message }));
    this.toastsSeen = model.toasts.length;
    const sidebar = this.addon.ui.dialogs[this.sidebarIndex];
    return {
      name: model.name,
      locale: model.locale,
      today: this.today,
      tabs: model.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        hidden: s.hidden,
        color: s.tabColor,
      })),
      sheet: sheetView(model, active),
      selection: model.activeRange ? { ...model.activeRange } : null,
      menus: this.addon.ui.menus.map(menuView),
      sidebar: sidebar ? this.sidebarIndex : -1,
      sidebarTitle: sidebar?.title ?? '',
      sidebarShown: this.sidebarShown,
      toasts,
    };
  }

  private sheet(sheetId: number): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.spreadsheet.getSheetById(sheetId);
    if (!sheet) throw new Error('That tab no longer exists.');
    return sheet;
  }

  private menuFunctions(): Set<string> {
    const names = new Set<string>();
    const walk = (m: RecordedMenu) => {
      for (const item of m.items) {
        if ('functionName' in item) names.add(item.functionName);
        else if ('submenu' in item) walk(item.submenu);
      }
    };
    this.addon.ui.menus.forEach(walk);
    return names;
  }

  /** Runs fn and notices a sidebar the add-on showed meanwhile (the page then loads it). */
  private withDialogs<T>(fn: () => T): T {
    const before = this.addon.ui.dialogs.length;
    try {
      return fn();
    } finally {
      const dialogs = this.addon.ui.dialogs;
      for (let i = before; i < dialogs.length; i++) {
        if (dialogs[i]!.kind === 'sidebar') {
          this.sidebarIndex = i;
          this.sidebarShown++;
        }
      }
    }
  }

  private save(): { json: string; user: [string, string][]; script: [string, string][] } {
    return {
      json: JSON.stringify(spreadsheetToJson(this.spreadsheet)),
      user: [...this.addon.properties.user],
      script: [...this.addon.properties.script],
    };
  }

  /** Back to a saved state: a fresh spreadsheet from the JSON and the add-on loaded on it. */
  private restore(saved: ReturnType<PreviewSession['save']>): void {
    const old = this.addon;
    const toasts = old.spreadsheet.model.toasts.length;
    this.addon = loadAddon({
      spreadsheet: spreadsheetFromJson(saved.json),
      today: this.today,
      userLocale: this.userLocale,
      codePath: this.codePath,
    });
    for (const [k, v] of saved.user) this.addon.properties.user.set(k, v);
    for (const [k, v] of saved.script) this.addon.properties.script.set(k, v);
    // The UI is the browser's, not the document's: menus and shown dialogs carry over.
    this.addon.ui.menus = old.ui.menus;
    this.addon.ui.dialogs = old.ui.dialogs;
    this.addon.ui.alerts = old.ui.alerts;
    const model = this.addon.spreadsheet.model;
    model.toasts = old.spreadsheet.model.toasts.slice(0, toasts);
    model.activeRange = old.spreadsheet.model.activeRange;
  }
}

function menuView(menu: RecordedMenu): MenuView {
  const items: MenuView['items'] = [];
  const walk = (m: RecordedMenu, prefix: string) => {
    for (const item of m.items) {
      if ('separator' in item) items.push(null);
      else if ('submenu' in item) walk(item.submenu, `${prefix}${item.submenu.title} › `);
      else items.push({ caption: prefix + item.caption, functionName: item.functionName });
    }
  };
  walk(menu, '');
  return { title: menu.addon ? 'Extensions › OKR Sheets' : menu.title, items };
}
