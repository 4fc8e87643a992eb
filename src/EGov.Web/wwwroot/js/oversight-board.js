// 电子监察看板: draws the module chart from the page's JSON block and refreshes the tiles every 60 s from the summary API.
(function () {
    'use strict';
    var colours = { normal: '#1e6b35', warning: '#0b4f9c', yellow: '#e0a800', red: '#a4161a' };

    function drawChart() {
        var source = document.getElementById('oversight-board-data');
        var element = document.getElementById('board-module-chart');
        if (!source || !element || typeof echarts === 'undefined') {
            return;
        }

        var data = JSON.parse(source.textContent || '{}');
        element.classList.add('board-chart-ready');
        var chart = echarts.init(element);
        chart.setOption({
            tooltip: { trigger: 'axis' },
            legend: { data: data.levels.map(function (l) { return l.name; }) },
            grid: { left: 48, right: 16, top: 32, bottom: 32 },
            xAxis: { type: 'category', data: data.modules },
            yAxis: { type: 'value', minInterval: 1, name: '件' },
            series: data.levels.map(function (l) {
                return { type: 'bar', name: l.name, stack: 'level', data: l.counts, itemStyle: { color: colours[l.code] } };
            })
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function refreshTiles() {
        var tiles = document.querySelector('[data-summary-url]');
        if (!tiles || !window.fetch) {
            return;
        }

        fetch(tiles.getAttribute('data-summary-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (summary) {
                if (!summary) {
                    return;
                }

                Object.keys(summary.byLevel).forEach(function (level) {
                    var count = tiles.querySelector('[data-board-level="' + level + '"]');
                    if (count) {
                        count.textContent = summary.byLevel[level];
                    }
                });
                var total = document.querySelector('[data-board-total]');
                if (total) {
                    total.textContent = summary.total;
                }

                var updated = document.querySelector('[data-board-updated]');
                if (updated) {
                    updated.textContent = '已于 ' + new Date().toLocaleTimeString('zh-CN', { hour12: false }) + ' 更新，每 60 秒自动更新。';
                }
            })
            .catch(function () { /* keep the last figures; the next refresh tries again */ });
    }

    drawChart();
    window.setInterval(refreshTiles, 60000);
}());
