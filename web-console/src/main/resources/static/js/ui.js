// Small DOM helpers over Bootstrap (loaded as /webjars/bootstrap/…/bootstrap.bundle.min.js, global `bootstrap`).
import { t, word, formatTime } from './i18n.js';

/** The session: who is logged in and the dispatch catalogue, filled once by main.js. */
export const session = { me: null, departments: [], categories: [], districts: [] };

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  });
  children.flat(Infinity).forEach(c => {
    if (c === null || c === undefined || c === false) return;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return node;
}

export function toast(message, isError) {
  const holder = document.getElementById('toasts');
  const node = el('div', { class: 'toast align-items-center border-0 text-bg-' + (isError ? 'danger' : 'dark'),
    role: isError ? 'alert' : 'status', 'aria-live': 'polite' },
  el('div', { class: 'd-flex' }, el('div', { class: 'toast-body' }, message),
    el('button', { type: 'button', class: 'btn-close btn-close-white me-2 m-auto', 'data-bs-dismiss': 'toast',
      'aria-label': t('ui.close') })));
  holder.append(node);
  node.addEventListener('hidden.bs.toast', () => node.remove());
  new bootstrap.Toast(node, { delay: isError ? 6000 : 3500 }).show();
}

export function fail(err) {
  toast(err && err.message ? err.message : String(err), true);
}

/** A Bootstrap modal with body and footer buttons; resolves when hidden. */
export function modal(title, body, buttons, options) {
  const footer = el('div', { class: 'modal-footer' });
  const dialog = el('div', { class: 'modal fade', tabindex: '-1', 'aria-label': title, id: (options && options.id) || null },
    el('div', { class: 'modal-dialog ' + ((options && options.size) || '') },
      el('div', { class: 'modal-content' },
        el('div', { class: 'modal-header' }, el('h5', { class: 'modal-title' }, title),
          el('button', { type: 'button', class: 'btn-close', 'data-bs-dismiss': 'modal', 'aria-label': t('ui.close') })),
        el('div', { class: 'modal-body' }, body), footer)));
  const instance = new bootstrap.Modal(dialog);
  (buttons || []).forEach(([label, cls, onClick]) => footer.append(el('button', { type: 'button', class: 'btn ' + cls,
    onclick: async () => { if (!onClick || (await onClick()) !== false) instance.hide(); } }, label)));
  document.body.append(dialog);
  dialog.addEventListener('hidden.bs.modal', () => dialog.remove());
  instance.show();
  return instance;
}

/** Asks to confirm; resolves true only when the user pressed the confirm button. */
export function confirmDialog(title, message, confirmLabel, id) {
  return new Promise(resolve => {
    let confirmed = false;
    const m = modal(title, el('p', {}, message), [[t('ui.cancel'), 'btn-secondary'],
      [confirmLabel, 'btn-danger confirm', () => { confirmed = true; }]], { id });
    m._element.addEventListener('hidden.bs.modal', () => resolve(confirmed));
  });
}

export function kv(pairs) {
  return el('dl', { class: 'row kv mb-0' }, pairs.filter(Boolean).map(([key, value]) => [
    el('dt', { class: 'col-4 col-xl-3 text-secondary fw-normal' }, key), el('dd', { class: 'col-8 col-xl-9 mb-1' }, value)]));
}

let fieldSeq = 0;
/** A labelled form control: the label is tied to the control by id. */
export function field(label, control, help) {
  const id = control.id || ('f' + (++fieldSeq));
  control.id = id;
  if (!control.classList.contains('form-check-input')) {
    if (control.tagName === 'SELECT') control.classList.add('form-select', 'form-select-sm');
    else control.classList.add('form-control', 'form-control-sm');
  }
  return el('div', { class: 'mb-2' }, el('label', { class: 'form-label small mb-0', for: id }, label), control,
    help ? el('div', { class: 'form-text' }, help) : null);
}

export function select(name, options, value) {
  return el('select', { name }, options.map(([v, label]) => el('option', { value: v, selected: v === value }, label)));
}

export function departmentOptions(includeBlank) {
  return (includeBlank ? [['', '—']] : []).concat(session.departments.map(d => [d.code, d.name + '（' + d.code + '）']));
}

export function deptName(code) {
  const d = session.departments.find(x => x.code === code);
  return d ? d.name : (code || '');
}

export function catName(code) {
  const c = session.categories.find(x => x.code === code);
  return c ? c.name : (code || '');
}

export function districtName(code) {
  const d = session.districts.find(x => x.code === code);
  return d ? d.name : (code || '');
}

export function statusBadge(status) {
  const cls = { CLOSED: 'text-bg-secondary', MERGED: 'text-bg-secondary', RETURNED: 'text-bg-danger',
    REPLIED: 'text-bg-info', FOLLOW_UP: 'text-bg-info', REGISTERED: 'text-bg-primary' }[status] || 'text-bg-light border';
  return el('span', { class: 'badge ' + cls, 'data-status': status }, word('status', status));
}

/**
 * The deadline of the ticket's current step: sign, handle, review (REPLIED) or follow-up (FOLLOW_UP), with when
 * its clock started and whether the server warned; due is null when the step has none.
 */
function stepDeadline(ticket) {
  if (ticket.status === 'DISPATCHED' || ticket.status === 'REGISTERED' || ticket.status === 'RETURNED') {
    return { due: ticket.signDueAt, start: ticket.registeredAt, warned: ticket.warned };
  }
  if (ticket.status === 'REPLIED' || ticket.status === 'FOLLOW_UP') {
    const step = ticket.status === 'REPLIED' ? ticket.review : ticket.followUp;
    return { due: step ? step.dueAt : null, start: ticket.repliedAt || ticket.registeredAt, warned: step && step.warned };
  }
  return { due: ticket.handleDueAt, start: ticket.signedAt || ticket.registeredAt, warned: ticket.warned };
}

/**
 * A live deadline badge: the global ticker in main.js re-renders every [data-due] element each second. Warning
 * colour from 80 % of the phase (or once the server raised its warning), overdue in red, paused in grey.
 */
export function countdown(ticket) {
  if (!ticket || ticket.status === 'CLOSED' || ticket.status === 'MERGED') return el('span');
  const { due, start, warned } = stepDeadline(ticket);
  if (!due) return el('span');
  const node = el('span', { class: 'badge countdown', 'data-due': due, 'data-start': start,
    'data-warned': warned ? '1' : null, 'data-paused': ticket.paused ? '1' : null, title: formatTime(due) });
  renderCountdown(node, Date.now());
  return node;
}

export function renderCountdown(node, now) {
  if (node.dataset.paused) {
    node.className = 'badge countdown cd-paused';
    node.textContent = t('deadline.paused');
    return;
  }
  const due = Date.parse(node.dataset.due);
  const start = Date.parse(node.dataset.start);
  const left = due - now;
  const warnAt = start + (due - start) * 0.8;
  const state = left < 0 ? 'overdue' : (node.dataset.warned || now >= warnAt ? 'warning' : 'ok');
  node.className = 'badge countdown cd-' + state;
  node.textContent = left < 0 ? t('deadline.overdue', human(-left)) : t('deadline.left', human(left));
}

function human(ms) {
  const s = Math.floor(ms / 1000);
  if (s < 3600) return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  if (s < 48 * 3600) return t('deadline.hours', Math.floor(s / 3600), Math.floor((s % 3600) / 60));
  return t('deadline.days', Math.floor(s / 86400), Math.floor((s % 86400) / 3600));
}

export function card(title, ...body) {
  return el('div', { class: 'card mb-3' }, title ? el('div', { class: 'card-header py-1 fw-semibold' }, title) : null,
    el('div', { class: 'card-body p-2' }, body));
}

export function table(headers, rows, attrs) {
  return el('div', { class: 'table-responsive' }, el('table', Object.assign({ class: 'table table-sm table-hover align-middle mb-0' }, attrs || {}),
    el('thead', { class: 'table-light' }, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

export function emptyRow(colspan, text) {
  return el('tr', {}, el('td', { colspan, class: 'text-secondary' }, text || t('ui.empty')));
}

/**
 * A knowledge-base snippet {text, highlights: [[start, end], …]} (UTF-16 offsets, as JS indexes strings) built from
 * text nodes and <mark> elements: whatever the text holds stays text. Ranges out of order or outside the text are
 * skipped.
 */
export function snippet(value) {
  const node = el('div', { class: 'small text-secondary snippet' });
  const text = String((value && value.text) || '');
  let at = 0;
  for (const range of (value && value.highlights) || []) {
    const [start, end] = range || [];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    if (start > at) node.append(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    node.append(mark);
    at = end;
  }
  if (at < text.length) node.append(document.createTextNode(text.slice(at)));
  return node;
}

export function hasRole(...roles) {
  return session.me && roles.includes(session.me.role);
}
