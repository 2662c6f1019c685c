// Starts the model's download while the app's script is still loading: the model is the largest
// file and everything waits for it. A plain script, so the browser runs it as soon as it arrives
// (an inline one would break the CSP; a module one would be bundled with the app by Vite).
// src/data/fetch-model.ts takes the response; it checks the address and the answer as for any fetch.
(function () {
  try {
    var raw = new URLSearchParams(location.search).getAll('model').find(function (v) { return v !== ''; });
    var url = new URL(raw || 'data/ukraine-ceasefire-2025.json', location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    var response = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
    // The body is read as it arrives, while the app's script still loads and the page's thread is
    // mostly idle: unread, it stalled the download until the app asked for it (10,000 events: the
    // last byte came ~200 ms later). Not an error status, nor more than the app would open
    // (MAX_MODEL_BYTES in src/data/decode-model-bytes.ts, by the declared length): the app reports those.
    var bytes = response.then(function (r) {
      return r.ok && !(Number(r.headers.get('content-length')) > 20 * 1024 * 1024) ? r.arrayBuffer() : undefined;
    });
    response.catch(function () {});
    bytes.catch(function () {});
    window.__parleyModelPrefetch = { href: url.href, response: response, bytes: bytes };
  } catch (e) {
    // No prefetch; the app fetches the model itself.
  }
})();
