// Build dist/ once before the tests, so bundle, server and browser tests all test the real
// output. `npm test` builds too; this makes a bare `npx jest` honest as well.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  if (process.env.OKR_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], {
    stdio: 'inherit',
  });
};
