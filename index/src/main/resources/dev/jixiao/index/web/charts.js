// Charts of a result set (from /api/stats): each report's execution rate, the findings by rule
// and severity, budget and spending by township or by year. ECharts draws on canvas and its
// tooltips are rich text (renderMode 'richText'), so no name is ever parsed as HTML.
import {fill, h} from './dom.js';
import {getJSON} from './api.js';
import * as Q from './query.js';
import {KINDS, ruleName} from './labels.js';

const COLORS = {error: '#c0392b', warning: '#d68910', info: '#2e86c1', budget: '#8fb4e3', expenditure: '#1f4e8c'};
let live = [];

window.addEventListener('resize', () => live.forEach((c) => c.resize()));

export function disposeCharts() {
  live.forEach((c) => c.dispose());
  live = [];
}

function chart(el, option) {
  const c = window.echarts.init(el, null, {renderer: 'canvas'});
  c.setOption({
    animation: false,
    textStyle: {fontFamily: 'inherit'},
    tooltip: {renderMode: 'richText', confine: true},
    ...option,
  });
  live.push(c);
  return c;
}

function card(id, title, ...extra) {
  const box = h('div', {class: 'chart-box', id: `chart-${id}`, role: 'img', 'aria-label': title});
  return {box, el: h('figure', {class: 'chart-card'}, h('figcaption', null, h('span', null, title), ...extra), box)};
}

/** Draws the three charts for query q into container; go({q}) drills down. */
export async function renderCharts(container, q, isCurrent, go) {
  disposeCharts();
  const note = h('span', {class: 'muted', id: 'chart-note'}, '统计中…');
  const rates = card('rates', '执行率（按报告单位）');
  const rules = card('rules', '核对发现（按规则）');
  const byTownship = h('button', {type: 'button', class: 'tab small', 'aria-pressed': 'true'}, '按乡镇');
  const byYear = h('button', {type: 'button', class: 'tab small', 'aria-pressed': 'false'}, '按年度');
  const spend = card('spending', '预算与支出', h('span', {class: 'tabs'}, byTownship, byYear));
  fill(container, h('div', {class: 'charts-head'}, h('h2', null, '图表'), note),
    h('div', {class: 'chart-grid'}, rates.el, rules.el, spend.el));
  if (!window.echarts) {
    note.textContent = '图表库未加载（/vendor/echarts.min.js）。';
    return;
  }
  let s;
  try {
    s = await getJSON('/api/stats', {q});
  } catch (e) {
    if (isCurrent()) note.textContent = '统计失败：' + e.message;
    return;
  }
  if (!isCurrent()) return;
  note.textContent = `基于结果中的 ${s.distinct} 份报告` + (s.reports > s.distinct ? `（${s.reports} 个文件，同一报告的不同格式只计一次）` : '')
    + (s.capped ? `；结果较多，只统计了前 ${s.reports} 份报告` : '') + '。';
  drawRates(rates.box, s.units);
  drawRules(rules.box, s.rules, q, go);
  const draw = (byY) => {
    byTownship.setAttribute('aria-pressed', String(!byY));
    byYear.setAttribute('aria-pressed', String(byY));
    drawSpending(spend.box, byY ? s.years : s.townships, byY ? 'year' : 'township');
  };
  byTownship.addEventListener('click', () => draw(false));
  byYear.addEventListener('click', () => draw(true));
  draw(false);
}

function empty(el, text) {
  fill(el, h('p', {class: 'muted empty'}, text));
}

function drawRates(el, units) {
  const rows = units.filter((u) => u.rate != null).sort((a, b) => Number(a.rate) - Number(b.rate));
  const without = units.filter((u) => u.rate == null).map((u) => `${u.label} ${u.year ?? ''}`.trim());
  const caption = el.parentElement.querySelector('figcaption');
  if (without.length && rows.length) {
    caption.append(h('span', {class: 'muted caption-note', title: without.join('、')}, `另 ${without.length} 份未写明执行率`));
  }
  if (!rows.length) return empty(el, '结果中的报告没有写明执行率，也无法由预算和支出推算。');
  const names = rows.map((u) => `${u.label} ${u.year ?? ''}` + (rows.filter((x) => x.label === u.label && x.year === u.year).length > 1 ? ` ${KINDS[u.kind] || ''}` : ''));
  const c = chart(el, {
    grid: {left: 8, right: 48, top: 8, bottom: 8, containLabel: true},
    xAxis: {type: 'value', name: '%', max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10)},
    yAxis: {type: 'category', data: names, axisLabel: {width: 120, overflow: 'truncate'}},
    dataZoom: rows.length > 12 ? [{type: 'inside', yAxisIndex: 0, startValue: rows.length - 12, endValue: rows.length - 1}] : [],
    tooltip: {renderMode: 'richText', confine: true, formatter: (p) => {
      const u = rows[p.dataIndex];
      return `${names[p.dataIndex]}\n执行率 ${u.rate}%${u.rateDerived ? '（按支出÷预算推算）' : ''}\n预算 ${u.budget ?? '—'}万元  支出 ${u.expenditure ?? '—'}万元`
        + (u.copies > 1 ? `\n（${u.copies} 个文件）` : '') + '\n点击打开报告';
    }},
    series: [{type: 'bar', data: rows.map((u) => ({value: Number(u.rate),
      itemStyle: {color: Number(u.rate) < 60 ? COLORS.error : Number(u.rate) < 90 ? COLORS.warning : '#2e7d32'}})),
    label: {show: true, position: 'right', formatter: (p) => `${rows[p.dataIndex].rateDerived ? '≈' : ''}${rows[p.dataIndex].rate}%`}, barMaxWidth: 18,
    markLine: {silent: true, symbol: 'none', data: [{xAxis: 100}], lineStyle: {color: '#888', type: 'dashed'}, label: {show: false}}}],
  });
  c.on('click', (p) => {
    location.hash = `#/report/${rows[p.dataIndex].reportId}`;
  });
}

function drawRules(el, rules, q, go) {
  if (!rules.length) return empty(el, '结果中的报告没有核对发现。');
  const rows = [...rules].reverse();
  const c = chart(el, {
    grid: {left: 8, right: 16, top: 28, bottom: 8, containLabel: true},
    legend: {top: 0, data: ['错误', '警告', '提示']},
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: rows.map((r) => ruleName(r.rule))},
    tooltip: {renderMode: 'richText', confine: true, trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: (ps) => {
      const r = rows[ps[0].dataIndex];
      return `${ruleName(r.rule)}（${r.rule}）\n错误 ${r.error}  警告 ${r.warning}  提示 ${r.info}\n点击按此规则筛选`;
    }},
    series: [['error', '错误'], ['warning', '警告'], ['info', '提示']].map(([k, name]) => ({
      type: 'bar', name, stack: 'n', data: rows.map((r) => r[k]), itemStyle: {color: COLORS[k]}, barMaxWidth: 18})),
  });
  c.on('click', (p) => go({q: Q.toggle(q, 'rule', rows[p.dataIndex].rule)}));
}

function drawSpending(el, rows, key) {
  const known = rows.filter((r) => r.budget != null || r.expenditure != null);
  const old = live.find((c) => c.getDom() === el);
  if (old) {
    old.dispose();
    live = live.filter((c) => c !== old);
  }
  if (!known.length) return empty(el, '结果中的报告没有写明预算或支出总额。');
  fill(el);
  const names = known.map((r) => (key === 'year' ? (r.year == null ? '年度不明' : `${r.year}年`) : r.township));
  chart(el, {
    grid: {left: 8, right: 16, top: 28, bottom: 8, containLabel: true},
    legend: {top: 0, data: ['预算', '支出']},
    xAxis: {type: 'category', data: names, axisLabel: {interval: 0, rotate: names.length > 5 ? 30 : 0}},
    yAxis: {type: 'value', name: '万元'},
    tooltip: {renderMode: 'richText', confine: true, trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: (ps) => {
      const r = known[ps[0].dataIndex];
      return `${names[ps[0].dataIndex]}（${r.reports} 份报告）\n预算 ${r.budget ?? '—'}万元（${r.withBudget} 份写明）\n支出 ${r.expenditure ?? '—'}万元（${r.withExpenditure} 份写明）`;
    }},
    series: [['budget', '预算'], ['expenditure', '支出']].map(([k, name]) => ({
      type: 'bar', name, data: known.map((r) => (r[k] == null ? null : Number(r[k]))), itemStyle: {color: COLORS[k]}, barMaxWidth: 28})),
  });
}
