// 好差评公开: draws the per-department chart from the page's JSON block (the table below holds the same figures).
(function () {
    'use strict';
    var source = document.getElementById('approvals-ratings-data');
    var element = document.getElementById('ratings-chart');
    if (!source || !element || typeof echarts === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent || '{}');
    if (!data.departments || data.departments.length === 0) {
        return;
    }

    element.classList.add('statistics-chart-ready');
    var chart = echarts.init(element);
    chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { data: ['平均星级', '满意率（%）'] },
        grid: { left: 48, right: 48, top: 32, bottom: 64 },
        xAxis: { type: 'category', data: data.departments, axisLabel: { interval: 0, rotate: 30 } },
        yAxis: [
            { type: 'value', name: '星', min: 0, max: 5 },
            { type: 'value', name: '%', min: 0, max: 100 }
        ],
        series: [
            { type: 'bar', name: '平均星级', data: data.average },
            { type: 'line', name: '满意率（%）', yAxisIndex: 1, data: data.satisfied }
        ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
}());
