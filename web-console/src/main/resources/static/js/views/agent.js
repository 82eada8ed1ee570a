// The agent desktop (坐席工作台): state bar with heartbeats, register form with live knowledge suggestions,
// category suggestions, duplicate warning, the screen-pop with transfer and emergency transfer, callbacks,
// "my tickets today" and look-up (both searched on the server).
import { api, post } from '../api.js';
import { t, word, formatTime } from '../i18n.js';
import { onPush, sendPush, pushOpen } from '../push.js';
import { el, session, toast, fail, modal, confirmDialog, field, select, card, table, emptyRow, catName, deptName,
  statusBadge, snippet, departmentOptions, countdown, hasRole } from '../ui.js';
import { registerView, registerBoot, navigate } from '../views.js';
import { chinaDay } from './charts.js';
import { TYPES, CHANNELS, URGENCIES, PAUSE_REASONS, EMERGENCY, PUSH, CALLBACK_OUTCOMES, TRANSFER_MODES } from '../words.js';

const HEARTBEAT_MS = 20000;
const STATE_POLL_MS = 5000;

// ---------------------------------------------------------------- state bar

const seat = { state: 'offline', since: null, wrapUpSeconds: 30, pauseReason: null };

function stateBar() {
  const pauseSelect = select('pauseReason', PAUSE_REASONS.map(r => [r, t('pause.' + r)]));
  pauseSelect.className = 'form-select form-select-sm w-auto';
  pauseSelect.id = 'pause-reason';
  return el('div', { class: 'state-bar px-3 py-1 d-flex align-items-center gap-2 small', id: 'agent-bar' },
    el('span', { class: 'badge state-pill', id: 'agent-state', 'aria-live': 'polite' }),
    el('span', { id: 'agent-state-extra', class: 'text-secondary' }),
    el('span', { class: 'flex-grow-1' }),
    el('button', { class: 'btn btn-success btn-sm', id: 'state-ready', onclick: () => setState('ready') },
      t('agent.ready'), ' ', el('span', { class: 'kbd' }, 'Alt+R')),
    el('label', { class: 'visually-hidden', for: 'pause-reason' }, t('agent.pauseReason')), pauseSelect,
    el('button', { class: 'btn btn-warning btn-sm', id: 'state-pause', onclick: () => setState('paused', pauseSelect.value) },
      t('agent.pause'), ' ', el('span', { class: 'kbd' }, 'Alt+P')),
    el('button', { class: 'btn btn-outline-secondary btn-sm', id: 'state-offline', onclick: () => setState('offline') }, t('agent.offline')),
    el('button', { class: 'btn btn-outline-primary btn-sm', id: 'simulate-call', onclick: simulateCall, title: t('agent.simulateHint') }, t('agent.simulate')));
}

async function setState(state, reason) {
  try {
    const status = await post('/api/agents/me/state', reason ? { state, reason: t('pause.' + reason) } : { state });
    showSeat(status);
    toast(t('agent.stateNow', word('agentState', status.state)));
  } catch (err) { fail(err); }
}

async function simulateCall() {
  try { await post('/api/calls/simulate', { callerNumber: '13800138000', ivrChoice: '1' }); } catch (err) { fail(err); }
}

function showSeat(status) {
  Object.assign(seat, { state: status.state, since: status.since, pauseReason: status.pauseReason });
  if (status.wrapUpSeconds !== undefined) seat.wrapUpSeconds = status.wrapUpSeconds;
  renderSeat();
}

function renderSeat() {
  const pill = document.getElementById('agent-state');
  if (!pill) return;
  pill.className = 'badge state-pill state-' + seat.state;
  pill.dataset.state = seat.state;
  pill.textContent = word('agentState', seat.state);
  let extra = '';
  if (seat.state === 'paused' && seat.pauseReason) extra = seat.pauseReason;
  if (seat.state === 'wrap_up' && seat.since) {
    const left = Math.max(0, Math.round(seat.wrapUpSeconds - (Date.now() - Date.parse(seat.since)) / 1000));
    extra = t('agent.wrapUpLeft', left);
  }
  document.getElementById('agent-state-extra').textContent = extra;
}

async function pollSeat() {
  try { showSeat(await api('/api/agents/me')); } catch (err) { /* the next poll tries again */ }
}

function startSeat() {
  document.getElementById('agent-bar-slot').append(stateBar());
  const beat = () => post('/api/agents/me/heartbeat').catch(() => { /* next beat */ });
  beat();
  setInterval(beat, HEARTBEAT_MS);
  pollSeat();
  setInterval(pollSeat, STATE_POLL_MS);
  setInterval(renderSeat, 1000);
  document.addEventListener('keydown', shortcut);
  // The seat follows the queue member events at once; the poll only catches what a lost socket missed.
  onPush(PUSH.AGENT_STATE, () => pollSeat());
  onPush(PUSH.SCREEN_POP, payload => { current.pop = payload; seat.state = 'talking'; renderSeat(); showPop(); fillFromPop(); });
  onPush(PUSH.SUGGESTIONS, message => { if (message.seq === typingSeq) showSuggestions(message.items || []); });
}

// Alt+R ready, Alt+P pause, Alt+N new registration, Alt+L look-up, Alt+1…5 open a suggestion, Ctrl+Enter register.
function shortcut(e) {
  if (e.altKey && !e.ctrlKey) {
    const key = e.key.toLowerCase();
    if (key === 'r') { e.preventDefault(); setState('ready'); }
    else if (key === 'p') { e.preventDefault(); setState('paused', document.getElementById('pause-reason').value); }
    else if (key === 'n') { e.preventDefault(); navigate('#/desk'); setTimeout(() => document.getElementById('register-content')?.focus(), 50); }
    else if (key === 'l') { e.preventDefault(); navigate('#/lookup'); }
    else if (/^[1-5]$/.test(key)) {
      const item = document.querySelectorAll('#typing-suggestions li[data-entry]')[Number(key) - 1];
      if (item) { e.preventDefault(); openEntry(item.dataset.entry); }
    }
  } else if (e.ctrlKey && e.key === 'Enter') {
    const form = document.getElementById('register-form');
    if (form) { e.preventDefault(); form.requestSubmit(); }
  }
}

registerBoot(s => { if (s.me.role === 'AGENT') startSeat(); });

// ---------------------------------------------------------------- desk

// transferring: the call id and department of an attended transfer or three-way call the agent has started
const current = { pop: null, suggestions: [], transferring: null };
let typingSeq = 0;

function registerForm() {
  const categories = session.categories.filter(c => c.parentCode);
  const districts = session.districts.filter(d => d.level === 'district');
  const content = el('textarea', { name: 'content', required: true, maxlength: 4000, id: 'register-content', rows: 5 });
  const form = el('form', { id: 'register-form', novalidate: false },
    field(t('field.content'), content),
    el('div', { class: 'mb-2 small', id: 'category-suggestions', 'aria-live': 'polite' }),
    el('div', { id: 'duplicates', 'aria-live': 'polite' }),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-4' }, field(t('field.channel'), select('channel', CHANNELS.map(c => [c, word('channel', c)]), 'phone'))),
      el('div', { class: 'col-4' }, field(t('field.type'), select('type', TYPES.map(c => [c, word('type', c)]), 'consultation'))),
      el('div', { class: 'col-4' }, field(t('field.urgency'), select('urgency', URGENCIES.map(c => [c, word('urgency', c)]), 'normal'))),
      el('div', { class: 'col-6' }, field(t('field.categoryCode'), select('categoryCode',
        [['', t('ui.choose')]].concat(categories.map(c => [c.code, c.code + ' ' + c.name]))))),
      el('div', { class: 'col-6' }, field(t('field.districtCode'), select('districtCode',
        [['', t('ui.unknown')]].concat(districts.map(d => [d.code, d.name]))))),
      el('div', { class: 'col-4' }, field(t('field.citizenPhone'), el('input', { name: 'citizenPhone', maxlength: 20, inputmode: 'tel', autocomplete: 'off' })),
        el('div', { class: 'small', id: 'citizen-history-hint' })),
      el('div', { class: 'col-3' }, field(t('field.citizenName'), el('input', { name: 'citizenName', maxlength: 50, autocomplete: 'off' }))),
      el('div', { class: 'col-5' }, field(t('field.address'), el('input', { name: 'address', maxlength: 200, autocomplete: 'off' })))),
    el('input', { type: 'hidden', name: 'callId' }),
    el('div', { class: 'form-check mb-2' }, el('input', { class: 'form-check-input', type: 'checkbox', name: 'confidential', id: 'f-confidential' }),
      el('label', { class: 'form-check-label small', for: 'f-confidential' }, t('field.confidential'))),
    el('div', { class: 'd-flex gap-2' },
      el('button', { type: 'submit', class: 'btn btn-primary btn-sm', id: 'register-submit' }, t('agent.register'), ' ', el('span', { class: 'kbd' }, 'Ctrl+Enter')),
      el('button', { type: 'reset', class: 'btn btn-outline-secondary btn-sm' }, t('ui.clear'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const ticket = await register(form);
      toast(t('agent.registered', ticket.ticketNo, deptName(ticket.departmentCode)));
      resetForm(form);
      showRegistered(ticket);
    } catch (err) { fail(err); }
  });
  let classifyTimer;
  let similarTimer;
  content.addEventListener('input', () => {
    typing(content.value, form.categoryCode.value);
    clearTimeout(classifyTimer);
    classifyTimer = setTimeout(() => suggestCategories(form), 350);
    clearTimeout(similarTimer);
    similarTimer = setTimeout(() => checkDuplicates(form), 600);
  });
  form.citizenPhone.addEventListener('change', () => { checkDuplicates(form); citizenHint(form); });
  return form;
}

// "该市民在其他渠道有 N 条来件" under the phone field, linking to the newest of those contacts (the contact view shows
// the citizen's whole history). The number goes in a POST body, never in a URL.
let hintSeq = 0;
async function citizenHint(form) {
  const hint = document.getElementById('citizen-history-hint');
  if (!hint) return;
  const phone = form.citizenPhone.value.trim();
  const seq = ++hintSeq;
  hint.replaceChildren();
  if (phone.replace(/\D/g, '').length < 7) return;
  let found;
  try {
    found = await post('/api/citizens/lookup', { phone });
  } catch (err) {
    return; // not a valid number: registering names the field
  }
  if (seq !== hintSeq || !found.otherContacts) return;
  hint.replaceChildren(el('a', { href: '#/contacts/' + found.latestContactNo, id: 'citizen-history-link' },
    t('agent.citizenOtherContacts', found.otherContacts)));
}

function resetForm(form) {
  form.reset();
  form.callId.value = '';
  document.getElementById('category-suggestions').replaceChildren();
  document.getElementById('duplicates').replaceChildren();
  document.getElementById('citizen-history-hint').replaceChildren();
}

async function register(form) {
  const data = Object.fromEntries(new FormData(form).entries());
  data.confidential = form.confidential.checked;
  ['districtCode', 'callId', 'citizenPhone', 'citizenName', 'address'].forEach(k => { if (!data[k]) delete data[k]; });
  return post('/api/tickets', data);
}

function showRegistered(ticket) {
  const pane = document.getElementById('detail');
  pane.hidden = false;
  pane.replaceChildren(card(t('agent.justRegistered'),
    el('div', { class: 'd-flex align-items-center gap-2 mb-1' }, el('a', { href: '#/ticket/' + ticket.ticketNo, class: 'fw-semibold' }, ticket.ticketNo),
      statusBadge(ticket.status)),
    el('div', { class: 'small' }, t('field.departmentCode'), '：', deptName(ticket.departmentCode), ' · ', catName(ticket.categoryCode))));
}

function typing(text, category) {
  if (!pushOpen() || !text.trim()) return;
  sendPush({ type: 'typing', text: text.slice(-200), category: category || '', seq: ++typingSeq });
}

// Category (and so department) suggestions with their confidence; one click sets the category.
async function suggestCategories(form) {
  const text = form.content.value.trim();
  const holder = document.getElementById('category-suggestions');
  if (!holder) return;
  if (text.length < 4) { holder.replaceChildren(); return; }
  try {
    const scores = await post('/api/classify', { text: text.slice(0, 500) });
    holder.replaceChildren(el('span', { class: 'text-secondary me-1' }, t('agent.suggestedCategories')), ...(scores || []).map(score => {
      const category = session.categories.find(c => c.code === score.categoryCode) || {};
      return el('button', { type: 'button', class: 'btn btn-outline-primary btn-sm me-1 mb-1', 'data-category': score.categoryCode,
        title: t('agent.departmentHint', deptName(category.defaultDepartmentCode)),
        onclick: () => { form.categoryCode.value = score.categoryCode; form.categoryCode.dispatchEvent(new Event('change')); } },
      catName(score.categoryCode), ' → ', deptName(category.defaultDepartmentCode), ' ',
      el('span', { class: 'badge text-bg-light' }, Math.round((score.score || 0) * 100) + '%'));
    }));
  } catch (err) { holder.replaceChildren(); }
}

// Duplicate warning: same caller or similar text nearby.
async function checkDuplicates(form) {
  const holder = document.getElementById('duplicates');
  if (!holder) return;
  // Personal data travels in the body, not the query string (kept out of logs).
  const query = {};
  const text = form.content.value.trim();
  if (text.length >= 6) query.text = text.slice(0, 2000);
  if (form.citizenPhone.value.trim()) query.phone = form.citizenPhone.value.trim();
  if (form.districtCode.value) query.district = form.districtCode.value;
  if (form.categoryCode.value) query.category = form.categoryCode.value;
  if (!query.text && !query.phone) { holder.replaceChildren(); return; }
  try {
    const similar = await post('/api/tickets/similar', query);
    holder.replaceChildren();
    if (!similar.length) return;
    holder.append(el('div', { class: 'alert alert-warning py-1 px-2 small', id: 'duplicate-warning', role: 'alert' },
      el('strong', {}, t('agent.duplicates')), ' ',
      similar.slice(0, 5).map(s => el('span', { class: 'me-2 d-inline-block' },
        el('a', { href: '#/ticket/' + s.ticketNo, 'data-similar': s.ticketNo }, s.ticketNo), ' ',
        el('span', { class: 'text-secondary' }, word('similarity', s.reason), ' ', catName(s.categoryCode), ' ', formatTime(s.registeredAt)), ' ',
        el('button', { type: 'button', class: 'btn btn-link btn-sm p-0 merge-into', 'data-main': s.ticketNo,
          onclick: () => registerAsDuplicate(form, s.ticketNo) }, t('agent.registerAsDuplicate'))))));
  } catch (err) { holder.replaceChildren(); }
}

// The agent registers the repeat request and hands it to the dispatcher marked as a duplicate of the main ticket:
// merging is the dispatcher's action, so the note carries the main ticket's number for a one-click merge there.
async function registerAsDuplicate(form, mainNo) {
  if (!form.content.value.trim()) form.content.value = t('agent.duplicateContent', mainNo);
  const note = t('agent.duplicateOf', mainNo);
  if (!form.content.value.includes(mainNo)) form.content.value += '\n' + note;
  form.requestSubmit();
}

function showSuggestions(items) {
  current.suggestions = items;
  const list = document.getElementById('typing-suggestions');
  if (!list) return;
  list.replaceChildren(...items.map((item, i) => el('li', { 'data-entry': item.entryId, class: 'list-group-item list-group-item-action py-1 px-2',
    tabindex: 0, role: 'button', onclick: () => openEntry(item.entryId), onkeydown: e => { if (e.key === 'Enter') openEntry(item.entryId); } },
  el('div', { class: 'd-flex' }, el('strong', { class: 'small flex-grow-1' }, item.question), i < 5 ? el('span', { class: 'kbd' }, 'Alt+' + (i + 1)) : ''),
  snippet(item.snippet))));
  if (!items.length) list.append(el('li', { class: 'list-group-item small text-secondary' }, t('kb.none')));
}

// One click shows the whole answer; one more answers directly: the ticket is registered and closed as a direct
// answer with the entry recorded, and the entry's usage is counted.
async function openEntry(id) {
  let entry;
  try { entry = await api('/api/kb/entries/' + encodeURIComponent(id)); } catch (err) { fail(err); return; }
  const body = el('div', {}, el('p', { class: 'small text-secondary mb-1' }, catName(entry.categoryCode), ' · ', deptName(entry.departmentCode)),
    el('div', { class: 'pre', id: 'entry-answer' }, entry.answer));
  const form = document.getElementById('register-form');
  const buttons = [[t('ui.close'), 'btn-secondary']];
  if (form) buttons.push([t('agent.answerDirectly'), 'btn-primary', () => answerDirectly(form, entry)]);
  modal(entry.question, body, buttons, { size: 'modal-lg', id: 'entry-dialog' });
}

async function answerDirectly(form, entry) {
  if (!form.content.value.trim()) { toast(t('agent.contentFirst'), true); return false; }
  if (!form.categoryCode.value) form.categoryCode.value = entry.categoryCode || '';
  try {
    const ticket = await register(form);
    const closed = await post('/api/tickets/' + ticket.ticketNo + '/direct-answer', { answer: entry.answer, kbEntryId: entry.id });
    await post('/api/kb/entries/' + encodeURIComponent(entry.id) + '/used', { category: closed.categoryCode });
    toast(t('agent.answered', ticket.ticketNo));
    resetForm(form);
    showRegistered(closed);
    return true;
  } catch (err) { fail(err); return false; }
}

function fillFromPop() {
  const form = document.getElementById('register-form');
  if (!form || !current.pop) return;
  form.callId.value = current.pop.callId || '';
  form.citizenPhone.value = current.pop.callerNumber || '';
  form.channel.value = 'phone';
  if (current.pop.suggestions && current.pop.suggestions.length) showSuggestions(current.pop.suggestions);
  checkDuplicates(form);
  citizenHint(form);
}

function showPop() {
  const holder = document.getElementById('screen-pop-slot');
  if (!holder) return;
  const pop = current.pop;
  if (!pop) { holder.replaceChildren(card(t('agent.noCall'), el('div', { class: 'small text-secondary' }, t('agent.waiting')))); return; }
  const deptSelect = select('department', departmentOptions(false).filter(([code]) => {
    const d = session.departments.find(x => x.code === code);
    return d && d.hotlineWindow;
  }).concat(departmentOptions(false)).filter((o, i, all) => all.findIndex(x => x[0] === o[0]) === i));
  deptSelect.className = 'form-select form-select-sm';
  deptSelect.id = 'transfer-department';
  const modeSelect = select('mode', TRANSFER_MODES.map(m => [m, word('transferMode', m)]));
  modeSelect.className = 'form-select form-select-sm flex-grow-0 w-auto';
  modeSelect.id = 'transfer-mode';
  modeSelect.setAttribute('aria-label', t('agent.transferMode'));
  const pending = current.transferring && current.transferring.callId === pop.callId ? current.transferring : null;
  holder.replaceChildren(el('div', { class: 'card mb-2 border-primary', id: 'screen-pop' },
    el('div', { class: 'card-header py-1 d-flex' }, el('strong', { class: 'flex-grow-1' }, t('agent.caller', pop.callerNumber || t('ui.unknown'))),
      el('span', { class: 'small' }, word('ivr', pop.ivrChoice) || t('ivr.none'))),
    el('div', { class: 'card-body p-2 small' },
      el('div', { class: 'text-secondary mb-1' }, t('agent.hold', pop.holdSeconds || 0), ' · ', pop.callId),
      el('div', { class: 'fw-semibold' }, t('agent.pastTickets')),
      el('ul', { class: 'timeline mb-1', id: 'pop-tickets' }, (pop.tickets || []).map(tk => el('li', {},
        el('a', { href: '#/ticket/' + tk.ticketNo }, tk.ticketNo), ' ', statusBadge(tk.status), ' ', catName(tk.categoryCode),
        el('div', { class: 'text-secondary text-truncate' }, tk.content || '')))),
      (pop.tickets || []).length ? '' : el('div', { class: 'text-secondary' }, t('ui.empty')),
      el('div', { class: 'fw-semibold mt-1' }, t('agent.pastCalls')),
      el('ul', { class: 'timeline mb-2' }, (pop.calls || []).map(c => el('li', {}, formatTime(c.enteredAt), ' · ',
        word('disposition', c.disposition), ' ', (c.ticketNos || []).join(' ')))),
      (pop.otherContacts || []).length ? [el('div', { class: 'fw-semibold mt-1' }, t('agent.otherContacts')),
        el('ul', { class: 'timeline mb-2', id: 'pop-other-contacts' }, pop.otherContacts.map(c => el('li', { 'data-contact': c.contactNo },
          el('a', { href: '#/contacts/' + c.contactNo }, c.contactNo), ' ', word('channel', c.channel), ' · ', formatTime(c.receivedAt),
          ' · ', word('contactStatus', c.status), c.ticketNo ? [' ', el('a', { href: '#/ticket/' + c.ticketNo }, c.ticketNo)] : '',
          el('div', { class: 'text-secondary text-truncate' }, c.summary || ''))))] : '',
      el('div', { class: 'input-group input-group-sm mb-2' },
        el('label', { class: 'input-group-text', for: 'transfer-department' }, t('agent.transferTo')), deptSelect, modeSelect,
        el('button', { class: 'btn btn-outline-primary', id: 'transfer-button', onclick: () => transfer({ department: deptSelect.value, mode: modeSelect.value }, deptName(deptSelect.value)) }, t('agent.transfer'))),
      pending ? el('div', { class: 'd-flex gap-1 align-items-center mb-2', id: 'transfer-steps' },
        el('span', { class: 'flex-grow-1' }, t(pending.mode === 'conference' ? 'agent.transferPendingConference' : 'agent.transferPendingAttended', pending.label)),
        el('button', { class: 'btn btn-primary btn-sm', id: 'transfer-complete', onclick: () => transferStep('complete') }, t('agent.transferComplete')),
        el('button', { class: 'btn btn-outline-secondary btn-sm', id: 'transfer-cancel', onclick: () => transferStep('cancel') }, t('agent.transferCancel'))) : '',
      el('div', { class: 'd-flex gap-1 align-items-center' }, el('span', { class: 'text-danger fw-semibold me-1' }, t('agent.emergency')),
        EMERGENCY.map(code => el('button', { class: 'btn btn-danger btn-sm', 'data-emergency': code,
          onclick: () => transfer({ emergency: code }, t('emergency.' + code), true) }, code + ' ' + t('emergency.' + code)))))));
}

async function transfer(body, label, emergency) {
  const pop = current.pop;
  if (!pop) return;
  const ok = await confirmDialog(t(emergency ? 'agent.emergencyConfirmTitle' : 'agent.transferConfirmTitle'),
    t('agent.transferConfirm', pop.callerNumber || '', label), t('agent.transfer'), 'transfer-confirm');
  if (!ok) return;
  try {
    await post('/api/calls/' + encodeURIComponent(pop.callId) + '/transfer', body);
    if (body.mode && body.mode !== 'blind') {
      current.transferring = { callId: pop.callId, mode: body.mode, label };
      toast(t(body.mode === 'conference' ? 'agent.transferStartedConference' : 'agent.transferStartedAttended', label));
      showPop();
    } else {
      toast(t('agent.transferred', label));
    }
  } catch (err) { fail(err); }
}

// complete: the agent leaves the caller with the department; cancel: the department's leg is dropped
async function transferStep(step) {
  const pending = current.transferring;
  if (!pending) return;
  try {
    await post('/api/calls/' + encodeURIComponent(pending.callId) + '/transfer/' + step, {});
    toast(t(step === 'complete' ? 'agent.transferCompleted' : 'agent.transferCancelled', pending.label));
    current.transferring = null;
    showPop();
  } catch (err) { fail(err); }
}

async function renderDesk(container) {
  const form = registerForm();
  container.append(el('div', { class: 'row g-2' },
    el('div', { class: 'col-lg-7' }, card(t('agent.registerTitle'), form)),
    el('div', { class: 'col-lg-5' },
      el('div', { id: 'screen-pop-slot' }),
      card(t('agent.suggestions'), el('ul', { class: 'list-group list-group-flush suggestions', id: 'typing-suggestions' })),
      el('div', { id: 'detail', hidden: true }))));
  showPop();
  if (current.pop) fillFromPop();
  form.content.focus();
}

// ---------------------------------------------------------------- callbacks

// The open tasks from the server, and below them the ones this agent dialled and still owes an outcome for:
// reached (or a wrong number) finishes a task, the other outcomes put it back in the open list, the attempt counted.
async function renderCallbacks(container) {
  const body = el('tbody');
  const mine = el('div', { id: 'dialled' });
  const agent = hasRole('AGENT');
  container.append(card(t('nav.callbacks'), el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm align-middle mb-0', id: 'callback-table' },
    el('thead', { class: 'table-light' }, el('tr', {}, [t('callback.caller'), t('callback.abandons'), t('callback.since'), t('callback.status'),
      t('callback.attempts'), ''].map(h => el('th', {}, h)))),
    body))), mine);
  const showMine = tasks => mine.replaceChildren(tasks.length ? card(t('callback.dialled'), table(
    [t('callback.caller'), t('callback.status'), t('callback.dialledAt'), t('callback.attempts'), t('callback.outcome')],
    tasks.map(task => el('tr', { 'data-dialled': task.id }, el('td', {}, task.callerNumber),
      el('td', {}, word('callbackStatus', task.status), task.agent ? ' · ' + task.agent : ''), el('td', {}, formatTime(task.updatedAt)),
      el('td', {}, String(task.attempts || 0)),
      el('td', {}, el('button', { class: 'btn btn-outline-primary btn-sm outcome', 'data-outcome-for': task.id,
        onclick: () => askOutcome(task, load) }, t('callback.recordOutcome'))))), { id: 'dialled-table' })) : '');
  async function load() {
    try {
      const [tasks, dialled] = await Promise.all([api('/api/callbacks'), agent ? api('/api/callbacks?mine=true') : Promise.resolve([])]);
      body.replaceChildren(...tasks.map(task => el('tr', { 'data-callback': task.id },
        el('td', {}, task.callerNumber), el('td', {}, task.abandons), el('td', {}, formatTime(task.createdAt)),
        el('td', {}, word('callbackStatus', task.status), task.agent ? ' · ' + task.agent : ''),
        el('td', { class: 'small' }, String(task.attempts || 0), task.lastOutcome
          ? el('span', { class: 'text-secondary', 'data-last-outcome': task.lastOutcome }, ' · ', word('callbackOutcome', task.lastOutcome),
            task.lastAgent ? ' · ' + task.lastAgent : '', task.lastNote ? '：' + task.lastNote : '') : ''),
        el('td', {}, task.status === 'open' && agent ? el('button', { class: 'btn btn-primary btn-sm dial', onclick: () => dial(task) }, t('callback.dial')) : ''))));
      if (!tasks.length) body.append(emptyRow(6));
      showMine(dialled);
    } catch (err) { fail(err); }
  }
  const dial = async task => {
    try {
      await post('/api/callbacks/' + task.id + '/dial');
      toast(t('callback.dialling', task.callerNumber));
      load();
    } catch (err) { fail(err); }
  };
  await load();
  const timer = setInterval(load, 15000);
  return () => clearInterval(timer);
}

function askOutcome(task, reload) {
  const choice = select('outcome', CALLBACK_OUTCOMES.map(o => [o, word('callbackOutcome', o)]), 'reached');
  choice.id = 'callback-outcome';
  const note = el('input', { name: 'note', id: 'callback-note', maxlength: 500, autocomplete: 'off' });
  modal(t('callback.outcomeTitle', task.callerNumber), el('div', {}, field(t('callback.outcome'), choice), field(t('callback.note'), note),
    el('p', { class: 'small text-secondary mb-0' }, t('callback.outcomeHint'))),
  [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary confirm', async () => {
    try {
      const done = await post('/api/callbacks/' + task.id + '/outcome', note.value.trim()
        ? { outcome: choice.value, note: note.value.trim() } : { outcome: choice.value });
      toast(t('callback.recorded', task.callerNumber, word('callbackOutcome', choice.value), word('callbackStatus', done.status)));
      reload();
      return true;
    } catch (err) { fail(err); return false; }
  }]], { id: 'outcome-dialog' });
  setTimeout(() => choice.focus(), 200);
}

// ---------------------------------------------------------------- my tickets today, look-up

const TICKET_HEADERS = () => [t('field.ticketNo'), t('field.status'), t('field.categoryCode'), t('field.departmentCode'), t('field.deadline'), t('field.registeredAt')];

function ticketRow(tk) {
  return el('tr', { class: 'clickable', 'data-ticket': tk.ticketNo, onclick: () => navigate('#/ticket/' + tk.ticketNo) },
    el('td', {}, tk.ticketNo), el('td', {}, statusBadge(tk.status)), el('td', {}, catName(tk.categoryCode)),
    el('td', {}, deptName(tk.departmentCode)), el('td', {}, countdown(tk)), el('td', {}, formatTime(tk.registeredAt)));
}

/**
 * A paged ticket list: fetchPage(page) answers a TicketPage; "load more" appends the next page. Returns the holder.
 */
function pagedTickets(id, fetchPage, emptyText) {
  const body = el('tbody');
  const more = el('button', { class: 'btn btn-outline-secondary btn-sm', id: id + '-more', hidden: true }, t('queue.loadMore'));
  const shown = el('span', { class: 'small text-secondary', id: id + '-shown' });
  let page = 0;
  let count = 0;
  const next = async () => {
    try {
      const result = await fetchPage(page);
      if (page === 0) body.replaceChildren();
      result.items.forEach(tk => body.append(ticketRow(tk)));
      count += result.items.length;
      if (!count) body.append(emptyRow(6, emptyText));
      shown.textContent = t('queue.shown', count, result.total);
      more.hidden = count >= result.total;
      page++;
    } catch (err) { fail(err); }
  };
  more.addEventListener('click', next);
  const holder = el('div', {}, el('div', { class: 'table-responsive' }, el('table', { class: 'table table-sm table-hover align-middle mb-1', id },
    el('thead', { class: 'table-light' }, el('tr', {}, TICKET_HEADERS().map(h => el('th', {}, h)))), body)),
  el('div', { class: 'd-flex gap-2 align-items-center' }, more, shown));
  holder.load = next;
  return holder;
}

async function renderMine(container) {
  // The API's days are China days, whatever the browser's time zone (from 16:00 UTC they differ).
  const day = chinaDay();
  const list = pagedTickets('mine-table', page => api('/api/tickets?' + new URLSearchParams({
    registeredBy: 'me', from: day, to: day, page: String(page), size: '50' })));
  container.append(card(t('nav.mine'), list));
  await list.load();
}

// Look-up by ticket number (opens it), phone (sent in a POST body: personal data stays out of URLs) or words, with
// the filters an agent narrows a search by.
async function renderLookup(container, params) {
  const input = el('input', { id: 'lookup-query', maxlength: 200, autocomplete: 'off', value: params[0] || '',
    placeholder: t(hasRole('DEPARTMENT') ? 'lookup.placeholderDepartment' : 'lookup.placeholder') });
  const categories = session.categories.filter(c => c.parentCode);
  const districts = session.districts.filter(d => d.level === 'district');
  const category = select('category', [['', t('ui.all')]].concat(categories.map(c => [c.code, c.code + ' ' + c.name])));
  const district = select('district', [['', t('ui.all')]].concat(districts.map(d => [d.code, d.name])));
  const channel = select('channel', [['', t('ui.all')]].concat(CHANNELS.map(c => [c, word('channel', c)])));
  const from = el('input', { type: 'date', name: 'from', id: 'lookup-from' });
  const to = el('input', { type: 'date', name: 'to', id: 'lookup-to' });
  const results = el('div', { id: 'lookup-results' });
  const form = el('form', {},
    el('div', { class: 'd-flex gap-2 align-items-end' }, el('div', { class: 'flex-grow-1' }, field(t('lookup.label'), input)),
      el('button', { class: 'btn btn-primary btn-sm mb-2', id: 'lookup-submit' }, t('lookup.search'))),
    el('div', { class: 'row g-2 small' },
      el('div', { class: 'col-3' }, field(t('field.categoryCode'), category)), el('div', { class: 'col-2' }, field(t('field.districtCode'), district)),
      el('div', { class: 'col-2' }, field(t('field.channel'), channel)),
      el('div', { class: 'col-2' }, field(t('lookup.from'), from)), el('div', { class: 'col-2' }, field(t('lookup.to'), to))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const q = input.value.trim();
    if (/^JH\d{14}$/i.test(q)) { navigate('#/ticket/' + q.toUpperCase()); return; }
    const criteria = {};
    [['category', category], ['district', district], ['channel', channel], ['from', from], ['to', to]]
      .forEach(([k, c]) => { if (c.value) criteria[k] = c.value; });
    if (/^\+?[\d-]{5,20}$/.test(q)) {
      // A department reads no citizen's phone, so it cannot look one up either.
      if (hasRole('DEPARTMENT')) { toast(t('lookup.noPhone'), true); return; }
      criteria.phone = q.replace(/-/g, '');
    } else if (q) criteria.q = q;
    if (!Object.keys(criteria).length) return;
    const list = pagedTickets('lookup-table', page => post('/api/tickets/search', Object.assign({ page, size: 50 }, criteria)), t('lookup.none'));
    results.replaceChildren(list);
    await list.load();
  });
  container.append(card(t('nav.lookup'), form, results));
  input.focus();
  if (params[0]) form.requestSubmit();
}

registerView('desk', { roles: ['AGENT'], nav: 'nav.desk', order: 1, render: renderDesk });
registerView('callbacks', { roles: ['AGENT', 'SUPERVISOR'], nav: 'nav.callbacks', order: 2, render: renderCallbacks });
registerView('mine', { roles: ['AGENT'], nav: 'nav.mine', order: 3, render: renderMine });
registerView('lookup', { roles: ['AGENT', 'DISPATCHER', 'DEPARTMENT', 'SUPERVISOR'], nav: 'nav.lookup', order: 4, render: renderLookup });
