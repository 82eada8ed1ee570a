// 数据分析: the supervisor's figures under one period picker (#/analytics/<tab>), and the own-figures page of a
// department (#/analytics/department) or an agent (#/analytics/agent). Every chart and table drills down to the
// tickets it counts and downloads as CSV; the daily, weekly and monthly reports download as Excel.
import { api } from '../api.js';
import { t, word, formatTime } from '../i18n.js';
import { onPush } from '../push.js';
import { el, fail, toast, table, emptyRow, session, hasRole, deptName, catName, districtName } from '../ui.js';
import { registerView } from '../views.js';
import { KPI_COUNTS, KPI_RATES, KPI_RATE_COUNTS, KPI_GROUPINGS, PUSH } from '../words.js';
import {
  getPeriod, periodPicker, query, pct, num, seconds, chart, chartBox, barOption, disposeCharts, download, csvOf, saveCsv,
  csvButton, panel, drillDown, listDialog, ticketLinks, problemAlert, chinaDay, addDays, isoWeek, XLSX
} from './charts.js';

const SUPERVISORS = ['SUPERVISOR', 'ADMIN', 'DISPATCHER'];
// tab → roles that may read it (the API refuses the others too)
const TABS = [
  ['overview', SUPERVISORS], ['groups', SUPERVISORS], ['tiers', SUPERVISORS], ['topics', SUPERVISORS],
  ['repeats', SUPERVISORS], ['calls', ['SUPERVISOR']], ['satisfaction', ['SUPERVISOR', 'ADMIN']],
  ['escalations', ['SUPERVISOR', 'DISPATCHER']]
];

let definitions = null;
async function definitionsOnce() {
  if (!definitions) {
    try { definitions = await api('/api/analytics/definitions'); } catch (err) { definitions = { counts: {}, rates: {} }; }
  }
  return definitions;
}

const kpiName = key => t('kpi.' + key);

/** Instants of a period's bounds: from its first day's start to the day after its last (China time). */
function instants(period) {
  return { from: new Date(period.from + 'T00:00:00+08:00').toISOString(),
    to: new Date(addDays(period.to, 1) + 'T00:00:00+08:00').toISOString() };
}

const kpiTickets = (period, groupBy, key, count) => '/api/analytics/tickets?' + query({ from: period.from, to: period.to, groupBy, key, count });

/** The KPI cards of one group, the definition on hover; a card of a count (or a rate's numerator) drills down. */
function kpiCards(group, defs, drill) {
  const cardOf = (key, value, definition, count) => el('div', {
    class: 'kpi card' + (count ? ' clickable' : ''), 'data-kpi': key, title: definition ? definition.name + '：' + definition.definition : '',
    tabindex: count ? 0 : null, role: count ? 'button' : null,
    onclick: count ? () => drill(count, key) : null, onkeydown: count ? e => { if (e.key === 'Enter') drill(count, key); } : null },
  el('div', { class: 'kpi-name' }, kpiName(key)), el('div', { class: 'kpi-value' }, value));
  return el('div', { class: 'kpi-grid', id: 'kpi-cards' },
    KPI_COUNTS.map(key => cardOf(key, num(group.counts[key]), defs.counts[key], key)),
    KPI_RATES.map(key => cardOf(key, pct(group.rates[key]), defs.rates[key], KPI_RATE_COUNTS[key])));
}

const PERCENT_AXIS = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
const COUNT_SERIES = ['registered', 'closed', 'closedOnTime', 'overdue'];

/** Counts and rates per group as a table; each count cell drills down to its tickets. */
function groupTable(groups, onDrill) {
  const rows = groups.map(g => el('tr', { 'data-group': g.key },
    el('th', { scope: 'row', class: 'text-nowrap' }, g.label || t('analytics.none')),
    KPI_COUNTS.map(key => el('td', { class: 'text-end' }, g.counts[key]
      ? el('a', { href: '#', 'data-count': key, onclick: e => { e.preventDefault(); onDrill(g, key); } }, num(g.counts[key])) : '0')),
    KPI_RATES.map(key => el('td', { class: 'text-end', 'data-rate': key }, pct(g.rates[key])))));
  return table([t('analytics.group')].concat(KPI_COUNTS.map(kpiName), KPI_RATES.map(kpiName)), rows.length ? rows : [emptyRow(26)],
    { id: 'group-table', class: 'table table-sm table-hover align-middle mb-0 figures' });
}

// ---------------------------------------------------------------- tabs

async function overview(body, period) {
  const [defs, all, byChannel, byGroup] = await Promise.all([definitionsOnce(),
    api('/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy: 'none' })),
    api('/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy: 'channel' })),
    api('/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy: 'categoryGroup' }))]);
  const group = all.groups[0] || { key: 'all', counts: {}, rates: {} };
  const channelBox = chartBox('chart-channel', 260);
  const groupBox = chartBox('chart-category-group', 260);
  body.append(
    panel('kpi-panel', t('analytics.kpis'), csvButton('csv-kpis', () => csvOf('/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy: 'none' }))),
      kpiCards(group, defs, (count, key) => drillDown(kpiName(key), kpiTickets(period, 'none', 'all', count)))),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-lg-5' }, panel('channel-panel', t('analytics.byChannel'),
        csvButton('csv-channel', () => csvOf('/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy: 'channel' }))), channelBox)),
      el('div', { class: 'col-lg-7' }, panel('category-group-panel', t('analytics.byCategoryGroup'),
        csvButton('csv-category-group', () => csvOf('/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy: 'categoryGroup' }))), groupBox))));
  chart(channelBox, {
    tooltip: { trigger: 'item' }, legend: { top: 0, type: 'scroll' },
    series: [{ type: 'pie', id: 'registered', name: kpiName('registered'), radius: ['35%', '65%'], top: 24,
      data: byChannel.groups.map(g => ({ name: word('channel', g.key) || g.label, value: g.counts.registered, key: g.key })) }]
  }, p => drillDown(p.name + ' · ' + kpiName('registered'), kpiTickets(period, 'channel', p.data.key, 'registered')));
  const groups = byGroup.groups;
  chart(groupBox, barOption(groups.map(g => g.label || t('analytics.none')),
    COUNT_SERIES.map(key => ({ key, name: kpiName(key), values: groups.map(g => g.counts[key]) }))),
  p => drillDown(groups[p.dataIndex].label + ' · ' + kpiName(p.seriesId), kpiTickets(period, 'categoryGroup', groups[p.dataIndex].key, p.seriesId)));
}

async function groupsTab(body, period, params) {
  const groupBy = KPI_GROUPINGS.includes(params[0]) ? params[0] : 'department';
  const path = '/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy });
  const report = await api(path);
  const groups = report.groups;
  const top = groups.slice(0, 20);
  const box = chartBox('chart-groups', Math.max(260, top.length * 26 + 60));
  const drill = (g, count) => drillDown((g.label || t('analytics.none')) + ' · ' + kpiName(count), kpiTickets(period, groupBy, g.key, count));
  body.append(
    el('ul', { class: 'nav nav-pills mb-2', id: 'group-by' }, KPI_GROUPINGS.map(k => el('li', { class: 'nav-item' },
      el('a', { class: 'nav-link py-1 px-2' + (k === groupBy ? ' active' : ''), href: '#/analytics/groups/' + k, 'data-group-by': k },
        t('groupBy.' + k))))),
    panel('groups-chart-panel', t('analytics.top', t('groupBy.' + groupBy), top.length), null, box),
    panel('groups-table-panel', t('analytics.groupTable', t('groupBy.' + groupBy)), csvButton('csv-groups', () => csvOf(path)),
      groupTable(groups, drill)));
  chart(box, barOption(top.map(g => g.label || t('analytics.none')),
    COUNT_SERIES.map(key => ({ key, name: kpiName(key), values: top.map(g => g.counts[key]) })), { horizontal: true }),
  p => drill(top[p.dataIndex], p.seriesId));
}

async function tiersTab(body, period) {
  const path = '/api/analytics/tiers?' + query({ from: period.from, to: period.to });
  const report = await api(path);
  body.append(el('div', { class: 'd-flex mb-2 align-items-center gap-2' },
    el('span', { class: 'small text-secondary me-auto' }, t('analytics.tiersHint')), csvButton('csv-tiers', () => csvOf(path))));
  if (!report.tiers.length) body.append(el('div', { class: 'text-secondary' }, t('ui.empty')));
  report.tiers.forEach(tier => body.append(tierPanel(tier, period, null)));
}

/** One category group's league with its median; own (a department's code) marks that row and hides nothing else. */
function tierPanel(tier, period, own) {
  const box = chartBox('chart-tier-' + tier.key, Math.max(140, tier.departments.length * 24 + 50));
  const entries = tier.departments;
  const label = e => e.label || t('analytics.hiddenDepartment', e.rank);
  const rows = entries.map(e => el('tr', { 'data-department': e.key || '', class: own && e.key === own ? 'table-primary' : null },
    el('td', {}, e.rank), el('td', {}, e.key ? el('a', { href: '#', onclick: ev => { ev.preventDefault(); drillTier(e); } }, label(e)) : label(e)),
    el('td', { class: 'text-end tier-score' }, pct(e.score)),
    el('td', { class: 'text-end' }, e.rates ? pct(e.rates.signOnTime) : '—'), el('td', { class: 'text-end' }, e.rates ? pct(e.rates.closeOnTime) : '—'),
    el('td', { class: 'text-end' }, e.rates ? pct(e.rates.satisfaction) : '—'), el('td', { class: 'text-end' }, e.rates ? pct(e.rates.resolution) : '—'),
    el('td', { class: 'text-end' }, e.counts ? num(e.counts.dispatched) : '—')));
  const drillTier = e => drillDown(label(e) + ' · ' + tier.label, kpiTickets(period, 'department', e.key, 'dispatched'));
  const node = panel('tier-' + tier.key, el('span', {}, tier.label, ' ', el('span', { class: 'badge text-bg-light border tier-median', 'data-median': tier.medianScore ?? '' },
    t('analytics.median', pct(tier.medianScore)))), null,
  el('div', { class: 'row g-2' }, el('div', { class: 'col-lg-5' }, box),
    el('div', { class: 'col-lg-7' }, table([t('analytics.rank'), t('field.departmentCode'), t('analytics.score'), kpiName('signOnTime'),
      kpiName('closeOnTime'), kpiName('satisfaction'), kpiName('resolution'), kpiName('dispatched')], rows, { class: 'table table-sm align-middle mb-0 tier-table' }))));
  node.dataset.tier = tier.key;
  queueMicrotask(() => chart(box, Object.assign(barOption(entries.map(label), [{ key: 'score', name: t('analytics.score'),
    values: entries.map(e => ({ value: e.score === undefined || e.score === null ? null : Math.round(e.score * 1000) / 10,
      itemStyle: own && e.key === own ? { color: '#0d6efd' } : (own ? { color: '#adb5bd' } : undefined) })),
    extra: { markLine: tier.medianScore === undefined || tier.medianScore === null ? undefined : { symbol: 'none', label: { formatter: t('analytics.medianShort') },
      data: [{ xAxis: Math.round(tier.medianScore * 1000) / 10 }] } } }], { horizontal: true, valueAxis: PERCENT_AXIS }), { legend: { show: false } }),
  own ? null : p => { if (entries[p.dataIndex].key) drillTier(entries[p.dataIndex]); }));
  return node;
}

let surgeListener = null;
onPush(PUSH.SURGE_DETECTED, surge => {
  toast(t('push.surge-detected', surge.categoryLabel || catName(surge.category), surge.districtLabel || districtName(surge.district)));
  if (surgeListener) surgeListener(surge);
});

async function topicsTab(body, period) {
  const hotPath = '/api/analytics/hot-topics?' + query({ from: period.from, to: period.to, limit: 20 });
  const surgePath = '/api/analytics/surges?' + query({ from: period.from, to: period.to });
  const hotHolder = el('div', { id: 'hot-topics' });
  const surgeBody = el('tbody');
  body.append(hotHolder, panel('surges-panel', t('analytics.surges'), csvButton('csv-surges', () => csvOf(surgePath)),
    el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle mb-0', id: 'surge-table' },
      el('thead', { class: 'table-light' }, el('tr', {}, [t('analytics.hour'), t('field.categoryCode'), t('field.district'), t('analytics.count'),
        t('analytics.expected'), t('analytics.tickets')].map(h => el('th', {}, h)))), surgeBody))));
  const surgeRow = s => el('tr', { 'data-surge': s.id },
    el('td', { class: 'text-nowrap' }, formatTime(s.hour)), el('td', {}, s.categoryLabel || catName(s.category)),
    el('td', {}, s.districtLabel || districtName(s.district)), el('td', { class: 'text-end' }, num(s.count)),
    el('td', { class: 'text-end' }, s.expected === undefined ? '—' : Number(s.expected).toFixed(1)), el('td', {}, ticketLinks(s.tickets || [])));
  surgeListener = surge => {
    surgeBody.querySelector('.empty-row')?.remove();
    const row = surgeRow(surge);
    row.classList.add('table-warning');
    surgeBody.prepend(row);
  };
  const [hot, surges] = await Promise.allSettled([api(hotPath), api(surgePath)]);
  if (hot.status === 'fulfilled') renderHot(hotHolder, hot.value, period, hotPath);
  else hotHolder.append(problemAlert(hot.reason, 'hot-topics-error'));
  if (surges.status === 'fulfilled') {
    surgeBody.replaceChildren(...surges.value.surges.map(surgeRow));
    if (!surges.value.surges.length) surgeBody.append(Object.assign(emptyRow(6), { className: 'empty-row' }));
  } else {
    surgeBody.append(el('tr', {}, el('td', { colspan: 6 }, problemAlert(surges.reason, 'surges-error'))));
  }
  return () => { surgeListener = null; };
}

function renderHot(holder, hot, period, path) {
  const cats = hot.categories || [];
  const terms = hot.terms || [];
  const box = chartBox('chart-hot', Math.max(200, Math.min(cats.length, 12) * 26 + 60));
  const shown = cats.slice(0, 12);
  const drillCat = c => drillDown(t('analytics.hotTopics') + ' · ' + c.label, '/api/analytics/hot-topics/tickets?' + query({ from: period.from, to: period.to, category: c.key }));
  const drillTerm = w => drillDown(t('analytics.hotTopics') + ' · ' + w.term, '/api/analytics/hot-topics/tickets?' + query({ from: period.from, to: period.to, term: w.term }));
  const change = v => v === undefined || v === null ? '—' : (v >= 0 ? '+' : '') + (v * 100).toFixed(0) + '%';
  const hotRows = (items, name, drill) => items.map(i => el('tr', { 'data-topic': i.key || i.term, class: i.significant ? 'table-warning' : null },
    el('td', {}, el('a', { href: '#', onclick: e => { e.preventDefault(); drill(i); } }, name(i))),
    el('td', { class: 'text-end' }, num(i.count)), el('td', { class: 'text-end' }, num(i.previous)), el('td', { class: 'text-end' }, change(i.change)),
    el('td', { class: 'text-end' }, i.score === undefined ? '—' : Number(i.score).toFixed(1)),
    el('td', {}, i.significant ? el('span', { class: 'badge text-bg-danger' }, t('analytics.significant')) : '')));
  const head = [t('analytics.topic'), t('analytics.count'), t('analytics.previous'), t('analytics.change'), t('analytics.zScore'), ''];
  holder.append(panel('hot-panel', t('analytics.hotTopics') + ' · ' + t('analytics.against', hot.previousFrom || '', hot.previousTo || ''),
    csvButton('csv-hot', () => csvOf(path)),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-lg-5' }, box),
      el('div', { class: 'col-lg-7' }, table(head, cats.length ? hotRows(cats, c => c.label, drillCat) : [emptyRow(6)], { id: 'hot-categories' }),
        el('h6', { class: 'mt-3 small fw-semibold' }, t('analytics.hotTerms')),
        table(head, terms.length ? hotRows(terms, w => w.term, drillTerm) : [emptyRow(6)], { id: 'hot-terms' })))));
  queueMicrotask(() => chart(box, barOption(shown.map(c => c.label), [
    { key: 'count', name: t('analytics.count'), values: shown.map(c => c.count) },
    { key: 'previous', name: t('analytics.previous'), values: shown.map(c => c.previous) }], { horizontal: true }),
  p => drillCat(shown[p.dataIndex])));
}

async function repeatsTab(body, period, params) {
  const days = ['7', '30', '60', '90'].includes(params[0]) ? Number(params[0]) : 30;
  const path = '/api/analytics/repeats?days=' + days;
  const report = await api(path);
  const rows = report.groups.map(g => el('tr', { 'data-repeat': g.key },
    el('td', {}, t('repeatKind.' + String(g.kind).toLowerCase())), el('td', {}, g.key),
    el('td', { class: 'text-end' }, g.tickets.length),
    el('td', {}, g.tickets.map((tk, i) => [i ? ' ' : '', el('a', { href: '#/ticket/' + tk.ticketNo, 'data-ticket': tk.ticketNo,
      class: tk.open ? 'fw-semibold' : 'text-secondary', title: catName(tk.categoryCode) + ' · ' + deptName(tk.departmentCode) + ' · ' + formatTime(tk.registeredAt) },
    tk.ticketNo)]))));
  body.append(panel('repeats-panel', t('analytics.repeats', days), el('span', { class: 'd-flex gap-1' },
    ['7', '30', '60', '90'].map(d => el('a', { class: 'btn btn-sm py-0 ' + (Number(d) === days ? 'btn-secondary' : 'btn-outline-secondary'), href: '#/analytics/repeats/' + d }, t('analytics.days', d))),
    csvButton('csv-repeats', () => csvOf(path))),
  el('div', { class: 'small text-secondary mb-1' }, t('analytics.repeatsHint')),
  table([t('analytics.repeatKind'), t('analytics.repeatKey'), t('analytics.count'), t('analytics.tickets')], rows.length ? rows : [emptyRow(4)], { id: 'repeat-table' })));
}

/** Calls of a period (and an agent or a disposition) in a dialog, each with the tickets registered during it. */
async function callsDialog(title, params) {
  try {
    const page = await api('/api/calls?' + query(Object.assign({ size: 200 }, params)));
    listDialog(title, el('div', {}, el('div', { class: 'small text-secondary mb-1' }, t('analytics.drillTotal'), ' ', el('span', { id: 'drill-total' }, String(page.total))),
      table([t('analytics.enteredAt'), t('analytics.caller'), t('analytics.agent'), t('analytics.disposition'), t('analytics.wait'), t('analytics.talk'), t('analytics.tickets')],
        page.items.length ? page.items.map(c => el('tr', { 'data-call': c.linkedId }, el('td', { class: 'small' }, formatTime(c.enteredAt)), el('td', {}, c.caller),
          el('td', {}, c.agent || ''), el('td', {}, word('disposition', c.disposition)), el('td', { class: 'text-end' }, seconds(c.waitSeconds)),
          el('td', { class: 'text-end' }, seconds(c.talkSeconds)), el('td', {}, ticketLinks(c.ticketNos || [])))) : [emptyRow(7)], { id: 'drill-table' })));
  } catch (err) { fail(err); }
}

const CALL_SERIES = ['answered', 'abandoned', 'shortAbandoned', 'timedOut', 'queueFull', 'leftEmpty', 'ivrOnly'];
const CALL_COLUMNS = ['offered', 'answered', 'answeredWithin15s', 'serviceLevel15s', 'connectionRate', 'averageSpeedOfAnswer',
  'averageHandleTime', 'abandoned', 'abandonRate', 'shortAbandoned', 'timedOut', 'queueFull', 'leftEmpty', 'ivrOnly'];
const callValue = (row, key) => /Rate|serviceLevel/.test(key) ? pct(row[key]) : /average/.test(key) ? seconds(row[key]) : num(row[key]);
const rawCallValue = (row, key) => row[key] === undefined ? '' : row[key];

async function callsTab(body, period) {
  const at = instants(period);
  const [total, daily, agents] = await Promise.all([api('/api/calls/stats?' + query(at)),
    api('/api/calls/stats/daily?' + query({ from: period.from, to: period.to })), api('/api/calls/stats/agents?' + query(at))]);
  const days = daily.map(d => chinaDay(new Date(d.from)));
  const dailyBox = chartBox('chart-calls-daily', 280);
  const agentBox = chartBox('chart-calls-agents', Math.max(180, agents.length * 24 + 60));
  const summary = el('div', { class: 'kpi-grid mb-2', id: 'call-summary' }, CALL_COLUMNS.concat(['connectionRate24h']).map(key =>
    el('div', { class: 'kpi card', 'data-call-kpi': key, title: t('callKpi.' + key + '.hint') },
      el('div', { class: 'kpi-name' }, t('callKpi.' + key)), el('div', { class: 'kpi-value' }, callValue(total, key)))));
  const dailyRows = daily.map((d, i) => el('tr', { 'data-day': days[i] }, el('th', { scope: 'row' },
    el('a', { href: '#', onclick: e => { e.preventDefault(); callsDialog(days[i], { from: d.from, to: d.to }); } }, days[i])),
  CALL_COLUMNS.map(key => el('td', { class: 'text-end', 'data-col': key }, callValue(d, key)))));
  const agentRows = agents.map(a => el('tr', { 'data-agent': a.agent }, el('th', { scope: 'row' },
    el('a', { href: '#', onclick: e => { e.preventDefault(); callsDialog(a.agent, Object.assign({ agent: a.agent }, at)); } }, a.agent)),
  ['answered', 'answeredWithin15s', 'serviceLevel15s', 'averageSpeedOfAnswer', 'averageHandleTime'].map(key => el('td', { class: 'text-end' }, callValue(a, key)))));
  body.append(
    panel('calls-summary-panel', t('analytics.callsTotal'), null, summary, el('div', { class: 'small text-secondary' }, t('analytics.exitHint'))),
    panel('calls-daily-panel', t('analytics.callsDaily'), csvButton('csv-calls-daily', () => saveCsv('calls-daily-' + period.from + '-' + period.to + '.csv',
      [t('analytics.day')].concat(CALL_COLUMNS.map(k => t('callKpi.' + k))), daily.map((d, i) => [days[i]].concat(CALL_COLUMNS.map(k => rawCallValue(d, k)))))),
    dailyBox, table([t('analytics.day')].concat(CALL_COLUMNS.map(k => t('callKpi.' + k))), dailyRows.length ? dailyRows : [emptyRow(15)],
      { id: 'calls-daily-table', class: 'table table-sm table-hover align-middle mb-0 figures' })),
    panel('calls-agents-panel', t('analytics.callsAgents'), csvButton('csv-calls-agents', () => saveCsv('calls-agents-' + period.from + '-' + period.to + '.csv',
      ['agent', 'answered', 'answeredWithin15s', 'serviceLevel15s', 'averageSpeedOfAnswer', 'averageHandleTime'],
      agents.map(a => [a.agent, a.answered, a.answeredWithin15s, a.serviceLevel15s, a.averageSpeedOfAnswer, a.averageHandleTime]))),
    el('div', { class: 'row g-2' }, el('div', { class: 'col-lg-5' }, agentBox), el('div', { class: 'col-lg-7' },
      table([t('analytics.agent'), t('callKpi.answered'), t('callKpi.answeredWithin15s'), t('callKpi.serviceLevel15s'), t('callKpi.averageSpeedOfAnswer'),
        t('callKpi.averageHandleTime')], agentRows.length ? agentRows : [emptyRow(6)], { id: 'calls-agents-table' })))));
  chart(dailyBox, Object.assign(barOption(days, CALL_SERIES.map(key => ({ key, name: t('callKpi.' + key), values: daily.map(d => d[key]), stack: 'calls' }))
    .concat([{ key: 'serviceLevel15s', name: t('callKpi.serviceLevel15s'), values: daily.map(d => Math.round(d.serviceLevel15s * 1000) / 10),
      extra: { type: 'line', yAxisIndex: 1 } }])), { yAxis: [{ type: 'value', minInterval: 1 }, PERCENT_AXIS] }),
  p => callsDialog(days[p.dataIndex], { from: daily[p.dataIndex].from, to: daily[p.dataIndex].to }));
  chart(agentBox, barOption(agents.map(a => a.agent), [{ key: 'answered', name: t('callKpi.answered'), values: agents.map(a => a.answered) },
    { key: 'answeredWithin15s', name: t('callKpi.answeredWithin15s'), values: agents.map(a => a.answeredWithin15s) }], { horizontal: true }),
  p => callsDialog(agents[p.dataIndex].agent, Object.assign({ agent: agents[p.dataIndex].agent }, at)));
}

async function satisfactionTab(body, period, agentOnly) {
  const report = await api('/api/calls/satisfaction?' + query({ from: period.from, to: period.to }));
  const rows = report.agents;
  const box = chartBox('chart-satisfaction', Math.max(160, rows.length * 26 + 60));
  const name = r => r.agent || t('analytics.noAgent');
  const at = instants(period);
  body.append(panel('satisfaction-panel', t('analytics.satisfaction'), csvButton('csv-satisfaction', () => saveCsv('satisfaction-' + period.from + '-' + period.to + '.csv',
    ['agent', 'count', 'average', '1', '2', '3', '4', '5'], rows.map(r => [r.agent || '', r.count, r.average].concat([1, 2, 3, 4, 5].map(s => r.distribution[s]))))),
  el('div', { class: 'row g-2' }, el('div', { class: 'col-lg-6' }, box), el('div', { class: 'col-lg-6' },
    table([t('analytics.agent'), t('analytics.surveys'), t('analytics.average')].concat([1, 2, 3, 4, 5].map(s => t('score.' + s))),
      rows.length ? rows.map(r => el('tr', { 'data-agent': r.agent || '' }, el('th', { scope: 'row' }, r.agent && !agentOnly
        ? el('a', { href: '#', onclick: e => { e.preventDefault(); callsDialog(r.agent, Object.assign({ agent: r.agent, disposition: 'answered' }, at)); } }, r.agent) : name(r)),
      el('td', { class: 'text-end' }, num(r.count)), el('td', { class: 'text-end sat-average' }, Number(r.average).toFixed(2)),
      [1, 2, 3, 4, 5].map(s => el('td', { class: 'text-end' }, num(r.distribution[s]))))) : [emptyRow(8)], { id: 'satisfaction-table' })))));
  chart(box, barOption(rows.map(name), [1, 2, 3, 4, 5].map(s => ({ key: String(s), name: t('score.' + s), values: rows.map(r => r.distribution[s]), stack: 'score' })), { horizontal: true }),
    agentOnly ? null : p => { if (rows[p.dataIndex].agent) callsDialog(rows[p.dataIndex].agent, Object.assign({ agent: rows[p.dataIndex].agent, disposition: 'answered' }, at)); });
}

const ESCALATION_COLUMNS = ['chains', 'levels', 'answered', 'answeredOnTime', 'missed', 'yellowCards', 'redCards'];

/** The 督办 chains of one department that had a level issued in the period, as a list of tickets. */
async function escalationDialog(department, period) {
  try {
    const chains = await api('/api/escalations?' + query({ department, size: 200 }));
    const inPeriod = chains.filter(c => (c.levels || []).some(l => { const day = chinaDay(new Date(l.issuedAt || c.startedAt)); return day >= period.from && day <= period.to; }));
    listDialog(deptName(department) + ' · ' + t('analytics.escalations'), table([t('field.ticketNo'), t('analytics.escalationStatus'), t('analytics.level'), t('analytics.startedAt')],
      inPeriod.length ? inPeriod.map(c => el('tr', { 'data-ticket': c.ticketNo }, el('td', {}, el('a', { href: '#/ticket/' + c.ticketNo }, c.ticketNo)),
        el('td', {}, t('escalationStatus.' + c.status)), el('td', {}, c.currentLevel), el('td', { class: 'small' }, formatTime(c.startedAt)))) : [emptyRow(4)], { id: 'drill-table' }),
    'modal-lg');
  } catch (err) { fail(err); }
}

async function escalationsTab(body, period, own) {
  const stats = await api('/api/escalations/stats?' + query({ from: period.from, to: period.to }));
  const rows = own ? stats.filter(s => s.departmentCode === own) : stats;
  const box = chartBox('chart-escalations', Math.max(160, rows.length * 26 + 60));
  body.append(panel('escalations-panel', t('analytics.escalations'), csvButton('csv-escalations', () => saveCsv('escalations-' + period.from + '-' + period.to + '.csv',
    ['departmentCode', 'department'].concat(ESCALATION_COLUMNS), rows.map(s => [s.departmentCode, deptName(s.departmentCode)].concat(ESCALATION_COLUMNS.map(k => s[k]))))),
  el('div', { class: 'row g-2' }, el('div', { class: 'col-lg-5' }, box), el('div', { class: 'col-lg-7' },
    table([t('field.departmentCode')].concat(ESCALATION_COLUMNS.map(k => t('escalationKpi.' + k))), rows.length ? rows.map(s => el('tr', { 'data-department': s.departmentCode },
      el('th', { scope: 'row' }, el('a', { href: '#', onclick: e => { e.preventDefault(); escalationDialog(s.departmentCode, period); } }, deptName(s.departmentCode))),
      ESCALATION_COLUMNS.map(k => el('td', { class: 'text-end', 'data-col': k }, num(s[k]))))) : [emptyRow(8)], { id: 'escalation-table' })))));
  chart(box, barOption(rows.map(s => deptName(s.departmentCode)), [
    { key: 'answeredOnTime', name: t('escalationKpi.answeredOnTime'), values: rows.map(s => s.answeredOnTime), stack: 'levels' },
    { key: 'late', name: t('escalationKpi.late'), values: rows.map(s => s.answered - s.answeredOnTime), stack: 'levels' },
    { key: 'missed', name: t('escalationKpi.missed'), values: rows.map(s => s.missed), stack: 'levels' },
    { key: 'yellowCards', name: t('escalationKpi.yellowCards'), values: rows.map(s => s.yellowCards), extra: { itemStyle: { color: '#ffc107' } } },
    { key: 'redCards', name: t('escalationKpi.redCards'), values: rows.map(s => s.redCards), extra: { itemStyle: { color: '#dc3545' } } }], { horizontal: true }),
  p => escalationDialog(rows[p.dataIndex].departmentCode, period));
}

const RENDER = { overview, groups: groupsTab, tiers: tiersTab, topics: topicsTab, repeats: repeatsTab, calls: callsTab,
  satisfaction: (body, period) => satisfactionTab(body, period, false), escalations: (body, period) => escalationsTab(body, period, null) };

function reportButtons(period) {
  const get = (path, name) => download(path, XLSX, name);
  return el('div', { class: 'btn-group btn-group-sm', id: 'reports', role: 'group', 'aria-label': t('analytics.reports') },
    el('button', { type: 'button', class: 'btn btn-outline-success py-0', id: 'report-daily', title: period.to,
      onclick: () => get('/api/analytics/reports/daily?date=' + period.to, 'daily-' + period.to + '.xlsx') }, t('analytics.reportDaily')),
    el('button', { type: 'button', class: 'btn btn-outline-success py-0', id: 'report-weekly', title: isoWeek(period.to),
      onclick: () => get('/api/analytics/reports/weekly?week=' + isoWeek(period.to), 'weekly-' + isoWeek(period.to) + '.xlsx') }, t('analytics.reportWeekly')),
    el('button', { type: 'button', class: 'btn btn-outline-success py-0', id: 'report-monthly', title: period.to.slice(0, 7),
      onclick: () => get('/api/analytics/reports/monthly?month=' + period.to.slice(0, 7), 'monthly-' + period.to.slice(0, 7) + '.xlsx') }, t('analytics.reportMonthly')));
}

/** Renders one tab into body, showing a refusal or failure in place of its figures. */
async function fill(body, render, period, params) {
  try {
    return await render(body, period, params);
  } catch (err) {
    body.append(problemAlert(err, 'analytics-error'));
    return null;
  }
}

async function renderDashboard(container, params) {
  const role = session.me.role;
  const tabs = TABS.filter(([, roles]) => roles.includes(role)).map(([key]) => key);
  const tab = tabs.includes(params[0]) ? params[0] : tabs[0];
  const body = el('div', { id: 'analytics-' + tab, class: 'analytics-body' });
  let cleanUp = null;
  const draw = async period => {
    if (cleanUp) cleanUp();
    disposeCharts();
    body.replaceChildren();
    reports.replaceWith(reports = reportButtons(period));
    cleanUp = await fill(body, RENDER[tab], period, params.slice(1));
    body.dataset.loaded = period.from + '~' + period.to;
  };
  let reports = reportButtons(getPeriod());
  container.append(
    el('div', { class: 'd-flex align-items-center gap-2 flex-wrap mb-2 analytics-toolbar' }, el('h1', { class: 'h6 mb-0 me-2' }, t('nav.analytics')),
      periodPicker(draw), el('span', { class: 'flex-grow-1' }), hasRole('SUPERVISOR', 'ADMIN', 'DISPATCHER') ? reports : null),
    el('ul', { class: 'nav nav-tabs mb-2', id: 'analytics-tabs' }, tabs.map(k => el('li', { class: 'nav-item' },
      el('a', { class: 'nav-link py-1' + (k === tab ? ' active' : ''), href: '#/analytics/' + k, 'data-tab': k }, t('analyticsTab.' + k))))),
    body);
  await draw(getPeriod());
  return () => { if (cleanUp) cleanUp(); disposeCharts(); };
}

// ---------------------------------------------------------------- own figures (department, agent)

async function ownFigures(body, period) {
  const me = session.me;
  const dept = me.role === 'DEPARTMENT';
  const groupBy = dept ? 'department' : 'agent';
  const own = dept ? me.departmentCode : me.username;
  const path = '/api/analytics/kpis?' + query({ from: period.from, to: period.to, groupBy });
  const [defs, report] = await Promise.all([definitionsOnce(), api(path)]);
  // Only the own group is shown, whatever else an answer might hold.
  const group = report.groups.find(g => g.key === own) || { key: own, counts: {}, rates: {} };
  body.append(panel('kpi-panel', t(dept ? 'analytics.ownDepartment' : 'analytics.ownAgent', dept ? deptName(own) : own),
    csvButton('csv-kpis', () => csvOf(path)),
    kpiCards(group, defs, (count, key) => drillDown(kpiName(key), kpiTickets(period, groupBy, own, count)))));
  if (dept) {
    const tiersPath = '/api/analytics/tiers?' + query({ from: period.from, to: period.to });
    const holder = el('div', { id: 'own-tiers' });
    body.append(el('div', { class: 'd-flex align-items-center gap-2 mb-2' }, el('h2', { class: 'h6 mb-0 me-auto' }, t('analytics.ownTiers')),
      csvButton('csv-tiers', () => csvOf(tiersPath))), holder);
    try {
      const tiers = (await api(tiersPath)).tiers.filter(tier => tier.departments.some(e => e.key === own));
      tiers.forEach(tier => {
        const mine = tier.departments.find(e => e.key === own);
        holder.append(el('div', { class: 'small mb-1 own-place', 'data-tier': tier.key },
          t('analytics.ownPlace', tier.label, mine.rank, tier.departments.length, pct(mine.score), pct(tier.medianScore))), tierPanel(tier, period, own));
      });
      if (!tiers.length) holder.append(el('div', { class: 'text-secondary small' }, t('ui.empty')));
    } catch (err) { holder.append(problemAlert(err)); }
    const esc = el('div', { id: 'own-escalations' });
    body.append(esc);
    await fill(esc, escalationsTab, period, own);
  } else {
    const at = instants(period);
    const calls = el('div', { id: 'own-calls' });
    body.append(calls);
    try {
      const mine = (await api('/api/calls/stats/agents?' + query(at))).filter(a => a.agent === own);
      const row = mine[0] || { agent: own, answered: 0, answeredWithin15s: 0 };
      calls.append(panel('own-calls-panel', t('analytics.callsAgents'), csvButton('csv-own-calls', () => saveCsv('calls-' + own + '.csv',
        ['agent', 'answered', 'answeredWithin15s', 'serviceLevel15s', 'averageSpeedOfAnswer', 'averageHandleTime'],
        [[row.agent, row.answered, row.answeredWithin15s, row.serviceLevel15s, row.averageSpeedOfAnswer, row.averageHandleTime]])),
      el('div', { class: 'kpi-grid' }, ['answered', 'answeredWithin15s', 'serviceLevel15s', 'averageSpeedOfAnswer', 'averageHandleTime'].map(key =>
        el('div', { class: 'kpi card', 'data-call-kpi': key, title: t('callKpi.' + key + '.hint') }, el('div', { class: 'kpi-name' }, t('callKpi.' + key)),
          el('div', { class: 'kpi-value' }, row[key] === undefined ? '—' : callValue(row, key)))))));
    } catch (err) { calls.append(problemAlert(err)); }
    const sat = el('div', { id: 'own-satisfaction' });
    body.append(sat);
    await fill(sat, (b, p) => satisfactionTab(b, p, true), period);
  }
}

async function renderOwn(container, params) {
  const me = session.me;
  const kind = me.role === 'DEPARTMENT' ? 'department' : 'agent';
  const own = kind === 'department' ? me.departmentCode : me.username;
  // The page is about the user's own figures only: a URL naming anything else is refused, and nothing is asked.
  if (!params.length) { location.replace('#/analytics/' + kind); return null; }
  if (params[0] !== kind || (params[1] && params[1] !== own) || params.length > 2) {
    container.append(el('div', { class: 'alert alert-danger', id: 'refused', role: 'alert' }, t('analytics.ownOnly')));
    return null;
  }
  const body = el('div', { id: 'analytics-own', class: 'analytics-body' });
  // A department downloads the reports too (the server scopes them to it); an agent has none.
  let reports = kind === 'department' ? reportButtons(getPeriod()) : el('span');
  const draw = async period => {
    disposeCharts();
    body.replaceChildren();
    if (kind === 'department') reports.replaceWith(reports = reportButtons(period));
    await fill(body, ownFigures, period);
    body.dataset.loaded = period.from + '~' + period.to;
  };
  container.append(el('div', { class: 'd-flex align-items-center gap-2 flex-wrap mb-2 analytics-toolbar' },
    el('h1', { class: 'h6 mb-0 me-2' }, t(kind === 'department' ? 'nav.departmentFigures' : 'nav.agentFigures')), periodPicker(draw),
    el('span', { class: 'flex-grow-1' }), reports), body);
  await draw(getPeriod());
  return () => disposeCharts();
}

registerView('analytics', {
  roles: ['SUPERVISOR', 'ADMIN', 'DISPATCHER', 'DEPARTMENT', 'AGENT'], nav: 'nav.analytics', order: 6,
  render: (container, params) => (hasRole('DEPARTMENT', 'AGENT') ? renderOwn : renderDashboard)(container, params),
  byRole: {
    DEPARTMENT: { nav: 'nav.departmentFigures', home: 'analytics/department' },
    AGENT: { nav: 'nav.agentFigures', home: 'analytics/agent' }
  }
});
