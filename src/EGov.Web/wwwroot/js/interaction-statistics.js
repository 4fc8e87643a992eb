// 留言办理情况统计: draws the month, on-time rate and department charts from the page's JSON block (the tables hold the same figures).
(function () {
    'use strict';
    var source = document.getElementById('interaction-statistics-data');
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
        legend: { data: ['收信', '答复'] },
        grid: { left: 48, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: data.months || [] },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: [
            { type: 'bar', name: '收信', data: data.received || [] },
            { type: 'bar', name: '答复', data: data.replied || [] }
        ]
    });
    draw('rate-chart', {
        tooltip: { trigger: 'axis' },
        legend: { data: ['按期答复率（%）'] },
        grid: { left: 48, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: data.months || [] },
        yAxis: { type: 'value', min: 0, max: 100, name: '%' },
        series: [{ type: 'line', name: '按期答复率（%）', connectNulls: true, data: data.onTimeRate || [] }]
    });
    if ((data.departments || []).length > 0) {
        draw('department-chart', {
            tooltip: { trigger: 'axis' },
            legend: { data: ['收信', '答复'] },
            grid: { left: 48, right: 16, top: 32, bottom: 72 },
            xAxis: { type: 'category', data: data.departments, axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1, name: '件' },
            series: [
                { type: 'bar', name: '收信', data: data.departmentReceived },
                { type: 'bar', name: '答复', data: data.departmentReplied }
            ]
        });
    }
}());
