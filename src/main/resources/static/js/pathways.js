// The pathways chart (ECharts). Its data and labels come from the data-pathways attribute,
// already in the reader's language; the table beside it shows the same figures without
// JavaScript, and is folded once the chart is drawn.
(function () {
  'use strict';

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-pathways') || 'null');
    } catch (e) {
      return;
    }
    if (!data || typeof echarts === 'undefined') {
      return;
    }
    var narrow = element.clientWidth < 480;
    var chart = echarts.init(element);
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 0 });
    chart.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v == null ? '–' : number.format(v); } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 8, right: 16, top: narrow ? 56 : 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.years, boundaryGap: false },
      yAxis: {
        type: 'value', name: data.unit, min: 0,
        axisLabel: { formatter: function (v) { return number.format(v); } }
      },
      series: data.series.map(function (s) {
        if (s.kind === 'inventory') {
          return { name: s.name, type: 'scatter', symbolSize: 10, data: s.data, z: 3 };
        }
        return {
          name: s.name, type: 'line', data: s.data, connectNulls: false, showSymbol: false,
          lineStyle: { type: s.kind === 'bau' ? 'dashed' : 'solid', width: 2 }
        };
      })
    });
    var table = element.parentNode.querySelector('details.pathway-table');
    if (table) {
      table.removeAttribute('open');
    }
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    document.querySelectorAll('[data-pathways]').forEach(function (element) {
      if (!element.getAttribute('data-drawn')) {
        element.setAttribute('data-drawn', 'true');
        draw(element);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
