// 监察统计 and 月度电子监察报告: draws the score, month and rule charts from the page's JSON block (the tables hold the same
// figures), the same ECharts setup as approvals-statistics.js; the report's print button prints the page.
(function () {
    'use strict';
    var print = document.getElementById('print-report');
    if (print) {
        print.addEventListener('click', function () { window.print(); });
    }

    var source = document.getElementById('oversight-statistics-data');
    if (!source || typeof echarts === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent || '{}');
    var charts = [];

    function draw(id, option) {
        var element = document.getElementById(id);
        if (!element) {
            return;
        }

        element.classList.add('statistics-chart-ready');
        var chart = echarts.init(element);
        chart.setOption(option);
        charts.push(chart);
    }

    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });

    if ((data.departments || []).length > 0) {
        draw('score-chart', {
            tooltip: { trigger: 'axis' },
            legend: { data: ['得分', '按时办结', '逾期'] },
            grid: { left: 48, right: 48, top: 32, bottom: 72 },
            xAxis: { type: 'category', data: data.departments, axisLabel: { interval: 0, rotate: 30 } },
            yAxis: [{ type: 'value', name: '分' }, { type: 'value', name: '件', minInterval: 1 }],
            series: [
                { type: 'bar', name: '得分', data: data.scores },
                { type: 'line', name: '按时办结', yAxisIndex: 1, data: data.onTime },
                { type: 'line', name: '逾期', yAxisIndex: 1, data: data.overdue }
            ]
        });
    }

    draw('month-chart', {
        tooltip: { trigger: 'axis' },
        legend: { data: ['办件', '逾期', '黄牌', '红牌', '异常'] },
        grid: { left: 48, right: 16, top: 32, bottom: 32 },
        xAxis: { type: 'category', data: data.months || [] },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: [
            { type: 'line', name: '办件', data: data.cases || [] },
            { type: 'line', name: '逾期', data: data.monthOverdue || [] },
            { type: 'bar', name: '黄牌', stack: 'cards', data: data.yellow || [] },
            { type: 'bar', name: '红牌', stack: 'cards', data: data.red || [] },
            { type: 'bar', name: '异常', stack: 'cards', data: data.anomalies || [] }
        ]
    });

    if ((data.rules || []).length > 0) {
        draw('rule-chart', {
            tooltip: { trigger: 'item' },
            legend: { type: 'scroll', bottom: 0 },
            series: [{ type: 'pie', name: '黄牌红牌', radius: ['30%', '60%'], data: data.rules }]
        });
    }
}());
