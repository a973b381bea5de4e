// Chinese labels for what the API returns as ids, and the small formatting helpers.
import {getJSON} from './api.js';

export const DIMENSIONS = [
  ['province', '省'],
  ['city', '市'],
  ['county', '县（区）'],
  ['year', '年度'],
  ['kind', '报告类型'],
  ['grade', '等级'],
  ['rule', '发现规则'],
  ['severity', '严重程度'],
];

export const KINDS = {
  department_overall: '部门整体支出',
  project: '项目支出',
  special_fund: '专项资金',
  unknown: '未识别',
};

export const SEVERITIES = {error: '错误', warning: '警告', info: '提示'};
export const TYPES = {report: '报告', project: '项目'};
export const STATUSES = {ok: '已提取', partial: '部分提取', failed: '未能读取'};

/** Short names; the catalogue's sentences (from /api/rules) go in the tooltip. */
const RULE_NAMES = {
  'project.rate': '项目执行率',
  'total.rate': '总执行率',
  'total.share': '占比',
  'total.sum': '合计不符',
  'total.count': '项目个数',
  'grade.count': '等级个数',
  'grade.listed': '等级与项目不符',
  'grade.percent': '等级占比',
  'score.sum': '得分合计',
  'score.weight': '得分超分值',
  'score.fullmark': '分值合计非满分',
  'score.deduction': '扣分与失分',
  'score.deduction.sum': '扣分合计',
  'score.rate': '执行率得分',
  'score.band': '得分与等级',
  'grade.bands': '等级分档',
  'restated': '前后不一',
  'restated.unit': '括注不符',
  'project.duplicate': '重复列示',
  'amount.magnitude': '金额量级',
  'breakdown.sum': '分项合计',
  'breakdown.share': '分项占比',
  'share.named': '占合计比例',
  'share.inline': '为某数的比例',
  'share.pairs': '分担比例与金额',
  'balance': '差额与结余',
  'adjustment.sum': '预算调整',
  'adjustment.rate': '预算调整幅度',
  'adjustment.level': '分级资金调整',
  'progress.quarters': '分季度支出进度',
  'tender.saving': '招标节约',
  'basis.rate': '按注明基数的执行率',
  'carry.over': '结转结余',
  'product': '乘积',
  'rate.applied': '按比率计算',
  'list.mean': '平均值',
  'change.rate': '增减幅度',
  'table.change': '表格增减额与增减率',
  'change.amount': '增减额',
  'change.points': '百分点变化',
  'spending.rate': '分项执行率',
  'funds.all': '资金称全部支出或到位而比率不为100%',
  'plan.rate': '计划完成率',
  'saving.rate': '节约率',
  'formula': '算式结果',
  'count.rate': '合格率等比率',
  'target.missed': '目标未达',
  'target.claim': '与目标比较不符',
  'target.rate': '完成率与年度目标不符',
  'remainder': '剩余数与总数减完成数不符',
  'audit.reduction': '审计审减',
  'rate.bound': '比率超过100%',
};

let catalogue = {};

export async function loadRules() {
  try {
    const r = await getJSON('/api/rules');
    catalogue = Object.fromEntries((r.rules || []).map((x) => [x.id, x]));
  } catch (e) {
    catalogue = {};
  }
}

export function ruleName(id) {
  return RULE_NAMES[id] || id;
}

/** What the rule checks, in Chinese (and English), for a tooltip. */
export function ruleDescription(id) {
  const r = catalogue[id];
  return r ? `${id}：${r.zh}\n${r.en}` : id;
}

export function label(dim, value) {
  if (dim === 'kind') return KINDS[value] || value;
  if (dim === 'severity') return SEVERITIES[value] || value;
  if (dim === 'rule') return `${ruleName(value)} ${value}`;
  if (dim === 'year') return `${value}年`;
  if (dim === 'type') return TYPES[value] || value;
  return value;
}

/** 省 市 县 乡镇, what is known of it. */
export function place(u) {
  if (!u) return '';
  return [u.province, u.city, u.county, u.township].filter(Boolean).join(' ');
}

export function basename(file) {
  if (!file) return '';
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return file.slice(i + 1);
}

/** A decimal string moved by 10^-k without floating point: ('2381700', 4) → '238.17'. */
export function shift(decimal, k) {
  if (decimal == null) return null;
  let s = String(decimal);
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  let [int, frac = ''] = s.split('.');
  int = int.padStart(k + 1, '0');
  const out = int.slice(0, int.length - k) + '.' + int.slice(int.length - k) + frac;
  let [a, b] = out.split('.');
  a = a.replace(/^0+(?=\d)/, '');
  b = b.replace(/0+$/, '');
  return (neg ? '-' : '') + (b ? `${a}.${b}` : a);
}

/** A Money of the record in 万元, exact: its yuan moved four places. */
export function wan(money) {
  return money && money.yuan != null ? shift(money.yuan, 4) : null;
}

export function fmtWan(v) {
  return v == null ? '—' : `${v}万元`;
}

export function fmtRate(v) {
  return v == null ? '—' : `${v}%`;
}
