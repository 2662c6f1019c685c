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
    response.catch(function () {});
    window.__parleyModelPrefetch = { href: url.href, response: response };
  } catch (e) {
    // No prefetch; the app fetches the model itself.
  }
})();
