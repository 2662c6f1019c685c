/*! Parley embed.js: README "Embedding" */
(function (w, d) {
if (w.Parley) return;
var ID = /^[a-z0-9][a-z0-9_-]{0,63}$/, KINDS = ['event', 'actor', 'statement', 'position'], SEL = 'iframe[data-parley]',
  BEAT = '[data-parley-step],[data-parley-event],[data-parley-from]', // scrollytelling paragraphs
  held = new WeakMap(), // frame -> queued commands, 0 once ready
  warned = new WeakSet(),
  // A line across the middle of the viewport: a paragraph takes over as it crosses it.
  io = w.IntersectionObserver && new IntersectionObserver(function (es) {
    es.forEach(function (e) { if (e.isIntersecting) beat(e.target); });
  }, { rootMargin: '-50% 0px -49% 0px' });
function origin(f) { // sandboxed: "null", reached only by '*'
  if (f.hasAttribute('sandbox') && !f.sandbox.contains('allow-same-origin')) return 'null';
  return (/^https?:\/\/[^/]+/.exec(f.src) || [''])[0];
}
function send(f, m, now) {
  var q = held.get(f), o = origin(f);
  if (q && !now) q.push(m);
  else if (o && f.contentWindow) f.contentWindow.postMessage(m, o == 'null' ? '*' : o);
}
function ping() { send(this, { type: 'parley:ping' }, 1); }
function track(f) {
  if (held.has(f)) return;
  held.set(f, []);
  f.addEventListener('load', ping);
  ping.call(f);
}
function observe(n) { if (io) io.observe(n); }
function scan(n) {
  if (!n.matches) return;
  if (n.matches(SEL)) track(n);
  n.querySelectorAll(SEL).forEach(track);
  if (n.matches(BEAT)) observe(n);
  n.querySelectorAll(BEAT).forEach(observe);
}
function frame(t) { // an iframe, its id, or a CSS selector
  try { if (typeof t == 'string') t = d.getElementById(t) || d.querySelector(t); } catch (e) { t = null; }
  return t && t.matches && t.matches(SEL) ? (track(t), t) : null;
}
function warn(el, why) { // once per element; a page's mistake must not break the page
  if (warned.has(el)) return;
  warned.add(el);
  console.warn('Parley embed.js: ' + why, el);
}
function beat(el) {
  var a = function (k) { return el.getAttribute('data-parley-' + k); }, t = a('target'), s = a('step'), f = t ? frame(t) : null;
  if (!t) [].forEach.call(d.querySelectorAll(SEL), function (x) { if (x.compareDocumentPosition(el) & 4) f = frame(x); }); // nearest before
  if (!f) return warn(el, t ? 'no iframe[data-parley] "' + t + '"' : 'no iframe[data-parley] before this element');
  if (s != null) return /^[1-9]\d{0,3}$/.test(s) ? send(f, { type: 'parley:step', step: +s }) : warn(el, 'data-parley-step "' + s + '" is not a step number like 3');
  if (a('event') != null) return select(f, { event: a('event') }) || warn(el, 'data-parley-event "' + a('event') + '" is not an id');
  if (a('from') && a('to')) return send(f, { type: 'parley:window', from: a('from'), to: a('to') });
  warn(el, 'data-parley-from needs data-parley-to');
}
function cmd(t, m) {
  var f = frame(t);
  return !!f && (send(f, m), true);
}
function select(t, s) {
  var k = KINDS.filter(function (x) { return s && s[x] != null; }), m = { type: 'parley:select' };
  return k.length == 1 && ID.test(m[k] = s[k]) && cmd(t, m);
}
w.addEventListener('message', function (e) {
  var m = e.data, h = m && m.height, f = [].find.call(d.querySelectorAll(SEL), function (x) { return x.contentWindow === e.source; });
  if (!f || e.origin !== origin(f) || !/^parley:/.test(m && m.type)) return;
  (held.get(f) || []).forEach(function (c) { send(f, c, 1); });
  held.set(f, 0);
  if (typeof h == 'number' && m.type == 'parley:height' && h >= 0 && h <= 1e5) f.style.height = Math.ceil(h) + 'px';
  if (m.type == 'parley:selected' && (m.id === null || KINDS.indexOf(m.kind) >= 0 && ID.test(m.id) && typeof m.title == 'string')) {
    f.dispatchEvent(new CustomEvent('parley:selected', { bubbles: true, detail: m.id && { kind: m.kind, id: m.id, title: m.title } }));
  }
});
d.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('[data-parley-select]'), f = a && frame(a.getAttribute('data-parley-target') || SEL);
  if (f && !(e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) && select(f, { event: a.getAttribute('data-parley-select') })) {
    e.preventDefault();
    f.scrollIntoView({ block: 'nearest' });
  }
});
new MutationObserver(function (rs) {
  rs.forEach(function (r) {
    if (r.type == 'childList') r.addedNodes.forEach(scan);
    else if (held.has(r.target)) held.set(r.target, []); // new src, new app
  });
}).observe(d.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
scan(d.documentElement);
w.Parley = { version: 1, select: select, setWindow: function (t, from, to) {
  return cmd(t, { type: 'parley:window', from: from, to: to });
}, step: function (t, n) {
  return cmd(t, { type: 'parley:step', step: n });
} };
})(window, document);
