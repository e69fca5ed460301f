// HtmlService: HtmlOutput from the built files in dist/ (createHtmlOutputFromFile('Sidebar')
// reads dist/Sidebar.html), from strings, and templates with <?= ?>, <?!= ?> and <? ?>
// scriptlets evaluated in the add-on's global scope.
import fs from 'node:fs';
import path from 'node:path';
import { service, type Accounting } from './accounting';
import { ENUMS } from './enums';
import { gas } from './gas';

type HO = GoogleAppsScript.HTML.HtmlOutput;

export class LocalHtmlOutput implements Pick<
  HO,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setFaviconUrl'
> {
  width: number | null = null;
  height: number | null = null;
  title = '';
  meta: { name: string; content: string }[] = [];
  constructor(public content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(c: string): HO {
    this.content = c;
    return gas(this);
  }
  append(c: string): HO {
    this.content += c;
    return gas(this);
  }
  appendUntrusted(c: string): HO {
    this.content += escapeHtml(c);
    return gas(this);
  }
  setTitle(t: string): HO {
    this.title = t;
    return gas(this);
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): HO {
    this.width = w;
    return gas(this);
  }
  getWidth(): number {
    return this.width ?? 300;
  }
  setHeight(h: number): HO {
    this.height = h;
    return gas(this);
  }
  getHeight(): number {
    return this.height ?? 0;
  }
  setSandboxMode(): HO {
    return gas(this); // IFRAME is the only mode Apps Script still has
  }
  setXFrameOptionsMode(): HO {
    return gas(this);
  }
  addMetaTag(name: string, content: string): HO {
    this.meta.push({ name, content });
    return gas(this);
  }
  setFaviconUrl(): HO {
    return gas(this);
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class LocalHtmlTemplate {
  [key: string]: unknown;
  constructor(
    private readonly source: string,
    private readonly svc: LocalHtmlService,
  ) {}
  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compileTemplate(this.source);
  }
  evaluate(): HO {
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (k !== 'source' && k !== 'svc') vars[k] = this[k];
    const html = this.svc.runTemplate(compileTemplate(this.source), vars);
    return this.svc.output(html);
  }
}

function compileTemplate(src: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    code += `__out.push(${JSON.stringify(src.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(String(${m[2]})));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  code += `__out.push(${JSON.stringify(src.slice(last))});\nreturn __out.join('');`;
  return code;
}

export type TemplateRunner = (code: string, vars: Record<string, unknown>) => string;

export class LocalHtmlService {
  readonly SandboxMode = ENUMS.SandboxMode;
  readonly XFrameOptionsMode = ENUMS.XFrameOptionsMode;
  constructor(
    readonly htmlDir: string,
    readonly accounting: Accounting,
    readonly runTemplate: TemplateRunner,
  ) {}
  output(html: string): HO {
    return gas(service(new LocalHtmlOutput(html), 'HtmlOutput', this.accounting));
  }
  private read(name: string): string {
    const file = path.join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: string): HO {
    return this.output(html ?? '');
  }
  createHtmlOutputFromFile(name: string): HO {
    return this.output(this.read(name));
  }
  createTemplate(html: string): GoogleAppsScript.HTML.HtmlTemplate {
    return gas(service(new LocalHtmlTemplate(html, this), 'HtmlTemplate', this.accounting));
  }
  createTemplateFromFile(name: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.createTemplate(this.read(name));
  }
}
