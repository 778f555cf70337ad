// Inventory charts (ECharts): sectors × scopes, the sub-sector treemap and the years stacked. Data comes from
// data- attributes; the tables beside the charts show the same figures without this file.
(function () {
  'use strict';

  function parse(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || 'null');
    } catch (e) {
      return null;
    }
  }

  function scopes(element) {
    var rows = parse(element, 'data-rows') || [];
    var label = element.getAttribute('data-scope-label') || '{0}';
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: {},
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.sector; }) },
      yAxis: { type: 'value' },
      series: [1, 2, 3].map(function (s) {
        return { name: label.replace('{0}', s), type: 'bar', stack: 'all',
          data: rows.map(function (r) { return Number(r['s' + s]); }) };
      })
    });
    return chart;
  }

  // The city's published inventories year by year, BASIC stacked by sector.
  function years(element) {
    var rows = parse(element, 'data-rows') || { years: [], sectors: [] };
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll' },
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: 'category', data: rows.years },
      yAxis: { type: 'value', name: 'tCO2e' },
      series: rows.sectors.map(function (s) {
        return { name: s.name, type: 'bar', stack: 'years', data: s.values.map(Number) };
      })
    });
    return chart;
  }

  function treemap(element) {
    var rows = parse(element, 'data-rows') || [];
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { renderMode: 'richText' },
      series: [{ type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
        data: rows.map(function (r) { return { name: r.name, value: Number(r.value) }; }) }]
    });
    return chart;
  }

  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var made = [];
    document.querySelectorAll('[data-chart^="inventory-"]').forEach(function (element) {
      var kind = element.getAttribute('data-chart');
      made.push(kind === 'inventory-scopes' ? scopes(element)
        : kind === 'inventory-years' ? years(element) : treemap(element));
    });
    window.addEventListener('resize', function () { made.forEach(function (c) { c.resize(); }); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
