// The browser side of LiveReload, served as /livereload.js: a small client of the LiveReload
// protocol (official-7) written for jekyllpp. It reads port, host, mindelay and maxdelay
// (milliseconds) from its own URL as livereload.js does, reloads stylesheets in place for
// CSS paths and the page for anything else, and reconnects with a growing delay.
#include "jekyllpp/serve/livereload_server.hpp"

namespace jekyllpp::serve {

const char* const kLiveReloadClient = R"JS((function () {
  'use strict';
  if (window.__jekyllppLiveReload) return;
  window.__jekyllppLiveReload = true;

  var script = document.currentScript;
  if (!script) {
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/livereload\.js\b/.test(scripts[i].src)) { script = scripts[i]; break; }
    }
  }
  var params = {};
  var query = script && script.src.indexOf('?') >= 0 ? script.src.split('?')[1] : '';
  query.split('&').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) params[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
  });
  var host = params.host || (script && script.src ? new URL(script.src).hostname : '') ||
             location.hostname || 'localhost';
  var port = params.port || 35729;
  var minDelay = parseInt(params.mindelay, 10) || 1000;
  var maxDelay = parseInt(params.maxdelay, 10) || 60000;
  var delay = minDelay;
  var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';

  function reloadStylesheets() {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      url.searchParams.set('livereload', Date.now());
      link.href = url.toString();
    });
  }

  function handle(message) {
    if (message.command === 'reload') {
      if (message.liveCSS && /\.css$/i.test(message.path || '')) {
        reloadStylesheets();
      } else {
        location.reload();
      }
    } else if (message.command === 'alert') {
      window.alert(message.message);
    }
  }

  function connect() {
    var socket = new WebSocket(scheme + host + ':' + port + '/livereload');
    socket.onopen = function () {
      delay = minDelay;
      socket.send(JSON.stringify({
        command: 'hello',
        protocols: ['http://livereload.com/protocols/official-7']
      }));
      socket.send(JSON.stringify({ command: 'url', url: location.href }));
    };
    socket.onmessage = function (event) {
      try { handle(JSON.parse(event.data)); } catch (e) { /* not ours */ }
    };
    socket.onclose = function () {
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, maxDelay);
    };
  }
  connect();
})();
)JS";

}  // namespace jekyllpp::serve
