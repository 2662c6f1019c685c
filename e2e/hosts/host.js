// Records what the embed tells this page, for the browser tests to read back.
window.parleySelected = [];
window.parleyMessages = [];
document.addEventListener('parley:selected', function (event) {
  window.parleySelected.push({ target: event.target.id, detail: event.detail });
});
window.addEventListener('message', function (event) {
  var data = event.data;
  if (data && typeof data.type === 'string' && data.type.indexOf('parley:') === 0) {
    window.parleyMessages.push({ origin: event.origin, data: data });
  }
});
