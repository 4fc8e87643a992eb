// 政务服务统计: draws the target, department and month charts from the page's JSON block (the tables hold the same figures).
(function () {
    'use strict';
    var source = document.getElementById('approvals-statistics-data');
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

    var targets = data.targets || [];
    draw('target-chart', {
        tooltip: { trigger: 'axis' },
        legend: { data: ['目标（%）', '实际（%）'] },
        grid: { left: 48, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: targets.map(function (t) { return t.name; }) },
        yAxis: { type: 'value', min: 0, max: 100, name: '%' },
        series: [
            { type: 'bar', name: '目标（%）', data: targets.map(function (t) { return t.target; }) },
            { type: 'bar', name: '实际（%）', data: targets.map(function (t) { return t.actual; }) }
        ]
    });
    if ((data.departments || []).length > 0) {
        draw('department-chart', {
            tooltip: { trigger: 'axis' },
            legend: { data: ['网上收件', '窗口收件'] },
            grid: { left: 48, right: 16, top: 32, bottom: 64 },
            xAxis: { type: 'category', data: data.departments, axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1, name: '件' },
            series: [
                { type: 'bar', name: '网上收件', stack: 'received', data: data.online },
                { type: 'bar', name: '窗口收件', stack: 'received', data: data.window }
            ]
        });
    }
    draw('month-chart', {
        tooltip: { trigger: 'axis' },
        legend: { data: ['收件', '办结', '评价'] },
        grid: { left: 48, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: data.months || [] },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: [
            { type: 'line', name: '收件', data: data.received || [] },
            { type: 'line', name: '办结', data: data.concluded || [] },
            { type: 'line', name: '评价', data: data.ratings || [] }
        ]
    });
}());
