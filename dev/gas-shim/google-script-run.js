// A stand-in for the google.script API that HtmlService gives a sidebar, for running the built
// dist/sidebar.html outside Google: in browser tests (transport = Playwright exposeFunction) and
// in the local preview (transport = HTTP). Plain browser JavaScript, no dependencies.
//
// The page (or the test) provides the transport before the sidebar's script runs:
//   window.__okrTransport(name, argJson) → Promise<resultJson>
// It resolves with the JSON text of the server function's result ('' for no result) and
// rejects (or resolves with {"__error": {"message": …}}) when the server function threw.
//
// Like the real google.script.run:
//   google.script.run.withSuccessHandler(fn).withFailureHandler(fn).withUserObject(o).NAME(arg)
// each with… call returns a new runner; NAME may be any server function; handlers run
// asynchronously with (value, userObject) / (error, userObject); arguments cross the wire as
// JSON. An argument google.script.run cannot carry (a Date, a function, a DOM node, a cycle)
// fails the call before it is sent, by the rule in script-run-values.js, which must be loaded
// first (in Node it is required). The transport's server end checks results by the same rule.
/* global window */
(function () {
  'use strict';
  var root = typeof window !== 'undefined' ? window : globalThis;
  var values =
    root.okrScriptRunValues ||
    (typeof require === 'function' ? require('./script-run-values.js') : null);
  if (!values)
    throw new Error('Load dev/gas-shim/script-run-values.js before google-script-run.js.');

  function toError(reason) {
    if (reason instanceof Error) {
      // Playwright prefixes errors thrown by an exposed function's Node side; keep the message.
      var message = String(reason.message || reason).replace(/^Error: /, '');
      var err = new Error(message);
      err.name = reason.name && reason.name !== 'Error' ? reason.name : 'ScriptError';
      return err;
    }
    if (reason && typeof reason === 'object' && 'message' in reason) {
      var e = new Error(String(reason.message));
      e.name = reason.name ? String(reason.name) : 'ScriptError';
      return e;
    }
    var plain = new Error(String(reason));
    plain.name = 'ScriptError';
    return plain;
  }

  function invoke(name, args, state) {
    var transport = root.__okrTransport;
    var onSuccess = state.success;
    var onFailure = state.failure;
    var userObject = state.userObject;
    function fail(reason) {
      var error = toError(reason);
      if (onFailure) onFailure(error, userObject);
      else if (root.console) root.console.error('google.script.run.' + name + ' failed:', error);
    }
    var argJson;
    try {
      if (args.length > 1) throw new Error('google.script.run passes one argument in this add-on');
      values.checkScriptRunValue(args, 'argument');
      argJson = args.length ? JSON.stringify(args[0]) : '';
      if (argJson === undefined) argJson = '';
    } catch (err) {
      setTimeout(function () {
        fail(err);
      }, 0);
      return;
    }
    if (typeof transport !== 'function') {
      setTimeout(function () {
        fail(new Error('No transport: window.__okrTransport is not set'));
      }, 0);
      return;
    }
    Promise.resolve()
      .then(function () {
        return transport(name, argJson);
      })
      .then(function (text) {
        var value =
          text === '' || text === undefined || text === null ? undefined : JSON.parse(text);
        if (value && typeof value === 'object' && value.__error) {
          fail(value.__error);
          return;
        }
        if (onSuccess) onSuccess(value, userObject);
      }, fail);
  }

  function runner(state) {
    var base = {
      withSuccessHandler: function (fn) {
        return runner(assign(state, { success: fn }));
      },
      withFailureHandler: function (fn) {
        return runner(assign(state, { failure: fn }));
      },
      withUserObject: function (obj) {
        return runner(assign(state, { userObject: obj }));
      },
    };
    return new Proxy(base, {
      get: function (target, prop) {
        if (prop in target) return target[prop];
        if (typeof prop !== 'string' || prop === 'then') return undefined;
        return function () {
          invoke(prop, Array.prototype.slice.call(arguments), state);
        };
      },
    });
  }

  function assign(a, b) {
    var out = {};
    for (var k in a) out[k] = a[k];
    for (var j in b) out[j] = b[j];
    return out;
  }

  var google = root.google || (root.google = {});
  google.script = google.script || {};
  google.script.run = runner({});
  google.script.host = google.script.host || {
    origin: root.location ? root.location.origin : '',
    close: function () {},
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} },
  };
})();
