// Report charts (ECharts): one bar chart per figure from its data-rows attribute. The table
// beside each chart shows the same figures and links without this file.
(function () {
  'use strict';

  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var made = [];
    document.querySelectorAll('[data-chart="programme-figure"]').forEach(function (element) {
      var rows;
      try {
        rows = JSON.parse(element.getAttribute('data-rows') || '[]');
      } catch (e) {
        rows = [];
      }
      if (!rows.length) {
        return;
      }
      var chart = echarts.init(element);
      chart.setOption({
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        grid: { containLabel: true, left: 8, right: 16, top: 8, bottom: 8 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.label; }) },
        series: [{ type: 'bar', data: rows.map(function (r) { return Number(r.number); }) }]
      });
      made.push(chart);
    });
    window.addEventListener('resize', function () { made.forEach(function (c) { c.resize(); }); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
