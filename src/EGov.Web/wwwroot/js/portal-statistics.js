// 访问统计: draws the daily page views from the chart element's data-series attribute (the table below holds the same figures).
(function () {
    'use strict';
    var element = document.getElementById('page-view-chart');
    if (!element || typeof echarts === 'undefined') {
        return;
    }

    var series = JSON.parse(element.getAttribute('data-series') || '[]');
    element.classList.add('statistics-chart-ready');
    var chart = echarts.init(element);
    chart.setOption({
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 24, bottom: 32 },
        xAxis: { type: 'category', data: series.map(function (p) { return p[0]; }) },
        yAxis: { type: 'value', minInterval: 1, name: '浏览量' },
        series: [{ type: 'line', name: '浏览量', smooth: false, data: series.map(function (p) { return p[1]; }) }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
}());
