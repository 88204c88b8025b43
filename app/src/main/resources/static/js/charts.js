/*
 * Draws every <figure class="chart" data-chart='{...}'> of the page with Apache ECharts, served
 * from the application's own jar (no CDN), loaded only on pages that have a chart. The JSON is
 * org.homeward.app.web.Chart: type (line | bar | histogram), title, x (labels), series
 * ([{name, data}], null for no value) and an optional markLine ({value, label}). The <table> inside
 * the figure stays as the accessible version: visually hidden once the chart is drawn, read by
 * screen readers, and shown as it is when the script cannot run.
 */
(function () {
  'use strict';
  var figures = document.querySelectorAll('figure.chart[data-chart]');
  if (!figures.length) {
    return;
  }
  var self = document.currentScript;
  var library = self.src.replace(/js\/charts\.js(\?.*)?$/, 'webjars/echarts/5.3.1/dist/echarts.min.js');
  var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);

  function hideVisually(element) {
    var style = element.style;
    style.position = 'absolute';
    style.width = '1px';
    style.height = '1px';
    style.margin = '-1px';
    style.padding = '0';
    style.border = '0';
    style.overflow = 'hidden';
    style.clip = 'rect(0 0 0 0)';
    style.clipPath = 'inset(50%)';
    style.whiteSpace = 'nowrap';
  }

  function draw(figure) {
    var spec = JSON.parse(figure.getAttribute('data-chart'));
    var canvas = document.createElement('div');
    canvas.className = 'chart-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.width = '100%';
    canvas.style.height = '320px';
    var table = figure.querySelector('table');
    figure.insertBefore(canvas, table);
    var histogram = spec.type === 'histogram';
    var series = spec.series.map(function (each, index) {
      var drawn = { name: each.name, type: spec.type === 'line' ? 'line' : 'bar', data: each.data, connectNulls: false };
      if (histogram) {
        drawn.barCategoryGap = '0%';
      }
      if (index === 0 && spec.markLine) {
        drawn.markLine = {
          symbol: 'none',
          label: { formatter: spec.markLine.label + ': ' + numbers.format(spec.markLine.value) },
          data: [{ yAxis: spec.markLine.value }]
        };
      }
      return drawn;
    });
    var chart = window.echarts.init(canvas, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (value) { return value == null ? '—' : numbers.format(value); } },
      legend: { data: spec.series.map(function (each) { return each.name; }) },
      grid: { containLabel: true, left: 8, right: 16 },
      xAxis: { type: 'category', data: spec.x },
      yAxis: { type: 'value', axisLabel: { formatter: function (value) { return numbers.format(value); } } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    figure.style.position = 'relative';
    if (table) {
      hideVisually(table);
    }
    figure.classList.add('chart-drawn');
  }

  var loader = document.createElement('script');
  loader.src = library;
  loader.onload = function () {
    Array.prototype.forEach.call(figures, draw);
  };
  document.head.appendChild(loader);
})();
