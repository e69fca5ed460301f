// SpreadsheetApp.getUi(): menus are recorded with their items; sidebars and dialogs are
// recorded with their title and HTML; alerts and prompts take their answers from a queue the
// test fills (ui.answerNext('YES'), ui.answerNext({ button: 'OK', text: '2026-Q2' })). An alert
// or prompt with no scripted answer throws, so a test never hangs on an unexpected dialog.
import { service, type Accounting } from './accounting';
import { ENUMS, enumValue } from './enums';
import { gas } from './gas';
import type { LocalHtmlOutput } from './html';

export type MenuItem =
  { caption: string; functionName: string } | { separator: true } | { submenu: RecordedMenu };

export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: MenuItem[];
}

export interface RecordedDialog {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface RecordedAlert {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
  text?: string;
}

export type ScriptedAnswer = string | { button: string; text?: string };

/** The test-side view of the UI: what was shown, and the answers to give. */
export class UiRecorder {
  menus: RecordedMenu[] = [];
  dialogs: RecordedDialog[] = [];
  alerts: RecordedAlert[] = [];
  private queue: ScriptedAnswer[] = [];

  get sidebars(): RecordedDialog[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }

  answerNext(answer: ScriptedAnswer): void {
    this.queue.push(answer);
  }

  takeAnswer(what: string): { button: string; text: string } {
    const a = this.queue.shift();
    if (a === undefined)
      throw new Error(
        `${what} was shown but the test scripted no answer. Call addon.ui.answerNext(...) before the call.`,
      );
    return typeof a === 'string'
      ? { button: a, text: '' }
      : { button: a.button, text: a.text ?? '' };
  }

  reset(): void {
    this.menus = [];
    this.dialogs = [];
    this.alerts = [];
    this.queue = [];
  }
}

export class LocalMenu implements Pick<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
> {
  constructor(
    readonly recorder: UiRecorder,
    readonly menu: RecordedMenu,
  ) {}
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.menu.items.push({ caption, functionName });
    return gas(this);
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.menu.items.push({ separator: true });
    return gas(this);
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    this.menu.items.push({ submenu: (menu as unknown as LocalMenu).menu });
    return gas(this);
  }
  addToUi(): void {
    this.recorder.menus = this.recorder.menus.filter(
      (m) => m.title !== this.menu.title || m.addon !== this.menu.addon,
    );
    this.recorder.menus.push(this.menu);
  }
}

export class LocalUi implements Pick<
  GoogleAppsScript.Base.Ui,
  | 'createAddonMenu'
  | 'createMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
  | 'alert'
  | 'prompt'
> {
  readonly Button = ENUMS.Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ENUMS.ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    readonly recorder: UiRecorder,
    readonly accounting: Accounting,
  ) {}

  private menu(title: string, addon: boolean): GoogleAppsScript.Base.Menu {
    return gas(
      service(new LocalMenu(this.recorder, { title, addon, items: [] }), 'Menu', this.accounting),
    );
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.menu('(add-on)', true);
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.menu(caption, false);
  }
  private show(kind: RecordedDialog['kind'], html: unknown, title?: string): void {
    const out = html as LocalHtmlOutput;
    if (!out || typeof out.getContent !== 'function') throw new Error('Expected an HtmlOutput.');
    this.recorder.dialogs.push({
      kind,
      title: title ?? out.getTitle(),
      html: out.getContent(),
      width: out.width,
      height: out.height,
    });
  }
  showSidebar(userInterface: object): void {
    this.show('sidebar', userInterface);
  }
  showModalDialog(userInterface: object, title: string): void {
    this.show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: object, title: string): void {
    this.show('modeless', userInterface, title);
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const [title, prompt, buttons] =
      args.length >= 3
        ? [String(args[0]), String(args[1]), String(args[2])]
        : args.length === 2
          ? ['', String(args[0]), String(args[1])]
          : ['', String(args[0]), 'OK'];
    const a = this.recorder.takeAnswer(`Ui.alert("${prompt}")`);
    this.recorder.alerts.push({ kind: 'alert', title, prompt, buttons, answer: a.button });
    return enumValue('Button', a.button);
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const [title, prompt, buttons] =
      args.length >= 3
        ? [String(args[0]), String(args[1]), String(args[2])]
        : args.length === 2
          ? ['', String(args[0]), String(args[1])]
          : ['', String(args[0]), 'OK'];
    const a = this.recorder.takeAnswer(`Ui.prompt("${prompt}")`);
    this.recorder.alerts.push({
      kind: 'prompt',
      title,
      prompt,
      buttons,
      answer: a.button,
      text: a.text,
    });
    const button = enumValue<GoogleAppsScript.Base.Button>('Button', a.button);
    return gas(
      service(
        { getResponseText: () => a.text, getSelectedButton: () => button },
        'PromptResponse',
        this.accounting,
      ),
    );
  }
}
