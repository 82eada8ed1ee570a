// Work queues: the dispatcher's (dispatch, returns, extensions, review, follow-up), the department's (sorted by
// deadline with live countdowns) and the supervisor's. A row opens the ticket beside the list.
import { api, post } from '../api.js';
import { t, word, formatTime, systemNote } from '../i18n.js';
import { el, toast, fail, card, catName, deptName, statusBadge, countdown, departmentOptions, select, emptyRow } from '../ui.js';
import { registerView } from '../views.js';
import { renderTicket } from './ticket.js';

// queue key → [status filter or 'overdue' or '', the timeline action whose note explains the row, or null]
const QUEUES = {
  DISPATCHER: [['to-dispatch', 'REGISTERED'], ['returned', 'RETURNED', 'return'], ['extensions', 'EXTENSION_REQUESTED', 'extension'],
    ['to-review', 'REPLIED'], ['follow-up', 'FOLLOW_UP'], ['all', '']],
  DEPARTMENT: [['to-sign', 'DISPATCHED'], ['handling', 'IN_PROGRESS'], ['awaiting', 'AWAITING_CITIZEN'],
    ['extension-pending', 'EXTENSION_REQUESTED'], ['all', '']],
  SUPERVISOR: [['overdue', 'overdue'], ['all', '']]
};
const TICKET_NO = /JH\d{14}/;

const PAGE = 100;

async function renderQueue(container, params) {
  const role = container.ownerDocument.body.dataset.role;
  const queues = QUEUES[role];
  const key = params[0] && queues.some(q => q[0] === params[0]) ? params[0] : queues[0][0];
  const [, filter, reasonAction] = queues.find(q => q[0] === key);
  const detail = el('div', { id: 'detail', class: 'detail-pane' }, el('div', { class: 'text-secondary small' }, t('queue.pick')));
  const list = el('div', { id: 'queue-list' });
  const tabs = el('ul', { class: 'nav nav-pills nav-sm mb-2', id: 'queue-tabs' }, queues.map(([k]) =>
    el('li', { class: 'nav-item' }, el('a', { class: 'nav-link py-1 px-2' + (k === key ? ' active' : ''), href: '#/queue/' + k, 'data-queue': k },
      t('queue.' + k), ' ', el('span', { class: 'badge text-bg-light', 'data-count': k })))));
  container.append(tabs, el('div', { class: 'row g-2' }, el('div', { class: 'col-xl-7' }, list), el('div', { class: 'col-xl-5' }, detail)));
  let selected = null;
  const open = no => {
    selected = no;
    list.querySelectorAll('tr[data-ticket]').forEach(r => r.classList.toggle('table-active', r.dataset.ticket === no));
    renderTicket(detail, no, load, true);
  };
  // Departments work by deadline (the server sorts: earliest first, paused clocks and no deadline last), and so
  // does the overdue list; the others by arrival. "Load more" fetches the next page; a refresh reloads as many.
  const byDeadline = role === 'DEPARTMENT' || filter === 'overdue';
  let pages = 1;
  async function load() {
    const items = [];
    let total = 0;
    try {
      for (let page = 0; page < pages; page++) {
        const query = new URLSearchParams({ size: String(PAGE), page: String(page) });
        if (filter === 'overdue') query.set('overdue', 'true'); else if (filter) query.set('status', filter);
        if (byDeadline) query.set('sort', 'deadline');
        const result = await api('/api/tickets?' + query);
        items.push(...result.items);
        total = result.total;
        if (result.items.length < PAGE) break;
      }
    } catch (err) { fail(err); return; }
    const more = items.length < total ? el('div', { class: 'd-flex gap-2 align-items-center mt-1' },
      el('button', { class: 'btn btn-outline-secondary btn-sm', id: 'queue-more', onclick: () => { pages++; load(); } }, t('queue.loadMore')),
      el('span', { class: 'small text-secondary' }, t('queue.shown', items.length, total))) : '';
    list.replaceChildren(queueTable(key, items, reasonAction, open, load), more);
    const count = tabs.querySelector('[data-count="' + key + '"]');
    if (count) count.textContent = String(total);
    if (selected && items.some(i => i.ticketNo === selected)) open(selected);
  }
  await load();
  const onArrival = () => load();
  window.addEventListener('hotline:arrival', onArrival);
  return () => window.removeEventListener('hotline:arrival', onArrival);
}

function queueTable(key, items, reasonAction, open, reload) {
  const bulk = key === 'to-dispatch' || key === 'returned';
  const head = [bulk ? el('input', { type: 'checkbox', class: 'form-check-input', id: 'select-all', 'aria-label': t('queue.selectAll'),
    onchange: e => body.querySelectorAll('input.pick').forEach(c => { c.checked = e.target.checked; }) }) : null,
  t('field.ticketNo'), t('field.status'), t('field.type'), t('field.categoryCode'),
  bulk ? t('queue.dispatchTo') : t('field.departmentCode'), t('field.deadline'), reasonAction ? t('queue.reason') : t('field.registeredAt')].filter(h => h !== null);
  const body = el('tbody');
  items.forEach(tk => {
    const row = el('tr', { class: 'clickable', 'data-ticket': tk.ticketNo, onclick: e => { if (!e.target.closest('input,select,button')) open(tk.ticketNo); } });
    if (bulk) row.append(el('td', {}, el('input', { type: 'checkbox', class: 'form-check-input pick', value: tk.ticketNo, 'aria-label': tk.ticketNo })));
    const duplicateOf = ((tk.content || '').match(TICKET_NO) || [])[0];
    row.append(el('td', {}, tk.ticketNo, duplicateOf && duplicateOf !== tk.ticketNo && key === 'to-dispatch'
      ? el('button', { class: 'btn btn-outline-warning btn-sm py-0 ms-1 merge', 'data-main': duplicateOf, title: t('queue.mergeInto', duplicateOf),
        onclick: () => merge(tk.ticketNo, duplicateOf, reload) }, t('queue.merge')) : ''),
    el('td', {}, statusBadge(tk.status), tk.escalated ? el('span', { class: 'badge text-bg-danger ms-1' }, t('ticket.escalatedShort')) : ''),
    el('td', {}, word('type', tk.type)), el('td', {}, catName(tk.categoryCode)));
    if (bulk) {
      const choice = select('dept-' + tk.ticketNo, departmentOptions(false), tk.departmentCode);
      choice.className = 'form-select form-select-sm dispatch-to';
      choice.dataset.ticket = tk.ticketNo;
      choice.setAttribute('aria-label', t('queue.dispatchTo') + ' ' + tk.ticketNo);
      row.append(el('td', {}, choice));
    } else {
      row.append(el('td', {}, deptName(tk.departmentCode)));
    }
    row.append(el('td', {}, countdown(tk)));
    const last = el('td', { class: 'small' }, reasonAction ? '…' : formatTime(tk.registeredAt));
    row.append(last);
    if (reasonAction) explain(tk.ticketNo, reasonAction, last);
    body.append(row);
  });
  if (!items.length) body.append(emptyRow(head.length));
  const tableNode = el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm table-hover align-middle mb-0', id: 'ticket-table' },
    el('thead', { class: 'table-light' }, el('tr', {}, head.map(h => el('th', {}, h)))), body));
  const tools = bulk && items.length ? el('div', { class: 'd-flex gap-2 mb-2' },
    el('button', { class: 'btn btn-primary btn-sm', id: 'bulk-dispatch', onclick: () => bulkDispatch(body, reload) }, t('queue.bulkDispatch'))) : '';
  return card(null, tools, tableNode);
}

// The reason of a returned ticket or an extension request is its latest timeline entry of that action.
async function explain(no, action, cell) {
  try {
    const timeline = await api('/api/tickets/' + no + '/timeline');
    const entry = timeline.filter(e => e.action === action).slice(-1)[0];
    cell.textContent = entry ? systemNote(entry.note, deptName) : '';
  } catch (err) { cell.textContent = ''; }
}

async function merge(no, main, reload) {
  try {
    await post('/api/tickets/' + no + '/merge', { mainTicketNo: main });
    toast(t('queue.merged', no, main));
    reload();
  } catch (err) { fail(err); }
}

// Each picked ticket goes to the department chosen in its row (the routing suggestion unless changed).
async function bulkDispatch(body, reload) {
  const picked = [...body.querySelectorAll('input.pick:checked')].map(c => c.value);
  if (!picked.length) { toast(t('queue.pickFirst'), true); return; }
  let done = 0;
  for (const no of picked) {
    const department = body.querySelector('select.dispatch-to[data-ticket="' + no + '"]').value;
    try {
      await post('/api/tickets/' + no + '/dispatch', { departmentCode: department });
      done++;
    } catch (err) { fail(no + '：' + err.message); }
  }
  toast(t('queue.dispatched', done));
  reload();
}

registerView('queue', { roles: ['DISPATCHER', 'DEPARTMENT', 'SUPERVISOR'], nav: 'nav.queues', order: 1, render: renderQueue });

