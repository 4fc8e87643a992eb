// 电子监察规则: while the open clocks' warnings are recomputed, show the progress and reload the page when done.
(function () {
    'use strict';
    var box = document.querySelector('[data-recompute]');
    if (!box) {
        return;
    }

    var format = new Intl.NumberFormat('en-US');
    function poll() {
        fetch(box.getAttribute('data-recompute'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (body) {
                var progress = body && body.recompute;
                if (!progress || !progress.running) {
                    window.location.reload();
                    return;
                }

                box.querySelector('[data-recompute-done]').textContent = format.format(progress.done);
                box.querySelector('[data-recompute-total]').textContent = format.format(progress.total);
                window.setTimeout(poll, 2000);
            })
            .catch(function () { window.setTimeout(poll, 5000); });
    }

    window.setTimeout(poll, 2000);
}());
