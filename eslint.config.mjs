// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** One no-restricted-imports rule per folder: the layers it must not import. */
function layerRules(forbidden) {
  return Object.entries(forbidden).map(([files, layers]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: layers.map((layer) => ({
            group: [`**/${layer}/*`, `**/${layer}`],
            message: `${files.split('/')[1]} may not import src/${layer} (see ARCHITECTURE.md, Folders).`,
          })),
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render user text as text; never innerHTML.' },
      ],
    },
  },
  // The folders' rules (ARCHITECTURE.md "Folders"): the core is pure and imports no other
  // layer; the contract (src/shared) imports only the core; the sidebar never imports the
  // server, nor the server the sidebar.
  ...layerRules({
    'src/core/**': ['shared', 'server', 'sidebar'],
    'src/shared/**': ['server', 'sidebar'],
    'src/sidebar/**': ['server'],
    'src/server/**': ['sidebar'],
  }),
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
