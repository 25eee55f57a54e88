// The console's only script: the pass page polls its progress and reloads itself when the pass has ended.
(function () {
  'use strict';
  var pass = document.getElementById('pass');
  if (!pass || pass.getAttribute('data-state') !== 'RUNNING') {
    return;
  }
  var url = pass.getAttribute('data-progress-url');
  function poll() {
    fetch(url, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (progress) {
        document.getElementById('done').textContent = String(progress.done);
        document.getElementById('total').textContent = progress.total === null ? '?' : String(progress.total);
        document.getElementById('state').textContent = progress.stateTitle;
        var bar = document.getElementById('bar');
        bar.value = progress.done;
        if (progress.total !== null) {
          bar.max = progress.total;
        }
        if (progress.state !== 'RUNNING') {
          window.location.reload();
        } else {
          window.setTimeout(poll, 700);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 3000);
      });
  }
  window.setTimeout(poll, 300);
})();
