// 公开统计: draws the month and state charts from the page's JSON block (the tables below hold the same figures).
(function () {
    'use strict';
    var source = document.getElementById('disclosure-statistics-data');
    if (!source || typeof echarts === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent || '{}');

    function draw(id, option) {
        var element = document.getElementById(id);
        if (!element) {
            return;
        }

        element.classList.add('statistics-chart-ready');
        var chart = echarts.init(element);
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
    }

    draw('month-chart', {
        tooltip: { trigger: 'axis' },
        legend: { data: ['收到', '办结'] },
        grid: { left: 48, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: data.months || [] },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: [
            { type: 'bar', name: '收到', data: data.received || [] },
            { type: 'bar', name: '办结', data: data.concluded || [] }
        ]
    });
    draw('state-chart', {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: '65%', data: data.states || [] }]
    });
}());
