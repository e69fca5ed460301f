// One truth for the vocabulary: the types, code lists and words live in src/core/vocabulary.ts,
// the colours in src/core/palette.ts, the field lengths in src/core/limits.ts. This test reads
// every source file of src/ (with the TypeScript parser) and fails on a copy anywhere else: a
// union or array of the known codes or words, a hex colour, a grade band, a maxLength or a
// length limit written as a number. It also loads every module of src/ and compares each
// exported list and table with the owner's: an equal value that is not the owner's own object
// is a copy. Finally the words are held to what people see: every name the sheet shows in a
// dropdown reads back as its code, and the grade colours change where the bands say.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { messages } from '../../src/core/i18n';
import { grade } from '../../src/core/grade';
import { parseKind } from '../../src/core/kinds';
import { parseConfidence } from '../../src/core/confidence';
import { FIELD_LIMITS, type LimitedField } from '../../src/core/limits';
import * as palette from '../../src/core/palette';
import { milestoneState } from '../../src/core/values';
import * as vocabulary from '../../src/core/vocabulary';
import {
  CONFIDENCE_WORDS,
  CONFIDENCES,
  DONE_WORDS,
  GRADE_BANDS,
  GRADE_COLOR_CODES,
  ITEM_TYPE_WORDS,
  ITEM_TYPES,
  KIND_WORDS,
  KR_KINDS,
  LEVEL_WORDS,
  LEVELS,
  OPEN_WORDS,
  parseItemType,
  parseLevel,
  STATUSES,
} from '../../src/core/vocabulary';
import { Validator } from '../../src/server/validate';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

/** The owners: only these files may declare the vocabulary. */
const OWNERS = new Set(['src/core/vocabulary.ts', 'src/core/palette.ts', 'src/core/limits.ts']);

/**
 * Files of the importer whose own word lists overlap with the vocabulary: the column-header
 * synonyms of a loose sheet ("Objective" as a column title) and the markers a loose sheet's
 * lines start with ("KR 1:", "Doelstelling:", "Taak:"), each with its marker strength and read
 * with one regular expression.
 */
const OTHER_WORDS = new Set(['src/core/import/headers.ts', 'src/core/import/markers.ts']);

const TYPE_NAMES = [
  'Level',
  'ItemType',
  'KrKind',
  'Confidence',
  'GradeColor',
  'StatusCode',
  'StatusThresholds',
  'Severity',
];

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
const words = (table: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(table).flatMap(([code, ws]) => [code.toLowerCase(), ...ws]);

/** The word sets a copy would be made of (lower case): codes and the words that name them. */
const WORD_SETS: Record<string, ReadonlySet<string>> = {
  level: new Set([...lower(LEVELS), ...words(LEVEL_WORDS)]),
  itemType: new Set([...lower(ITEM_TYPES), ...words(ITEM_TYPE_WORDS)]),
  kind: new Set([...lower(KR_KINDS), ...words(KIND_WORDS)]),
  confidence: new Set([...lower(CONFIDENCES), ...words(CONFIDENCE_WORDS)]),
  status: new Set(lower(STATUSES)),
  gradeColor: new Set(lower(GRADE_COLOR_CODES)),
  milestone: new Set([...DONE_WORDS, ...OPEN_WORDS].filter((w) => !/^\d$/.test(w))),
};
const ALL_CODES = new Set(
  lower([...LEVELS, ...ITEM_TYPES, ...KR_KINDS, ...CONFIDENCES, ...STATUSES, ...GRADE_COLOR_CODES]),
);
const CODE_SETS: Record<string, readonly string[]> = {
  Level: LEVELS,
  ItemType: ITEM_TYPES,
  KrKind: KR_KINDS,
  Confidence: CONFIDENCES,
  StatusCode: STATUSES,
  GradeColor: GRADE_COLOR_CODES,
};
const BANDS = new Set(
  [...Object.values(GRADE_BANDS), ...Object.values(vocabulary.DEFAULT_THRESHOLDS)].filter(
    (n) => n !== 0,
  ),
);
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** What a copy of the vocabulary in one file's text looks like, one line per finding. */
export function findCopies(file: string, text: string): string[] {
  const name = rel(file);
  if (OWNERS.has(name) || name.startsWith('src/core/messages/')) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const stringsOf = (nodes: readonly ts.Node[]) =>
    nodes.flatMap((n) => (ts.isStringLiteralLike(n) ? [n.text.toLowerCase()] : []));
  // Two or more words of one set that are no codes: a copy of a word list ("laag", "hoog").
  const wordList = (strings: string[]) =>
    Object.entries(WORD_SETS).find(
      ([, set]) => new Set(strings.filter((s) => set.has(s) && !ALL_CODES.has(s))).size >= 2,
    )?.[0];
  // Every code of a list, in any order: a copy of the list.
  const codeList = (strings: string[]) =>
    Object.entries(CODE_SETS).find(([, codes]) => codes.every((c) => strings.includes(c)))?.[0];
  // An array's strings and those of the arrays in it: a Map's [word, code] entries.
  const arrayStrings = (node: ts.ArrayLiteralExpression) =>
    node.elements.flatMap((e) =>
      ts.isArrayLiteralExpression(e) ? stringsOf(e.elements) : stringsOf([e]),
    );

  const visit = (node: ts.Node): void => {
    // A type or interface of the vocabulary's names.
    if (
      (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) &&
      TYPE_NAMES.includes(node.name.text)
    ) {
      found.push(`${where(node)} declares ${node.name.text}`);
    }
    // A union of string literals that spells out a whole code list.
    if (ts.isUnionTypeNode(node)) {
      const literals = node.types.flatMap((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : [],
      );
      for (const [type, codes] of Object.entries(CODE_SETS)) {
        if (codes.every((c) => literals.includes(c))) found.push(`${where(node)} spells ${type}`);
      }
    }
    // An array of the words of one set (a list, or a Map's entries), or of a whole code list.
    if (ts.isArrayLiteralExpression(node) && !OTHER_WORDS.has(name)) {
      const strings = arrayStrings(node);
      const set = wordList(strings);
      if (set) found.push(`${where(node)} lists ${set} words`);
      const codes = codeList(node.elements.flatMap((e) => (ts.isStringLiteral(e) ? [e.text] : [])));
      if (codes) found.push(`${where(node)} lists every ${codes}`);
    }
    // An object keyed by a whole code list whose values are words (a word table).
    if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.flatMap((p) =>
        p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : [],
      );
      const values = node.properties.flatMap((p) =>
        ts.isPropertyAssignment(p) ? stringsOf([p.initializer]) : [],
      );
      const set = wordList(values);
      if (set && Object.values(CODE_SETS).some((codes) => codes.every((c) => keys.includes(c))))
        found.push(`${where(node)} maps codes to ${set} words`);
    }
    if (ts.isStringLiteralLike(node) && HEX.test(node.text)) {
      found.push(`${where(node)} writes the colour ${node.text}`);
    }
    if (ts.isNumericLiteral(node) && BANDS.has(Number(node.text))) {
      found.push(`${where(node)} writes the band ${node.text}`);
    }
    // Lengths: a maxLength that is not a FIELD_LIMITS entry, a length given as a number.
    if (
      ts.isJsxAttribute(node) &&
      node.name.getText(source) === 'maxLength' &&
      !/^\{\s*FIELD_LIMITS\.\w+\s*\}$/.test(node.initializer?.getText(source) ?? '')
    ) {
      found.push(`${where(node)} sets maxLength ${node.initializer?.getText(source) ?? ''}`);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['text', 'slice', 'substring'].includes(node.expression.name.text) &&
      name.startsWith('src/server/validate') &&
      node.arguments.some(
        (a) =>
          ts.isNumericLiteral(a) &&
          (Object.values(FIELD_LIMITS) as number[]).includes(Number(a.text)),
      )
    ) {
      found.push(`${where(node)} cuts text at a number`);
    }
    if (
      ts.isBinaryExpression(node) &&
      [
        ts.SyntaxKind.LessThanToken,
        ts.SyntaxKind.LessThanEqualsToken,
        ts.SyntaxKind.GreaterThanToken,
        ts.SyntaxKind.GreaterThanEqualsToken,
      ].includes(node.operatorToken.kind) &&
      /\.length$/.test(node.left.getText(source)) &&
      ts.isNumericLiteral(node.right) &&
      (Object.values(FIELD_LIMITS) as number[]).includes(Number(node.right.text))
    ) {
      found.push(`${where(node)} compares a length with ${node.right.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the vocabulary has one home', () => {
  const files = sourceFiles(SRC);

  it('no file of src/ declares a copy of a type, list, word, colour, band or limit', () => {
    expect(files.length).toBeGreaterThan(50);
    const copies = files.flatMap((f) => findCopies(f, fs.readFileSync(f, 'utf8')));
    expect(copies).toEqual([]);
  });

  it("the sidebar's stylesheets give no status, grade or severity a colour of their own", () => {
    // The chips and bars take theirs from src/core/palette.ts (src/sidebar/components.tsx).
    const dir = path.join(SRC, 'sidebar');
    const sheets = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css'));
    expect(sheets).toEqual(expect.arrayContaining(['sidebar.css', 'styles/overview.css']));
    const css = sheets.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
      selector: m[1] ?? '',
      body: m[2] ?? '',
    }));
    const coloured = rules.filter(
      ({ selector, body }) => /\.(st|grade|sev)-/.test(selector) && /color|background/.test(body),
    );
    expect(coloured.map(({ selector }) => selector.trim())).toEqual([]);
  });

  it('every palette text colour is readable on its fill (WCAG 1.4.3: at least 4.5:1)', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
    };
    const tables = [palette.STATUS_COLORS, palette.GRADE_COLORS, palette.LEVEL_COLORS];
    for (const table of tables) {
      for (const swatch of Object.values(table)) {
        const [hi, lo] = [luminance(swatch.fill), luminance(swatch.ink)].sort((a, b) => b - a);
        expect(((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('finds the copies it is meant to find', () => {
    // Each line alone is a copy the scan must report.
    const samples = [
      "export type Level = 'company' | 'team' | 'personal';",
      "const k = (x: 'increase' | 'decrease' | 'atLeast' | 'atMost' | 'milestone' | 'rollup') => x;",
      "const DONE = ['done', 'klaar', 'waar'];",
      "const M = new Map([['laag', 'low'], ['hoog', 'high']]);",
      "const ORDER = ['objective', 'keyResult', 'initiative'];",
      "const C = { low: 'laag', medium: 'gemiddeld', high: 'hoog' };",
      "const TINT = '#e6f4ea';",
      'const ok = grade >= 0.7;',
      'export interface StatusThresholds { onTrack: number; atRisk: number }',
    ];
    for (const sample of samples) {
      expect(findCopies(path.join(SRC, 'server', 'sample.ts'), sample).length).toBeGreaterThan(0);
    }
    const jsx = 'const x = <input maxLength={500} />;';
    expect(findCopies(path.join(SRC, 'sidebar', 'sample.tsx'), jsx)).toHaveLength(1);
    const tooLong = 'const ok = id.length <= 40;';
    expect(findCopies(path.join(SRC, 'server', 'sample.ts'), tooLong)).toHaveLength(1);
    const cut = "const s = v.text(x, 'unit', 20);";
    expect(findCopies(path.join(SRC, 'server', 'validate.ts'), cut)).toHaveLength(1);
    // …and leaves alone what is no copy.
    const fine = [
      "if (kind === 'milestone') x = 1;",
      "const keys = ['start', 'target', 'current'];",
      "const PARENT = { objective: null, keyResult: 'objective', initiative: 'keyResult' };",
      "const SHOWN = ['onTrack', 'atRisk', 'offTrack'];",
      'const max = FIELD_LIMITS.title;',
    ];
    for (const sample of fine) expect(findCopies(path.join(SRC, 'x.ts'), sample)).toEqual([]);
  });

  it("no module of src/ exports a list or table equal to the owner's but not the owner's own", () => {
    const owned: [string, unknown][] = [
      ...Object.entries(vocabulary),
      ...Object.entries(palette),
      ['FIELD_LIMITS', FIELD_LIMITS] as [string, unknown],
    ].filter(([, v]) => typeof v === 'object' && v !== null);
    const json = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v);
    const copies: string[] = [];
    let loaded = 0;
    for (const file of files) {
      const name = rel(file);
      // Preact's views (ESM, for the browser) are covered by the source scan above.
      const browserOnly =
        name.endsWith('.tsx') || /from 'preact/.test(fs.readFileSync(file, 'utf8'));
      if (OWNERS.has(name) || browserOnly) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as Record<string, unknown>;
      loaded++;
      for (const [key, value] of Object.entries(mod)) {
        if (typeof value !== 'object' || value === null) continue;
        for (const [ownKey, own] of owned) {
          if (value !== own && json(value) === json(own)) copies.push(`${name} ${key} = ${ownKey}`);
        }
      }
    }
    expect(loaded).toBeGreaterThan(50);
    expect(copies).toEqual([]);
  });
});

describe('the words agree with what people see', () => {
  const langs = ['en', 'nl'] as const;
  const shown = (prefix: string, code: string) =>
    langs.map((l) => messages[`${prefix}.${code}` as keyof typeof messages][l]);

  it('every name a dropdown shows reads back as its code', () => {
    for (const level of LEVELS)
      for (const n of shown('level', level)) expect(parseLevel(n)).toBe(level);
    for (const type of ITEM_TYPES)
      for (const n of shown('type', type)) expect(parseItemType(n)).toBe(type);
    for (const kind of KR_KINDS)
      for (const n of shown('kind', kind)) expect(parseKind(n)).toBe(kind);
    for (const c of CONFIDENCES)
      for (const n of shown('confidence', c)) expect(parseConfidence(n)).toBe(c);
  });

  it('the done and open words are what a milestone reads', () => {
    for (const w of DONE_WORDS) expect(milestoneState(w.toUpperCase())).toBe(1);
    for (const w of OPEN_WORDS) expect(milestoneState(` ${w} `)).toBe(0);
  });

  it('the grade colour changes where the bands say', () => {
    const { green, yellow } = GRADE_BANDS;
    expect(grade(green)?.color).toBe('green');
    expect(grade(green - 0.1)?.color).toBe('yellow');
    expect(grade(yellow)?.color).toBe('yellow');
    expect(grade(yellow - 0.1)?.color).toBe('red');
    expect(grade(1)?.color).toBe('green');
    expect(grade(0)?.color).toBe('red');
  });

  it("the server refuses text one past a field's limit and keeps text at it", () => {
    const v = new Validator('en');
    for (const field of Object.keys(FIELD_LIMITS) as LimitedField[]) {
      if (field === 'id' || field === 'milestoneWord') continue;
      const max = FIELD_LIMITS[field];
      expect(v.text('x'.repeat(max), field)).toHaveLength(max);
      expect(() => v.text('x'.repeat(max + 1), field)).toThrow(String(max));
    }
    expect(v.id('K'.repeat(FIELD_LIMITS.id), 'id')).toHaveLength(FIELD_LIMITS.id);
    expect(() => v.id('K'.repeat(FIELD_LIMITS.id + 1), 'id')).toThrow();
  });
});
