// Reloads the page after data-seconds while a background job runs; the server stops including this script once it is done.
(function () {
  var script = document.currentScript;
  var seconds = Number(script && script.getAttribute('data-seconds')) || 2;
  setTimeout(function () { window.location.reload(); }, seconds * 1000);
})();
