// What google.script.run may carry, in an argument and in a result: one rule for the browser
// stand-in (google-script-run.js, which loads after this file) and the local runtime's loader
// (dev/runtime/loader.ts). Plain JavaScript for both: in a page it sets window.okrScriptRunValues,
// under Node it is a CommonJS module.
//
// Google: "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as
// well as JavaScript objects and arrays that are composed of primitives, objects, and arrays. ...
// Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
// prohibited type, including prohibited types inside objects or arrays. Objects that create
// circular references will also fail" (developers.google.com/apps-script/guides/html/communication,
// "Parameters and return values"; developers.google.com/apps-script/guides/html/reference/run:
// "Most types are legal, but not Date, Function, or DOM element besides form"). The same holds for
// what a server function returns. JSON would quietly turn a Date into text and drop a function,
// so here anything else throws, naming what and where.
/* global window */
(function (root) {
  'use strict';

  var HINTS = {
    Date: 'send a date as ISO text (2026-03-31)',
    function: 'send data, not code',
    'circular reference': 'send a tree of plain objects and arrays',
  };

  /** What `value` is when google.script.run may not carry it, else ''. */
  function illegalKind(value) {
    var type = typeof value;
    if (value === null || value === undefined) return '';
    if (type === 'string' || type === 'number' || type === 'boolean') return '';
    if (type === 'function') return 'function';
    if (type !== 'object') return type;
    var tag = Object.prototype.toString.call(value).slice(8, -1);
    if (Array.isArray(value)) return '';
    if (tag === 'Date') return 'Date';
    var proto = Object.getPrototypeOf(value);
    // A plain object: {…} or Object.create(null), from this realm or another (the script's vm).
    if (tag === 'Object' && (proto === null || Object.getPrototypeOf(proto) === null)) return '';
    var ctor = proto && proto.constructor && proto.constructor.name;
    return ctor && ctor !== 'Object' ? ctor : tag;
  }

  /** Where a value is, from the keys and indexes on the way to it: "[0].items[2].due". */
  function pathText(path) {
    var at = '';
    for (var i = 0; i < path.length; i++) {
      var step = path[i];
      if (typeof step === 'number') at += '[' + step + ']';
      else at = at ? at + '.' + step : step;
    }
    return at;
  }

  // `path` holds the keys and indexes on the way (text only for a message: a large answer has
  // hundreds of thousands of values).
  function walk(value, what, path, ancestors) {
    var kind = illegalKind(value);
    if (!kind && value !== null && typeof value === 'object') {
      if (ancestors.indexOf(value) >= 0) kind = 'circular reference';
      else {
        ancestors.push(value);
        if (Array.isArray(value))
          for (var i = 0; i < value.length; i++) {
            path.push(i);
            walk(value[i], what, path, ancestors);
            path.pop();
          }
        else {
          var keys = Object.keys(value);
          for (var j = 0; j < keys.length; j++) {
            path.push(keys[j]);
            walk(value[keys[j]], what, path, ancestors);
            path.pop();
          }
        }
        ancestors.pop();
        return;
      }
    }
    if (!kind) return;
    var at = pathText(path);
    throw new Error(
      'google.script.run cannot carry ' +
        (/^[aeiou]/i.test(kind) ? 'an ' : 'a ') +
        kind +
        ' in its ' +
        what +
        (at ? ' (at ' + at + ')' : '') +
        ': ' +
        (HINTS[kind] || 'send strings, numbers, booleans, null, plain objects and arrays') +
        '.',
    );
  }

  /**
   * Throws unless `value` is what google.script.run carries: primitives, null, arrays and plain
   * objects of them, without cycles. `what` is 'argument' or 'result' (for the message).
   */
  function checkScriptRunValue(value, what) {
    walk(value, what, [], []);
  }

  var api = { checkScriptRunValue: checkScriptRunValue };
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  else root.okrScriptRunValues = api;
})(typeof window !== 'undefined' ? window : globalThis);
