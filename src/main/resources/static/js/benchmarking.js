// Benchmarking charts (ECharts): a strip of the city among its peers per indicator, the
// distribution of the index, and the clusters' scatter. Data and labels come from data-*
// attributes in the reader's language; each chart has a table beside it that works without
// JavaScript.
(function () {
  'use strict';

  function parse(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || 'null');
    } catch (e) {
      return null;
    }
  }

  function number() {
    return new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumSignificantDigits: 4 });
  }

  function strip(element) {
    var data = parse(element, 'data-strip');
    if (!data || !data.points || data.points.length === 0) {
      element.hidden = true;
      return;
    }
    var format = number();
    echarts.init(element).setOption({
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.data[2] + ': ' + format.format(p.data[0]); } },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: data.unit, scale: true, axisLabel: { formatter: function (v) { return format.format(v); } } },
      yAxis: { type: 'category', data: [''], show: false },
      series: [{
        type: 'scatter', symbolSize: 16,
        data: data.points.map(function (p) { return [p.value, '', p.name]; }),
        itemStyle: { color: function (p) { return data.points[p.dataIndex].own ? '#c0392b' : '#2f6f9f'; } },
        label: { show: true, position: 'top', formatter: function (p) { return p.data[2]; }, fontSize: 10 }
      }]
    });
  }

  function histogram(element) {
    var bins = parse(element, 'data-histogram');
    if (!bins) {
      return;
    }
    echarts.init(element).setOption({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: bins.map(function (b, i) { return (i * 10) + '–' + (i * 10 + 10) + '%'; }) },
      yAxis: { type: 'value', name: element.getAttribute('data-label'), minInterval: 1 },
      series: [{ type: 'bar', data: bins, itemStyle: { color: '#2f6f9f' } }]
    });
  }

  function scatter(element) {
    var clusters = parse(element, 'data-clusters');
    if (!clusters) {
      return;
    }
    var format = number();
    echarts.init(element).setOption({
      legend: { type: 'scroll', top: 0 },
      tooltip: { renderMode: 'richText', formatter: function (p) { return p.data[2] + ': ' + format.format(p.data[0]) + ' / ' + format.format(p.data[1]); } },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'log', name: element.getAttribute('data-x') },
      yAxis: { type: 'value', name: element.getAttribute('data-y') },
      series: clusters.map(function (c) {
        return { name: element.getAttribute('data-cluster') + ' ' + c.cluster, type: 'scatter', symbolSize: 10, data: c.points };
      })
    });
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.benchmark-strip').forEach(strip);
    document.querySelectorAll('.benchmark-histogram').forEach(histogram);
    document.querySelectorAll('.benchmark-scatter').forEach(scatter);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
