/**
 * Throws unless `value` is what google.script.run carries: primitives, null, arrays and plain
 * objects of them, without cycles (a Date, a function, a Map, a DOM node … throw).
 */
export function checkScriptRunValue(value: unknown, what: 'argument' | 'result'): void;
