// Starts the model's download while the app's script is still loading: the model is the largest
// file and everything waits for it. A plain script, so the browser runs it as soon as it arrives
// (an inline one would break the CSP; a module one would be bundled with the app by Vite).
// src/data/fetch-model.ts takes the response and the body (ModelPrefetch there); it checks the
// address and the answer as for any fetch.
(function () {
  try {
    // The site's own model is named on this script's tag in index.html (a build around another model
    // rewrites it, see tools/vite-model-plugin.ts); `?model=` overrides it, as in the app.
    var own = (document.currentScript && document.currentScript.getAttribute('data-model')) || 'data/ukraine-ceasefire-2025.json';
    var raw = new URLSearchParams(location.search).getAll('model').find(function (v) { return v !== ''; });
    var url = new URL(raw || own, location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    // As much as is read ahead (the app's default size limit, MODEL_SIZE_LIMIT in src/data/model-size-limit.ts).
    var LIMIT = 100 * 1024 * 1024;
    // From this declared length on, the app's model worker downloads the file itself and the app cancels
    // this body unread (WORKER_THRESHOLD_BYTES in src/data/decode-model.ts; prefetch-model.test.ts
    // keeps the two in step): reading it here would keep the page's thread busy for nothing.
    var WORKER_THRESHOLD = 8 * 1024 * 1024;
    var response = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
    // The body is read as it arrives, while the app's script still loads and the page's thread is
    // mostly idle: unread, it stalled the download until the app asked for it (10,000 events: the
    // last byte came ~200 ms later). A queue of up to LIMIT bytes between the network and the app
    // does it: the app reads the same stream, from the first byte, with its own progress and limit.
    // Not for an error status or a large declared length (a compressed body's length does not count,
    // as in the app): the app reports the one and hands the other to its worker.
    var body = response.then(function (r) {
      var length = r.headers.get('content-encoding') ? NaN : Number(r.headers.get('content-length'));
      if (!r.ok || !r.body || length >= WORKER_THRESHOLD) return undefined;
      return r.body.pipeThrough(new TransformStream({}, new ByteLengthQueuingStrategy({ highWaterMark: LIMIT })));
    });
    response.catch(function () {});
    body.catch(function () {});
    window.__parleyModelPrefetch = { href: url.href, response: response, body: body };
  } catch (e) {
    // No prefetch; the app fetches the model itself.
  }
})();
