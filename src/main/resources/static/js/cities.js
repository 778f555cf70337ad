// Charts (ECharts) and the city map (Leaflet). Data comes from data- attributes or JSON
// fetched from the platform, never from inline scripts; pages work without this file.
(function () {
  'use strict';

  function parse(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || 'null');
    } catch (e) {
      return null;
    }
  }

  // Numbers in the page's language; years stay plain digits ("2020", never "2,020").
  var lang = document.documentElement.lang || 'en';
  var numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  function year(v) { return String(Math.round(v)); }
  function narrow(element) { return element.clientWidth < 480; }

  // A line per series with at least two years; one value alone reads better in the table
  // beside the chart, so a chart of single values is not drawn at all. Series of different
  // kinds (people, km²) get an axis each.
  function factChart(element) {
    var series = (parse(element, 'data-series') || []).filter(function (s) { return s.data.length > 1; });
    if (!series.length) {
      element.hidden = true;
      var table = element.nextElementSibling;
      if (table && table.tagName === 'DETAILS') {
        table.open = true;
      }
      return null;
    }
    var kinds = [];
    series.forEach(function (s) { if (kinds.indexOf(s.kind) < 0) kinds.push(s.kind); });
    kinds = kinds.slice(0, 2);
    series = series.filter(function (s) { return kinds.indexOf(s.kind) >= 0; });
    var years = [];
    series.forEach(function (s) { s.data.forEach(function (d) { years.push(d[0]); }); });
    var small = narrow(element);
    var chart = echarts.init(element);
    chart.setOption({
      legend: { type: 'scroll', bottom: 0 },
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return numbers.format(v); } },
      grid: { left: 8, right: 8, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, min: Math.min.apply(null, years), max: Math.max.apply(null, years),
        axisLabel: { formatter: year, hideOverlap: true } },
      yAxis: kinds.map(function (k, i) {
        return { type: 'value', scale: true, position: i === 0 ? 'left' : 'right', splitLine: { show: i === 0 },
          axisLabel: { formatter: function (v) { return compact.format(v); } } };
      }),
      series: series.map(function (s) {
        return { name: s.name, type: 'line', data: s.data, yAxisIndex: kinds.indexOf(s.kind),
          symbolSize: small ? 4 : 6 };
      })
    });
    return chart;
  }

  function timelineChart(element) {
    var rows = parse(element, 'data-rows') || [];
    var small = narrow(element);
    var labels = rows.map(function (r) { return r.city + ': ' + r.title; });
    var first = rows.length ? Math.min.apply(null, rows.map(function (r) { return r.from; })) - 1 : 2000;
    // One readable line per target: tall enough that no label is dropped.
    element.style.height = Math.max(240, rows.length * 36 + 70) + 'px';
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: {
        confine: true,
        formatter: function (p) {
          // the transparent first bar only shifts each span to its base year
          var r = rows[p.dataIndex];
          var esc = echarts.format.encodeHTML;
          return esc(r.city) + '<br>' + esc(r.title) + '<br>' + r.from + ' → ' + r.to + (r.rateText ? '<br>' + esc(r.rateText) : '');
        }
      },
      grid: { left: 8, right: 16, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: first, minInterval: 1, axisLabel: { formatter: year, hideOverlap: true, fontSize: 12 } },
      yAxis: { type: 'category', data: labels, inverse: true,
        axisLabel: { width: Math.min(260, Math.round(element.clientWidth * (small ? 0.42 : 0.35))), overflow: 'truncate',
          fontSize: 12, interval: 0 } },
      series: [
        { type: 'bar', stack: 'span', itemStyle: { color: 'transparent' }, data: rows.map(function (r) { return r.from; }),
          tooltip: { show: false } },
        { type: 'bar', stack: 'span', barMaxWidth: 20, data: rows.map(function (r) { return Math.max(r.to - r.from, 0.4); }) }
      ]
    });
    return chart;
  }

  function yearsChart(element) {
    var data = parse(element, 'data-timeline') || { years: [], series: [] };
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', confine: true },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: data.years, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'all', data: s.data }; })
    });
    return chart;
  }

  function charts() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var made = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var kind = element.getAttribute('data-chart');
      if (element.getAttribute('data-ready')) {
        return;
      }
      element.setAttribute('data-ready', 'true');
      // The table beside the chart folds once the chart is drawn; it stays one tap away.
      var table = element.parentNode.querySelector('details.chart-data');
      if (table && element.nextElementSibling === table) {
        table.open = false;
      }
      var chart = null;
      if (kind === 'facts') chart = factChart(element);
      if (kind === 'timeline') chart = timelineChart(element);
      if (kind === 'years') chart = yearsChart(element);
      if (chart) made.push(chart);
    });
    window.addEventListener('resize', function () { made.forEach(function (c) { c.resize(); }); });
  }

  // The outlines cross the 180th meridian (Chukotka): shifting western longitudes east keeps
  // Russia in one piece instead of a band across the top of the map.
  function eastward(coords) {
    return L.latLng(coords[1], coords[0] < -30 ? coords[0] + 360 : coords[0]);
  }

  function map(element) {
    if (typeof L === 'undefined') {
      return;
    }
    var lat = parseFloat(element.getAttribute('data-lat'));
    var lon = parseFloat(element.getAttribute('data-lon'));
    var single = !isNaN(lat) && !isNaN(lon);
    // A city's small map is a picture with a marker: not a keyboard stop of its own (its
    // zoom buttons are), so its container holds no focus around other controls.
    var small = element.classList.contains('city-map-small');
    var map = L.map(element, { worldCopyJump: false, zoomControl: false, zoomSnap: 0.25, keyboard: !small });
    L.control.zoom({ position: 'topright' }).addTo(map);
    if (single) {
      map.setView([lat, lon], 6);
    } else {
      // North-East Asia from Xinjiang to Kamchatka, Korea and Japan included, at any width.
      map.fitBounds([[20, 75], [56, 146]]);
    }
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute('data-attribution') || '' }).addTo(map);
    }
    fetch(element.getAttribute('data-countries'))
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        L.geoJSON(geo, {
          coordsToLatLng: eastward,
          smoothFactor: 0.3,
          style: { color: '#557', weight: 1, fillColor: '#cde', fillOpacity: tiles ? 0.2 : 0.8 }
        })
          .bindTooltip(function (layer) { return layer.feature.properties.name; })
          .addTo(map)
          .bringToBack();
      });
    if (single) {
      L.circleMarker([lat, lon], { radius: 7, color: '#0a5', fillOpacity: 0.9 }).addTo(map);
      element.setAttribute('data-markers', '1');
      return;
    }
    fetch(element.getAttribute('data-points'))
      .then(function (r) { return r.json(); })
      .then(function (points) {
        points.forEach(function (p) {
          var marker = L.circleMarker([p.lat, p.lon], { radius: 6, color: '#0a5', fillOpacity: 0.9 });
          var link = document.createElement('a');
          link.href = '/cities/' + p.id;
          link.textContent = p.name;
          marker.bindPopup(link).addTo(map);
        });
        element.setAttribute('data-markers', String(points.length));
      });
  }

  function maps() {
    document.querySelectorAll('#city-map, .city-map-small').forEach(map);
  }

  function start() {
    charts();
    maps();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
  document.addEventListener('htmx:afterSettle', charts);
})();

// Upload progress of the import form (htmx reports XHR progress events).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('import-progress');
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
    var label = document.getElementById('import-uploading');
    if (label) {
      label.hidden = bar.value >= 100;
    }
  }
});

// Once the upload is done the job's own progress (rows checked and stored) takes over.
document.addEventListener('htmx:afterSwap', function (event) {
  var bar = document.getElementById('import-progress');
  if (bar && event.detail.target && event.detail.target.id === 'import-result') {
    bar.hidden = true;
  }
});
