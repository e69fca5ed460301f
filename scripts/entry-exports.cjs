// Reads the exports of the server entry file with the TypeScript compiler API, so the list of
// top-level stubs in dist/Code.js is generated from the source, never kept by hand. Resolves
// re-exports (`export { x } from './y'`) to the declaring function to find its parameter names
// and JSDoc. (TypeScript 7 has no compiler API; the `typescript` 5.x package serves here and
// for ESLint, while `npm run typecheck` uses TypeScript 7.)
const ts = require('typescript');

/** @returns {{name: string, params: string[], jsdoc: string, custom: boolean}[]} */
function readEntryExports(entryFile) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: false,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  if (!source) throw new Error(`Cannot read the entry file ${entryFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const result = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = (symbol.declarations ?? []).find(
      (d) => ts.isFunctionDeclaration(d) || ts.isVariableDeclaration(d),
    );
    if (!decl) {
      if (
        symbol.flags &
        (ts.SymbolFlags.Type | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
      )
        continue; // type-only exports are not globals
      throw new Error(`Export ${name} of the entry file is not a function`);
    }
    let fn = decl;
    if (ts.isVariableDeclaration(decl)) {
      const init = decl.initializer;
      if (!init || !(ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
        throw new Error(`Export ${name} of the entry file is not a function`);
      fn = init;
    }
    const params = fn.parameters.map((p) => {
      if (!ts.isIdentifier(p.name)) throw new Error(`Export ${name}: use plain parameter names`);
      if (p.dotDotDotToken) throw new Error(`Export ${name}: rest parameters are not supported`);
      return p.name.text;
    });
    const jsdoc = leadingJsDoc(
      ts.isVariableDeclaration(decl) ? decl.parent.parent : decl,
      decl.getSourceFile(),
    );
    if (name.endsWith('_'))
      throw new Error(`Export ${name}: names ending in _ are private in Apps Script`);
    result.push({ name, params, jsdoc, custom: /@customfunction\b/.test(jsdoc) });
  }
  result.sort((a, b) => a.name.localeCompare(b.name));
  return result;
}

function leadingJsDoc(node, sourceFile) {
  const text = sourceFile.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const docs = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
  const last = docs[docs.length - 1];
  if (!last) return '';
  // Re-indent to column 0.
  return last
    .split('\n')
    .map((line) => line.replace(/^\s*\*/, ' *').replace(/^\s*\/\*\*/, '/**'))
    .join('\n');
}

function renderStubs(exportsList, globalName) {
  const lines = [];
  for (const e of exportsList) {
    if (e.jsdoc) lines.push(e.jsdoc);
    lines.push(
      `function ${e.name}(${e.params.join(', ')}) {`,
      `  return ${globalName}.${e.name}.apply(this, arguments);`,
      `}`,
      '',
    );
  }
  return lines.join('\n');
}

module.exports = { readEntryExports, renderStubs };
