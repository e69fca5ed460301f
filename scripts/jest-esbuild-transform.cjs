// A jest transform over esbuild: TypeScript 7 has no JavaScript compiler API, so ts-jest cannot
// be used. Type checking is done separately by `npm run typecheck`.
const { transformSync } = require('esbuild');

module.exports = {
  process(sourceText, sourcePath) {
    const loader = sourcePath.endsWith('.tsx') ? 'tsx' : sourcePath.endsWith('.ts') ? 'ts' : 'js';
    const { code, map } = transformSync(sourceText, {
      loader,
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: sourcePath,
      jsx: 'automatic',
      jsxImportSource: 'preact',
    });
    return { code, map };
  },
};
