// 在线调查结果: draws each question's chart from its data attributes (the table below it holds the same figures).
(function () {
    'use strict';
    if (typeof echarts === 'undefined') {
        return;
    }

    document.querySelectorAll('.survey-chart[data-labels]').forEach(function (element) {
        var labels = JSON.parse(element.getAttribute('data-labels') || '[]');
        var values = JSON.parse(element.getAttribute('data-values') || '[]');
        if (labels.length === 0) {
            return;
        }

        element.classList.add('survey-chart-ready');
        var chart = echarts.init(element);
        var option = element.getAttribute('data-chart') === 'pie'
            ? {
                tooltip: { trigger: 'item', formatter: '{b}：{c}人（{d}%）' },
                series: [{ type: 'pie', radius: '65%', data: labels.map(function (name, i) { return { name: name, value: values[i] }; }) }]
            }
            : {
                tooltip: { trigger: 'axis' },
                grid: { left: 48, right: 16, top: 24, bottom: 64 },
                xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 20 } },
                yAxis: { type: 'value', name: '人', minInterval: 1 },
                series: [{ type: 'bar', data: values }]
            };
        chart.setOption(option);
        window.addEventListener('resize', function () { chart.resize(); });
    });
}());
