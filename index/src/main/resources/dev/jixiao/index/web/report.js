// The report view: the extracted fields, the findings, the project table (sortable) and the
// document's text. Clicking a finding, a figure or a project marks what it quotes in the text,
// with the page, and scrolls there.
import {fill, h, ticket} from './dom.js';
import {getJSON} from './api.js';
import {KINDS, SEVERITIES, STATUSES, basename, fmtRate, place, ruleDescription, ruleName, wan} from './labels.js';
import {renderText} from './doctext.js';
import {lastSearchHash} from './search.js';
import {disposeCharts} from './charts.js';

const SEVERITY_ORDER = {error: 0, warning: 1, info: 2};
const TOTAL_LABELS = {
  projectCount: '项目个数', budget: '预算总额', expenditure: '支出总额', executionRate: '预算执行率',
  fiscalExpenditure: '财政支出', shareOfFiscal: '占财政支出比例', adjustedBudget: '调整后预算', budgetAdjustment: '预算调整',
  budgetCut: '预算调减', adjustmentRate: '预算调整率', yearEndBudgetBalance: '年末预算结余', yearEndCarryover: '年末结转结余',
  allocatedFunds: '安排资金', projectSpending: '项目支出',
};

export async function renderReport(root, id, params) {
  const isCurrent = ticket();
  disposeCharts();
  fill(root, h('p', {class: 'muted'}, '加载报告…'));
  let data;
  try {
    data = await getJSON(`/api/reports/${id}`, {text: 'true'});
  } catch (e) {
    if (isCurrent()) fill(root, back(), h('p', {class: 'error', role: 'alert'}, '无法打开报告：', e.message));
    return;
  }
  if (!isCurrent()) return;
  new ReportView(root, data, params).render();
}

function back() {
  return h('a', {class: 'back', href: lastSearchHash()}, '← 返回检索结果');
}

/** A figure of the record ({text, evidence, …}) as a button that marks its evidence. */
function evButton(view, fig, text) {
  if (!fig) return '—';
  const shown = text ?? fig.text ?? fig.value;
  if (!fig.evidence) return String(shown);
  return h('button', {type: 'button', class: 'ev-link', title: fig.evidence.page != null ? `原文第${fig.evidence.page}页` : '在原文中标出',
    on: {click: (e) => view.show([{...fig.evidence, strong: true}], [String(shown)], e.currentTarget)}}, String(shown));
}

class ReportView {
  constructor(root, data, params) {
    this.root = root;
    this.data = data;
    this.rec = data.record;
    this.text = this.rec.text || '';
    this.params = params;
    this.sort = {key: 'order', dir: 1};
  }

  render() {
    const r = this.rec;
    document.title = `${r.title || basename(this.data.file)} · 绩效自评报告检索`;
    this.docText = h('div', {class: 'doc-text', id: 'doc-text', tabindex: '0'});
    this.docNote = h('div', {class: 'doc-note', id: 'doc-note', 'aria-live': 'polite'},
      '点击一条核对发现、一个数字或一个项目，原文中标出它引用的文字（带页码）。');
    this.underline = r.findings.flatMap((f) => f.evidence || []);
    const doc = h('section', {class: 'card doc', id: 'doc', 'aria-label': '原文'},
      h('div', {class: 'doc-head'}, h('h2', null, '原文'), h('span', {class: 'muted'}, this.docFacts())), this.docNote, this.docText);
    fill(this.root,
      h('div', {class: 'report-head'}, back(),
        h('h1', {id: 'report-title'}, r.title || basename(this.data.file)),
        h('p', {class: 'report-meta'}, this.metaLine())),
      h('div', {class: 'report-layout'},
        h('div', {class: 'report-main'}, this.fields(), this.findings(), this.projects(), this.figures()),
        doc));
    renderText(this.docText, this.text, this.underline, []);
    const f = parseInt(this.params.get('finding') || '', 10);
    const p = parseInt(this.params.get('project') || '', 10);
    if (Number.isInteger(f) && this.findingItems && this.findingItems[f]) this.findingItems[f].click();
    else if (Number.isInteger(p) && this.rowsByOrdinal && this.rowsByOrdinal[p]) {
      this.rowsByOrdinal[p].click();
      this.rowsByOrdinal[p].scrollIntoView({block: 'center'});
    }
  }

  docFacts() {
    const s = this.rec.source || {};
    return [s.format && s.format.toUpperCase(), s.pages != null ? `${s.pages}页` : null, s.ocr ? 'OCR 识别' : null,
      `${this.text.length} 字`].filter(Boolean).join(' · ');
  }

  metaLine() {
    const r = this.rec;
    const s = r.source || {};
    return [place(r.unit) || (r.unit && r.unit.name) || '单位未识别', r.fiscalYear != null ? `${r.fiscalYear}年度` : null,
      KINDS[r.reportKind] || r.reportKind, STATUSES[r.status] || r.status, s.file ? basename(s.file) : null,
      `编号 ${this.data.id}`].filter(Boolean).join(' · ');
  }

  /** Marks spans in the text, says what is marked, scrolls to the first (or to `focus`). */
  show(spans, what, active, focus = 0) {
    const firsts = renderText(this.docText, this.text, this.underline, spans);
    this.root.querySelectorAll('.active').forEach((e) => e.classList.remove('active'));
    if (active) active.classList.add('active');
    const pages = [...new Set(spans.map((s) => s.page).filter((p) => p != null))].sort((a, b) => a - b);
    const missing = firsts.filter((x) => x == null).length;
    fill(this.docNote, h('strong', null, '已标出：'), what.slice(0, 8).join('、') + (what.length > 8 ? ` 等 ${what.length} 处` : ''),
      pages.length ? h('span', {class: 'pages'}, `（第${pages.join('、')}页）`) : null,
      missing ? h('span', {class: 'muted'}, `；${missing} 处不在原文范围内`) : null,
      h('button', {type: 'button', class: 'linklike', on: {click: () => this.clear()}}, '清除'));
    const target = firsts[focus] || firsts.find((x) => x);
    if (target) this.scrollTo(target);
  }

  /** Scrolls the text pane (not the page) so that the mark is in its middle. */
  scrollTo(mark) {
    const pane = this.docText.getBoundingClientRect();
    const m = mark.getBoundingClientRect();
    this.docText.scrollTop += m.top - pane.top - pane.height / 2 + m.height / 2;
    const after = mark.getBoundingClientRect();
    if (after.top < 0 || after.bottom > window.innerHeight) mark.scrollIntoView({block: 'center'}); // one column: the pane is not sticky
  }

  clear() {
    renderText(this.docText, this.text, this.underline, []);
    this.root.querySelectorAll('.active').forEach((e) => e.classList.remove('active'));
    this.docNote.textContent = '点击一条核对发现、一个数字或一个项目，原文中标出它引用的文字（带页码）。';
  }

  fields() {
    const r = this.rec;
    const u = r.unit || {};
    const rows = [];
    const row = (name, value) => {
      if (value != null && value !== '') rows.push(h('div', {class: 'field'}, h('dt', null, name), h('dd', null, value)));
    };
    row('单位', u.name ? evButton(this, {text: u.name, evidence: u.evidence}) : null);
    row('乡镇', u.township ? (u.name ? u.township : evButton(this, {text: u.township, evidence: u.evidence})) : null);
    row('县（区）', u.county);
    row('市', u.city);
    row('省', u.province);
    row('区划代码', u.divisionCode);
    if (u.candidates && u.candidates.length) {
      row('可能的区划', u.candidates.map((c) => `${[c.province, c.city, c.county, c.township].filter(Boolean).join('')}（${c.divisionCode}）`).join('；'));
    }
    row('年度', r.fiscalYear != null ? `${r.fiscalYear}` : null);
    row('报告类型', KINDS[r.reportKind] || r.reportKind);
    row('发布日期', r.publishedDate);
    const t = r.totals || {};
    for (const [k, v] of Object.entries(t)) {
      if (v && typeof v === 'object') row(TOTAL_LABELS[k] || k, evButton(this, v));
    }
    const s = r.score;
    if (s) {
      row('自评得分', s.total ? evButton(this, s.total) : null);
      row('等级', s.grade ? (s.gradeEvidence ? evButton(this, {text: s.grade, evidence: s.gradeEvidence}) : s.grade) : null);
      if (s.components && s.components.length) {
        row('得分构成', h('span', {class: 'list'}, s.components.map((c) => h('span', {class: 'item'}, `${c.name} `, evButton(this, c.score),
          c.weight ? h('span', {class: 'weight', title: '分值'}, `/${c.weight.text}`) : null))));
      }
      if (s.deductions && s.deductions.length) {
        // each deduction under the part it names, what it lists in parentheses, and the total the report states
        row('扣分说明', h('span', {class: 'list'}, s.deductions.map((d) => h('span', {class: 'item deduction'},
          d.name ? `${d.name} ` : null, '扣', d.points ? evButton(this, d.points) : null,
          d.parts && d.parts.length ? ['（', d.parts.map((p, i) => [i ? '、' : null, evButton(this, p)]), '）'] : null)),
        s.deducted ? h('span', {class: 'item'}, '合计扣', evButton(this, s.deducted)) : null));
      }
      if (s.bands && s.bands.length) {
        row('等级标准', h('span', {class: 'list'}, s.bands.map((b) => h('span', {class: 'item'},
          evButton(this, {text: `${b.grade} ${band(b)}`, evidence: b.evidence})))));
      }
    }
    if (r.gradeDistribution && r.gradeDistribution.length) {
      row('等级分布', h('span', {class: 'list'}, r.gradeDistribution.map((g) => h('span', {class: 'item'}, `${g.grade} `,
        evButton(this, g.count), g.percent ? ['（', evButton(this, g.percent), '）'] : null))));
    }
    const src = r.source || {};
    row('来源文件', h('span', {title: src.file}, basename(src.file)));
    row('格式', [src.format, src.pages != null ? `${src.pages}页` : null, src.ocr ? 'OCR' : null, src.charset].filter(Boolean).join(' · '));
    row('状态', [STATUSES[r.status] || r.status, ...(r.errors || []).map((e) => `${e.code}：${e.message}`)].join('；'));
    return h('section', {class: 'card', id: 'fields'}, h('h2', null, '提取字段'), h('dl', {class: 'fields'}, rows));
  }

  findings() {
    const fs = this.rec.findings.map((f, i) => ({f, i}))
      .sort((a, b) => (SEVERITY_ORDER[a.f.severity] ?? 3) - (SEVERITY_ORDER[b.f.severity] ?? 3) || a.i - b.i);
    const counts = {};
    for (const {f} of fs) counts[f.severity] = (counts[f.severity] || 0) + 1;
    this.findingItems = {};
    const items = fs.map(({f, i}) => {
      const ev = f.evidence || [];
      const spans = ev.map((e) => ({...e, strong: true}));
      const quotes = ev.map((e) => e.quote);
      const li = h('li', {class: ['finding', `sev-${f.severity}`], tabindex: '0', role: 'button', dataset: {index: i, rule: f.rule},
        'aria-label': `${SEVERITIES[f.severity] || f.severity} ${ruleName(f.rule)}：在原文中标出`},
      h('div', {class: 'f-head'}, h('span', {class: ['badge', `sev-${f.severity}`]}, SEVERITIES[f.severity] || f.severity),
        h('span', {class: 'f-rule', title: ruleDescription(f.rule)}, ruleName(f.rule), h('code', null, f.rule)),
        f.subject ? h('span', {class: 'f-subject'}, f.subject) : null),
      h('p', {class: 'f-msg'}, f.message),
      f.stated || f.expected ? h('p', {class: 'f-cmp'}, '所述 ', h('b', null, f.stated ?? '—'), '　应为 ', h('b', null, f.expected ?? '—')) : null,
      ev.length ? h('div', {class: 'f-ev'}, ev.map((e, k) => h('button', {type: 'button', class: 'ev-chip',
        on: {click: (x) => { x.stopPropagation(); this.show(spans, quotes, li, k); }}},
      short(e.quote), e.page != null ? h('span', {class: 'pg-chip'}, `第${e.page}页`) : null))) : null);
      const open = () => {
        this.show(spans, quotes, li);
        history.replaceState(null, '', `#/report/${this.data.id}?finding=${i}`);
      };
      li.addEventListener('click', open);
      li.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); }
      });
      this.findingItems[i] = li;
      return li;
    });
    const sum = Object.entries(counts).map(([s, n]) => `${SEVERITIES[s] || s} ${n}`).join(' · ');
    return h('section', {class: 'card', id: 'findings'}, h('h2', null, `核对发现（${fs.length}）`, sum ? h('span', {class: 'muted'}, sum) : null),
      items.length ? h('ol', {class: 'findings'}, items) : h('p', {class: 'muted'}, '没有核对发现：报告所述的数字相互一致。'));
  }

  projects() {
    const ps = this.rec.projects.map((p, i) => projectRow(p, i + 1, this.rec.findings));
    const section = h('section', {class: 'card', id: 'projects'});
    if (!ps.length) {
      section.append(h('h2', null, '项目'), h('p', {class: 'muted'}, '报告中没有识别出项目清单。'));
      return section;
    }
    const cols = [
      ['order', '序号', 'num'], ['name', '项目名称', 'text'], ['budget', '预算（万元）', 'num'], ['expenditure', '支出（万元）', 'num'],
      ['rate', '完成率', 'num'], ['score', '得分', 'num'], ['grade', '等级', 'text'], ['findings', '发现', 'num'],
    ];
    const tbody = h('tbody');
    const heads = cols.map(([key, name, kind]) => h('th', {scope: 'col', class: kind, dataset: {key}},
      h('button', {type: 'button', class: 'sort', on: {click: () => {
        this.sort = {key, dir: this.sort.key === key ? -this.sort.dir : (kind === 'num' && key !== 'order' ? -1 : 1)};
        sortRows();
      }}}, name)));
    this.rowsByOrdinal = {};
    const sortRows = () => {
      const {key, dir} = this.sort;
      const sorted = [...ps].sort((a, b) => compare(a.sortValues[key], b.sortValues[key], dir) || a.ordinal - b.ordinal);
      heads.forEach((th) => th.setAttribute('aria-sort', th.dataset.key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none'));
      fill(tbody, ...sorted.map((p) => p.tr || (p.tr = this.projectTr(p))));
    };
    sortRows();
    section.append(h('h2', null, `项目（${ps.length}）`, h('span', {class: 'muted'}, '点击表头排序，点击一行在原文中标出')),
      h('div', {class: 'table-wrap'}, h('table', {class: 'projects'}, h('thead', null, h('tr', null, heads)), tbody)));
    return section;
  }

  projectTr(p) {
    const x = p.project;
    const spans = [];
    const what = [x.name || `项目 ${p.ordinal}`];
    if (x.evidence) spans.push({...x.evidence});
    for (const f of [x.budget, x.expenditure, x.completionRate, x.score]) {
      if (f && f.evidence) {
        spans.push({...f.evidence, strong: true});
        what.push(f.text);
      }
    }
    const rate = p.rate == null ? '—' : p.rateDerived ? h('span', {class: 'derived', title: '未写明，按支出÷预算推算'}, `≈${p.rate}%`) : fmtRate(p.rate);
    const tr = h('tr', {class: [p.rate != null && Number(p.rate) < 60 ? 'low' : null], dataset: {ordinal: p.ordinal}, tabindex: '0'},
      h('td', {class: 'num'}, x.seq ?? p.ordinal), h('td', null, x.name || '（无名称）', x.groupSize > 1 ? h('span', {class: 'muted'}, `（${x.groupSize}个项目）`) : null),
      h('td', {class: 'num'}, p.budget ?? '—'), h('td', {class: 'num'}, p.expenditure ?? '—'), h('td', {class: 'num'}, rate),
      h('td', {class: 'num'}, projectScore(x)), h('td', null, x.grade ?? '—'),
      h('td', {class: 'num'}, p.findings ? h('span', {class: 'chip rule'}, String(p.findings)) : ''));
    const open = () => {
      this.show(spans, what, tr);
      history.replaceState(null, '', `#/report/${this.data.id}?project=${p.ordinal}`);
    };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') open();
    });
    this.rowsByOrdinal[p.ordinal] = tr;
    return tr;
  }

  figures() {
    const figs = this.rec.figures || [];
    if (!figs.length) return null;
    const rows = figs.map((f) => h('tr', null, h('td', null, f.label ?? ''), h('td', {class: 'muted'}, f.context ?? ''),
      h('td', {class: 'num'}, evButton(this, f)), h('td', {class: 'num'}, f.evidence && f.evidence.page != null ? `${f.evidence.page}` : '')));
    return h('section', {class: 'card', id: 'figures'}, h('details', null, h('summary', null, h('h2', null, `其他数据（${figs.length}）`)),
      h('div', {class: 'table-wrap'}, h('table', {class: 'figures'}, h('thead', null, h('tr', null,
        h('th', null, '名称'), h('th', null, '所属'), h('th', {class: 'num'}, '数值'), h('th', {class: 'num'}, '页'))), h('tbody', null, rows)))));
  }
}

/** 90–100, 60以下, 90以上. */
function band(b) {
  if (b.min == null) return `${b.max}${b.maxInclusive ? '及' : ''}以下`;
  if (b.max == null) return `${b.min}${b.minInclusive ? '及' : ''}以上`;
  return `${b.min}–${b.max}`;
}

function short(q) {
  const s = String(q ?? '');
  return s.length > 24 ? s.slice(0, 22) + '…' : s;
}

function compare(a, b, dir) {
  if (a == null && b == null) return 0;
  if (a == null) return 1; // missing last, either way
  if (b == null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * dir;
  return String(a).localeCompare(String(b), 'zh-CN') * dir;
}

/** A project's score; where its entry breaks it down (a 自评表's 总分), the parts and their 分值 in the tooltip. */
function projectScore(x) {
  if (!x.score) return '—';
  const text = x.score.text ?? x.score.value;
  const parts = x.scoreComponents || [];
  if (!parts.length) return text;
  const title = '得分构成：' + parts.map((c) => `${c.name} ${c.score.text}${c.weight ? `/${c.weight.text}` : ''}`).join('；');
  return h('span', {class: 'parts', title}, text);
}

/** A project with what the table shows and sorts by; money in 万元, exact. */
function projectRow(x, ordinal, findings) {
  const budget = wan(x.budget);
  const expenditure = wan(x.expenditure);
  let rate = x.completionRate ? x.completionRate.value : null;
  let rateDerived = false;
  if (rate == null && x.budget && x.expenditure && Number(x.budget.yuan) > 0) {
    rate = (Math.round(Number(x.expenditure.yuan) * 10000 / Number(x.budget.yuan)) / 100).toFixed(2);
    rateDerived = true;
  }
  const n = findings.filter((f) => concerns(f, x)).length;
  return {
    project: x, ordinal, budget, expenditure, rate, rateDerived, findings: n,
    sortValues: {
      order: ordinal, name: x.name, budget: budget == null ? null : Number(budget), expenditure: expenditure == null ? null : Number(expenditure),
      rate: rate == null ? null : Number(rate), score: x.score ? Number(x.score.value) : null, grade: x.grade, findings: n,
    },
  };
}

/** As the index decides it: the finding names the project, or quotes inside its entry. */
function concerns(f, p) {
  if (p.name && p.name === f.subject) return true;
  const e = p.evidence;
  return !!e && (f.evidence || []).some((x) => x.start >= e.start && x.end <= e.end);
}

