// The public API of the OKR core: pure TypeScript, no Apps Script globals, no clock.
export * from './confidence';
export * from './dates';
export * from './errors';
export * from './grade';
export * from './i18n';
export * from './kinds';
export * from './pace';
export * from './period';
export * from './progress';
export * from './rollup';
export * from './status';
export * from './values';
export * from './vocabulary';
