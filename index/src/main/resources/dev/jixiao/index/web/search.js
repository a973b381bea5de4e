// The search view: query box with the syntax, facets with counts (click to drill down, again to
// undo), results as reports and projects with highlighted snippets and key figures, charts of
// the result set, and its export.
import {fill, h, marked, ticket} from './dom.js';
import {apiUrl, getJSON} from './api.js';
import * as Q from './query.js';
import {DIMENSIONS, KINDS, STATUSES, TYPES, basename, fmtRate, fmtWan, label, place, ruleDescription, ruleName} from './labels.js';
import {renderCharts} from './charts.js';

export const PAGE = 20;
let lastSearch = '#/';

/** Where "back to the results" goes. */
export function lastSearchHash() {
  return lastSearch;
}

export function searchHash({q, sort, offset}) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (sort) p.set('sort', sort);
  if (offset) p.set('offset', String(offset));
  const s = p.toString();
  return '#/search' + (s ? '?' + s : '');
}

const SORTS = [
  ['', '默认排序'],
  ['relevance', '相关度'],
  ['-year', '年度（新→旧）'],
  ['-budget', '预算（高→低）'],
  ['budget', '预算（低→高）'],
  ['-expenditure', '支出（高→低）'],
  ['rate', '执行率（低→高）'],
  ['-rate', '执行率（高→低）'],
  ['-score', '得分（高→低）'],
];

const EXAMPLES = [
  ['乡村振兴 人居环境', '全文：每个词都要出现（不必加空格分词）'],
  ['"驻村工作队"', '短语：引号内的词连在一起'],
  ['county:桃源县', '地区：province: city: county: township:（同一字段多个值为“或”）'],
  ['year:2024', '年度；也可 year:2022..2024、year:>=2023'],
  ['kind:项目支出', '报告类型：部门整体支出、项目支出、专项资金'],
  ['type:project', '只看项目（type:report 只看报告）'],
  ['rule:total.sum severity:error', '核对发现：规则与严重程度（error、warning、info）'],
  ['budget:>100', '预算（万元）；expenditure: rate:(%) score: 同理，如 rate:<50、expenditure:10..300'],
  ['sort:-budget', '排序：budget expenditure rate score year，前加 - 为降序'],
  ['-南屯镇', '排除：前加 -，如 -county:烈山区'],
];

export async function renderSearch(root, params) {
  const isCurrent = ticket();
  const q = params.get('q') || '';
  const sort = params.get('sort') || '';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  lastSearch = searchHash({q, sort, offset});
  const go = (next) => {
    location.hash = searchHash({q, sort, offset: 0, ...next});
  };

  const input = h('input', {
    id: 'q', type: 'search', name: 'q', value: q, autocomplete: 'off', spellcheck: 'false',
    placeholder: '例如：乡村振兴 county:桃源县 rate:<50', 'aria-label': '查询',
  });
  const form = h('form', {class: 'searchbar', id: 'search-form', role: 'search',
    on: {submit: (e) => { e.preventDefault(); go({q: input.value.trim()}); }}},
  h('div', {class: 'searchrow'}, input, h('button', {type: 'submit', class: 'primary', id: 'search-button'}, '搜索')),
  syntaxHelp(input));
  const facets = h('aside', {class: 'facets', id: 'facets', 'aria-label': '分面筛选'}, h('p', {class: 'muted'}, '统计中…'));
  const results = h('section', {class: 'results', id: 'results', 'aria-live': 'polite'}, h('p', {class: 'muted'}, '检索中…'));
  const charts = h('section', {class: 'charts', id: 'charts', 'aria-label': '图表'});
  fill(root, form, h('div', {class: 'search-layout'}, facets,
    h('div', {class: 'search-main'}, toolbar(q, sort, go), charts, results)));
  document.title = q ? `${q} · 绩效自评报告检索` : '绩效自评报告检索';

  let r;
  try {
    r = await getJSON('/api/search', {q, sort, offset, limit: PAGE, snippets: 2});
  } catch (e) {
    if (!isCurrent()) return;
    fill(results, h('p', {class: 'error', role: 'alert'}, '查询有误：', e.message));
    fill(facets);
    return;
  }
  if (!isCurrent()) return;
  fill(facets, ...facetBlocks(q, r.facets || {}, go));
  fill(results, summary(r, offset), h('div', {class: 'hits'}, r.hits.map(hitCard)),
    pager(r, offset, (o) => go({offset: o})));
  renderCharts(charts, q, isCurrent, go);
}

function syntaxHelp(input) {
  const rows = EXAMPLES.map(([ex, what]) => h('tr', null,
    h('td', null, h('button', {type: 'button', class: 'linklike', title: '加入查询',
      on: {click: () => { input.value = Q.split(input.value).concat(Q.split(ex)).join(' '); input.focus(); }}}, ex)),
    h('td', null, what)));
  return h('details', {class: 'syntax'}, h('summary', null, '查询语法'),
    h('p', {class: 'muted'}, '各部分以空格分隔，全部都要满足；点击示例加入查询框。金额以万元计，比率以 % 计。'),
    h('table', null, h('tbody', null, rows)));
}

function toolbar(q, sort, go) {
  const type = Q.values(q, 'type')[0] || '';
  const tabs = h('div', {class: 'tabs', role: 'group', 'aria-label': '结果类型'},
    [['', '全部'], ['report', '报告'], ['project', '项目']].map(([t, name]) => h('button', {
      type: 'button', class: 'tab', dataset: {type: t || 'all'}, 'aria-pressed': String(type === t),
      on: {click: () => go({q: Q.setField(q, 'type', t || null)})},
    }, name)));
  const select = h('select', {id: 'sort', 'aria-label': '排序', on: {change: (e) => go({q, sort: e.target.value})}},
    SORTS.map(([v, name]) => h('option', {value: v, selected: v === sort}, name)));
  const exp = (fmt, t) => h('a', {class: 'btn', href: apiUrl(`/api/export.${fmt}`, {q, type: t, sort}), download: '',
    dataset: {export: `${fmt}-${t}`}, title: `当前结果中的${TYPES[t]}，最多 10000 行`}, `${TYPES[t]} ${fmt.toUpperCase()}`);
  return h('div', {class: 'toolbar'}, tabs, select,
    h('div', {class: 'exports'}, h('span', {class: 'muted'}, '导出：'), exp('csv', 'report'), exp('xlsx', 'report'),
      exp('csv', 'project'), exp('xlsx', 'project')));
}

function facetBlocks(q, facets, go) {
  const blocks = [];
  let any = false;
  for (const [dim, title] of DIMENSIONS) {
    const counts = {...(facets[dim] || {})};
    const chosen = Q.values(q, dim);
    for (const v of chosen) if (!(v in counts)) counts[v] = 0;
    let entries = Object.entries(counts);
    if (dim === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
    if (!entries.length) continue;
    any = any || chosen.length > 0;
    const items = entries.map(([v, n]) => h('li', null, h('button', {
      type: 'button', class: 'facet-value', dataset: {dim, value: v}, 'aria-pressed': String(chosen.includes(v)),
      title: dim === 'rule' ? ruleDescription(v) : `${title}：${v}`,
      on: {click: () => go({q: Q.toggle(q, dim, v)})},
    }, h('span', {class: 'fv-label'}, label(dim, v)), h('span', {class: 'count'}, String(n)))));
    const list = h('ul', {class: 'facet-list'}, items);
    const block = h('section', {class: 'facet', dataset: {dim}}, h('h3', null, title), list);
    if (items.length > 8) {
      list.classList.add('collapsed');
      block.append(h('button', {type: 'button', class: 'linklike more', on: {click: (e) => {
        list.classList.toggle('collapsed');
        e.target.textContent = list.classList.contains('collapsed') ? `展开全部 ${items.length} 项` : '收起';
      }}}, `展开全部 ${items.length} 项`));
    }
    blocks.push(block);
  }
  if (any) {
    let clear = q;
    for (const [dim] of DIMENSIONS) clear = Q.setField(clear, dim, null);
    blocks.unshift(h('button', {type: 'button', class: 'linklike clear', on: {click: () => go({q: clear})}}, '清除所有筛选'));
  }
  if (!blocks.length) blocks.push(h('p', {class: 'muted'}, '无分面'));
  return blocks;
}

function summary(r, offset) {
  if (!r.total) return h('p', {class: 'summary', id: 'summary'}, '没有找到结果。试试更少的词，或去掉一些筛选。');
  return h('p', {class: 'summary', id: 'summary'}, `共 ${r.total}${r.totalExact ? '' : '+'} 条结果`,
    r.hits.length ? `，显示第 ${offset + 1}–${offset + r.hits.length} 条` : '');
}

function hitCard(hit) {
  const project = hit.type === 'project';
  const ordinal = project ? hit.id.slice(hit.id.indexOf('-p') + 2) : null;
  const href = `#/report/${hit.reportId}` + (project ? `?project=${ordinal}` : '');
  const nameSnippet = (hit.snippets || []).find((s) => s.field === 'name');
  const titleText = project ? (hit.name || '（无名称）') : (hit.title || basename(hit.file));
  const title = nameSnippet && nameSnippet.text === titleText ? marked(titleText, nameSnippet.highlights) : titleText;
  const figs = [];
  const fig = (name, value, extra) => figs.push(h('span', {class: 'fig'}, h('span', {class: 'fig-label'}, name),
    h('span', {class: 'fig-value'}, value), extra || null));
  if (hit.budget != null) fig('预算', fmtWan(hit.budget));
  if (hit.expenditure != null) fig('支出', fmtWan(hit.expenditure));
  if (hit.rate != null) {
    fig(project ? '完成率' : '执行率', fmtRate(hit.rate), hit.rateDerived ? h('span', {class: 'derived', title: '报告未写明，按支出÷预算推算'}, '（推算）') : null);
  }
  if (hit.score != null) fig('得分', hit.score);
  if (hit.grade != null) fig('等级', hit.grade);
  const meta = [place(hit.unit), hit.year != null ? `${hit.year}年` : null, KINDS[hit.kind] || hit.kind,
    hit.status !== 'ok' ? STATUSES[hit.status] || hit.status : null].filter(Boolean).join(' · ');
  return h('article', {class: ['hit', `hit-${hit.type}`], dataset: {id: hit.id, type: hit.type, report: hit.reportId}},
    h('div', {class: 'hit-head'}, h('span', {class: ['badge', `type-${hit.type}`]}, TYPES[hit.type] || hit.type),
      h('a', {class: 'hit-title', href}, title)),
    h('div', {class: 'hit-meta'}, meta),
    figs.length ? h('div', {class: 'figs'}, figs) : null,
    hit.rules && hit.rules.length ? h('div', {class: 'rules'}, hit.rules.map((r) =>
      h('span', {class: 'chip rule', title: ruleDescription(r)}, ruleName(r)))) : null,
    (hit.snippets || []).filter((s) => s.field === 'text' && s.text !== titleText).map((s) =>
      h('p', {class: 'snippet'}, '…', marked(s.text, s.highlights), '…')),
    h('div', {class: 'hit-file', title: hit.file}, basename(hit.file)));
}

function pager(r, offset, to) {
  if (r.total <= PAGE) return null;
  const prev = h('button', {type: 'button', class: 'btn', disabled: offset === 0, on: {click: () => to(Math.max(0, offset - PAGE))}}, '上一页');
  const next = h('button', {type: 'button', class: 'btn', disabled: offset + PAGE >= r.total || offset + PAGE > 10000,
    on: {click: () => to(offset + PAGE)}}, '下一页');
  return h('nav', {class: 'pager', 'aria-label': '翻页'}, prev,
    h('span', {class: 'muted'}, `第 ${Math.floor(offset / PAGE) + 1} / ${Math.ceil(r.total / PAGE)} 页`), next);
}
