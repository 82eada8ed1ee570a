// What the analytics pages share: the one period (China-time days) every figure uses, number formats, ECharts
// (a classic script from its webjar, global `echarts`), downloads (CSV and Excel through fetch → blob) and the
// drill-down from a figure to the tickets it counts.
import { api, ApiError } from '../api.js';
import { t, language, formatTime } from '../i18n.js';
import { el, fail, modal, table, emptyRow, statusBadge, catName, deptName } from '../ui.js';

const TZ = 'Asia/Shanghai';
const PERIOD_KEY = 'hotline.analytics.period';
const DAY = /^\d{4}-\d\d-\d\d$/;

/** The day (YYYY-MM-DD) an instant falls on in China. */
export function chinaDay(date) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date || new Date());
}

export function addDays(day, n) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO-8601 week of a day, as the weekly report names it: 2026-W49. */
export function isoWeek(day) {
  const d = new Date(day + 'T00:00:00Z');
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return year + '-W' + String(week).padStart(2, '0');
}

/** The period all figures share (kept for the browser tab): {from, to}, default the last 30 days. */
export function getPeriod() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(PERIOD_KEY));
    if (saved && DAY.test(saved.from) && DAY.test(saved.to) && saved.from <= saved.to) return saved;
  } catch (err) { /* a damaged entry falls back to the default */ }
  const to = chinaDay();
  return { from: addDays(to, -29), to };
}

export function setPeriod(period) {
  sessionStorage.setItem(PERIOD_KEY, JSON.stringify(period));
}

/** The shared period picker (flatpickr range) with quick choices; onChange(period) after every change. */
export function periodPicker(onChange) {
  const period = getPeriod();
  const input = el('input', { id: 'period', class: 'form-control form-control-sm', style: 'width: 15em', readonly: true,
    'aria-label': t('analytics.period') });
  const apply = (from, to) => {
    setPeriod({ from, to });
    picker.setDate([from, to], false);
    onChange({ from, to });
  };
  // flatpickr is a classic script (global); its Chinese locale registers itself beside it.
  const picker = flatpickr(input, {
    mode: 'range', dateFormat: 'Y-m-d', defaultDate: [period.from, period.to], maxDate: chinaDay(),
    locale: Object.assign({}, language() === 'zh-CN' && flatpickr.l10ns.zh ? flatpickr.l10ns.zh : {}, { rangeSeparator: ' ~ ' }),
    onClose: dates => {
      if (dates.length !== 2) return;
      const [from, to] = dates.map(d => picker.formatDate(d, 'Y-m-d'));
      apply(from, to);
    }
  });
  const today = chinaDay();
  const quick = [['today', today, today], ['last7', addDays(today, -6), today], ['last30', addDays(today, -29), today],
    ['thisMonth', today.slice(0, 8) + '01', today]];
  return el('div', { class: 'd-flex align-items-center gap-1 flex-wrap', id: 'period-picker' },
    el('label', { class: 'small text-secondary', for: 'period' }, t('analytics.period')), input,
    quick.map(([key, from, to]) => el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm py-0', 'data-period': key,
      onclick: () => apply(from, to) }, t('analytics.' + key))));
}

export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') q.set(k, v); });
  return q.toString();
}

/** A rate (fraction) as a percentage; an absent rate (zero denominator) is a dash, never 0 % or 100 %. */
export function pct(value) {
  return value === null || value === undefined ? '—' : (value * 100).toFixed(1) + '%';
}

export function num(value) {
  return value === null || value === undefined ? '—' : Number(value).toLocaleString(language());
}

export function seconds(value) {
  if (value === null || value === undefined) return '—';
  const s = Math.round(value);
  return s < 60 ? s + t('analytics.secondsUnit') : Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

// ---------------------------------------------------------------- charts

const live = new Set();
window.addEventListener('resize', () => live.forEach(c => c.resize()));

/**
 * Draws an ECharts chart into node (aria on: the container carries a text description of its data) and calls
 * onClick(params) when a bar, slice or point is clicked.
 */
export function chart(node, option, onClick) {
  const instance = echarts.init(node, null, { renderer: 'canvas', locale: language() === 'zh-CN' ? 'ZH' : 'EN' });
  instance.setOption(Object.assign({ aria: { enabled: true }, animation: false,
    tooltip: { trigger: 'axis', confine: true }, grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true } }, option));
  if (onClick) {
    instance.on('click', onClick);
    node.classList.add('clickable-chart');
  }
  live.add(instance);
  return instance;
}

/** A view's clean-up: the charts it drew stop listening and free their canvas. */
export function disposeCharts() {
  live.forEach(c => c.dispose());
  live.clear();
}

export function chartBox(id, height) {
  return el('div', { id, class: 'chart', style: 'height: ' + (height || 260) + 'px' });
}

/** Bars per category for several series: [{key, name, values}], horizontal when there are many labels. */
export function barOption(labels, series, options) {
  const horizontal = options && options.horizontal;
  const categoryAxis = { type: 'category', data: labels, axisLabel: { interval: 0, width: 110, overflow: 'truncate',
    rotate: horizontal || labels.length < 8 ? 0 : 35 }, inverse: !!horizontal };
  const valueAxis = (options && options.valueAxis) || { type: 'value', minInterval: 1 };
  return {
    legend: { top: 0, type: 'scroll' },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map(s => Object.assign({ type: 'bar', name: s.name, id: s.key, data: s.values, stack: s.stack,
      emphasis: { focus: 'series' } }, s.extra || {}))
  };
}

// ---------------------------------------------------------------- downloads

function fileNameOf(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, class: 'd-none' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** Downloads what url answers for Accept: accept (CSV, Excel); a refusal shows its problem. */
export async function download(url, accept, fallbackName) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: accept } });
  } catch (err) { fail(new ApiError(0, null)); return; }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (err) { problem = null; }
    fail(new ApiError(response.status, problem || { code: 'internal-error' }));
    return;
  }
  save(await response.blob(), fileNameOf(response, fallbackName));
}

export const csvOf = url => download(url, 'text/csv', 'figures.csv');

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table the page holds (figures an endpoint without CSV answered) as a CSV file, UTF-8 with a byte-order mark. */
export function saveCsv(name, headers, rows) {
  const cell = v => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s) && Number.isNaN(Number(s))) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  const text = '\uFEFF' + [headers].concat(rows).map(r => r.map(cell).join(',')).join('\r\n') + '\r\n';
  save(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}

export function csvButton(id, onClick) {
  return el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm py-0 csv', id, title: t('analytics.csvHint'),
    onclick: onClick }, t('analytics.csv'));
}

/** A card whose header holds its title and tools (CSV button, choices). */
export function panel(id, title, tools, ...body) {
  return el('div', { class: 'card mb-3', id },
    el('div', { class: 'card-header py-1 d-flex align-items-center gap-2' }, el('span', { class: 'fw-semibold me-auto' }, title), tools),
    el('div', { class: 'card-body p-2' }, body));
}

// ---------------------------------------------------------------- drill-down

/** A dialog listing what a figure counts (id drill-dialog); following a link in it to a ticket closes it. */
export function listDialog(title, body, size) {
  const dialog = modal(title, body, [[t('ui.close'), 'btn-secondary']], { size: size || 'modal-xl', id: 'drill-dialog' });
  const close = () => dialog.hide();
  window.addEventListener('hashchange', close, { once: true });
  dialog._element.addEventListener('hidden.bs.modal', () => window.removeEventListener('hashchange', close));
  return dialog;
}

/**
 * Shows the tickets behind a figure: path answers a TicketPage ({items, page, size, total}); each row links to the
 * ticket page.
 */
export function drillDown(title, path) {
  const body = el('div', { id: 'drill-body' }, el('div', { class: 'text-secondary small' }, t('ui.loading')));
  listDialog(title, body);
  const size = 20;
  const load = async page => {
    let answer;
    try {
      answer = await api(path + (path.includes('?') ? '&' : '?') + query({ page, size }));
    } catch (err) {
      body.replaceChildren(el('div', { class: 'alert alert-danger', id: 'drill-error', role: 'alert' }, err.message));
      return;
    }
    const pages = Math.max(1, Math.ceil(answer.total / size));
    const rows = answer.items.map(tk => el('tr', { 'data-ticket': tk.ticketNo },
      el('td', {}, el('a', { href: '#/ticket/' + tk.ticketNo }, tk.ticketNo)),
      el('td', {}, statusBadge(tk.status)), el('td', {}, catName(tk.categoryCode)), el('td', {}, deptName(tk.departmentCode)),
      el('td', { class: 'small' }, formatTime(tk.registeredAt)), el('td', { class: 'small text-truncate', style: 'max-width: 24em' }, tk.content || '')));
    body.replaceChildren(
      el('div', { class: 'small text-secondary mb-1' }, t('analytics.drillTotal'), ' ', el('span', { id: 'drill-total' }, String(answer.total))),
      table([t('field.ticketNo'), t('field.status'), t('field.categoryCode'), t('field.departmentCode'), t('field.registeredAt'),
        t('field.content')], rows.length ? rows : [emptyRow(6)], { id: 'drill-table', 'data-total': answer.total }),
      pages > 1 ? el('div', { class: 'd-flex gap-2 align-items-center mt-2' },
        el('button', { class: 'btn btn-outline-secondary btn-sm', disabled: page === 0, onclick: () => load(page - 1) }, '‹'),
        el('span', { class: 'small' }, t('ui.page', page + 1, pages)),
        el('button', { class: 'btn btn-outline-secondary btn-sm', disabled: page + 1 >= pages, onclick: () => load(page + 1) }, '›')) : null);
  };
  load(0);
}

/** A list of tickets the page already has (a surge's, a repeat group's) as links. */
export function ticketLinks(numbers) {
  return el('span', { class: 'ticket-links' }, numbers.map((no, i) => [i ? ' ' : '', el('a', { href: '#/ticket/' + no, 'data-ticket': no }, no)]));
}

export function problemAlert(err, id) {
  return el('div', { class: 'alert alert-warning small mb-0', id: id || null, role: 'alert' }, err.message);
}
