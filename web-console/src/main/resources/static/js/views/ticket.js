// The ticket page: everything about one ticket, and the action forms every role uses on it.
import { api, post, blob } from '../api.js';
import { t, word, formatTime, systemNote } from '../i18n.js';
import { el, session, toast, fail, modal, kv, field, select, card, catName, deptName, districtName, statusBadge,
  countdown, departmentOptions, hasRole } from '../ui.js';
import { registerView } from '../views.js';
import { escalationView, ESCALATION_ACTIONS } from './escalation.js';
import { ACTIONS, RETURN_REASONS } from '../words.js';

// The order action buttons appear in: the usual next step first.
const ACTION_ORDER = ['sign', 'dispatch', 'escalation-feedback', 'reply', 'review', 'follow-up', 'notes', 'contribute', 'extension',
  'extension/approve', 'extension/deny', 'await-citizen', 'resume', 'redispatch', 'return', 'merge', 'escalate',
  'direct-answer', 'close'];
const TICKET_NO = /JH\d{14}/g;

/**
 * Renders ticket no into holder; onChanged() is called after an action succeeded (a queue refreshes itself).
 * A ticket the user may not see (another department's) shows the server's refusal.
 */
export async function renderTicket(holder, no, onChanged, compact) {
  holder.replaceChildren(el('div', { class: 'text-secondary' }, t('ui.loading')));
  let ticket;
  let timeline;
  try {
    [ticket, timeline] = await Promise.all([api('/api/tickets/' + encodeURIComponent(no)), api('/api/tickets/' + encodeURIComponent(no) + '/timeline')]);
  } catch (err) {
    holder.replaceChildren(el('div', { class: 'alert alert-danger', id: 'ticket-error', 'data-code': err.code }, err.message));
    return;
  }
  const reload = () => { renderTicket(holder, no, onChanged, compact); if (onChanged) onChanged(); };
  holder.replaceChildren(ticketCard(ticket, timeline, reload, compact));
}

/** A step's deadline with its state (warned, missed, contributed) as a badge; data-deadline-state for tests. */
function dueWithState(dueAt, state) {
  const cls = { missed: 'text-bg-danger', warned: 'text-bg-warning', contributed: 'text-bg-success' }[state];
  return el('span', { 'data-deadline-state': state || 'running' }, formatTime(dueAt),
    state ? el('span', { class: 'badge ms-1 ' + cls }, t('deadline.' + state)) : '');
}

function ticketCard(tk, timeline, reload, compact) {
  const of = action => timeline.filter(e => e.action === action);
  const lastReply = of('reply').slice(-1)[0];
  const merged = of('merge').map(e => /^duplicate (JH\d+)/.exec(e.note || '')).filter(Boolean).map(m => m[1]);
  const contributions = of('contribute');
  const deadlineHistory = timeline.filter(e => ['dispatch', 'sign', 'extension', 'extension/approve', 'extension/deny',
    'await-citizen', 'resume', 'warn', 'escalate', 'redispatch', 'deadline-missed'].includes(e.action));
  const phone = el('span', { id: 'citizen-phone' }, tk.citizenPhone || (tk.confidential ? t('ticket.confidential') : ''));
  const revealButton = tk.allowedActions.includes('reveal') && tk.citizenPhone && tk.citizenPhone.includes('*')
    ? el('button', { class: 'btn btn-link btn-sm p-0 ms-2', id: 'reveal-phone', onclick: () => reveal(tk, phone) }, t('ticket.reveal')) : '';
  // escalation.js (the 督办 chain) offers escalating and the department's feedback itself.
  const delegated = ESCALATION_ACTIONS;
  const actions = ACTION_ORDER.filter(a => tk.allowedActions.includes(a) && ACTIONS[a] && !delegated.includes(a));
  const formSlot = el('div', { id: 'action-form' });
  return el('div', { id: 'ticket', 'data-ticket-no': tk.ticketNo, 'data-status': tk.status },
    el('div', { class: 'd-flex align-items-center gap-2 mb-2 flex-wrap' },
      el('h2', { class: 'h5 mb-0' }, el('a', { href: '#/ticket/' + tk.ticketNo, class: 'text-decoration-none' }, tk.ticketNo)),
      statusBadge(tk.status), countdown(tk),
      tk.urgency === 'urgent' ? el('span', { class: 'badge text-bg-danger' }, word('urgency', 'urgent')) : '',
      tk.escalated ? el('span', { class: 'badge text-bg-danger' }, t('ticket.escalated', tk.escalationCount)) : '',
      tk.closure ? el('span', { class: 'badge text-bg-secondary', 'data-closure': tk.closure }, word('closure', tk.closure)) : ''),
    el('div', { class: 'row g-2' },
      el('div', { class: compact ? 'col-12' : 'col-xl-7' },
        actions.length ? card(t('ticket.actions'), el('div', { class: 'd-flex flex-wrap gap-1 mb-2', id: 'ticket-actions' },
          actions.map((a, i) => el('button', { class: 'btn btn-sm ' + (i === 0 ? 'btn-primary' : 'btn-outline-primary'), 'data-action': a,
            onclick: () => actionForm(tk, a, formSlot, lastReply, reload) }, word('action', a)))), formSlot) : formSlot,
        card(t('ticket.request'),
          kv([[t('field.type'), word('type', tk.type)], [t('field.channel'), word('channel', tk.channel)],
            [t('field.categoryCode'), catName(tk.categoryCode) + '（' + tk.categoryCode + '）'],
            [t('field.districtCode'), districtName(tk.districtCode)], [t('field.address'), tk.address || ''],
            [t('field.citizen'), el('span', {}, (tk.citizenName || '') + ' ', phone, revealButton)],
            [t('field.departmentCode'), deptName(tk.departmentCode)],
            tk.coHandlerDepartmentCodes.length ? [t('field.coHandlers'), tk.coHandlerDepartmentCodes.map(deptName).join('、')] : null,
            [t('field.registeredBy'), (tk.registeredBy || '') + ' · ' + formatTime(tk.registeredAt)],
            [t('field.routingVersion'), tk.routingDecisionVersion ? 'ticketRouting v' + tk.routingDecisionVersion : '']]),
          el('div', { class: 'pre border-top pt-2 mt-2', id: 'ticket-content' }, tk.content)),

        lastReply ? card(t('ticket.reply'), el('div', { class: 'pre small', id: 'ticket-reply' }, lastReply.note),
          el('div', { class: 'text-secondary small' }, lastReply.actor + ' · ' + formatTime(lastReply.at))) : '',
        (tk.contributions || []).length ? card(t('ticket.coHandlerShares'), el('table', { class: 'table table-sm mb-0 small', id: 'co-handler-shares' },
          el('thead', {}, el('tr', {}, [t('field.departmentCode'), t('field.signedAt'), t('ticket.contributedAt'), t('ticket.contributionDue')].map(h => el('th', {}, h)))),
          el('tbody', {}, tk.contributions.map(c => el('tr', { 'data-co-handler': c.departmentCode },
            el('td', {}, deptName(c.departmentCode)), el('td', {}, formatTime(c.signedAt)), el('td', {}, formatTime(c.contributedAt)),
            el('td', {}, stepDeadline(c))))))) : '',
        contributions.length ? card(t('ticket.contributions'), el('ul', { class: 'timeline' }, contributions.map(e =>
          el('li', {}, el('strong', {}, e.actor), '：', e.note)))) : ''),
      el('div', { class: compact ? 'col-12' : 'col-xl-5' },
        card(t('ticket.deadlines'), kv([[t('field.signDueAt'), formatTime(tk.signDueAt)], [t('field.signedAt'), formatTime(tk.signedAt)],
          [t('field.handleDueAt'), formatTime(tk.handleDueAt)],
          [t('field.repliedAt'), formatTime(tk.repliedAt)],
          tk.review ? [t('field.reviewDueAt'), stepDeadline(tk.review)] : null,
          tk.followUp ? [t('field.followUpDueAt'), stepDeadline(tk.followUp)] : null,
          [t('field.closedAt'), formatTime(tk.closedAt)], tk.paused ? [t('deadline.paused'), t('ticket.pausedHint')] : null]),
          deadlineHistory.length ? el('ul', { class: 'timeline mt-1' }, deadlineHistory.map(timelineItem)) : ''),
        tk.satisfaction || tk.reopenCount || of('follow-up').length ? card(t('ticket.followUp'), kv([[t('field.satisfaction'), tk.satisfaction ? tk.satisfaction + ' / 5' : ''],
          [t('ticket.reopened'), String(tk.reopenCount)]]),
        el('ul', { class: 'timeline mt-1', id: 'follow-ups' }, of('follow-up').map(timelineItem))) : '',
        tk.mainTicketNo || merged.length ? card(t('ticket.merged'), tk.mainTicketNo ? el('div', {}, t('ticket.mainTicket'), ' ', link(tk.mainTicketNo)) : '',
          merged.length ? el('div', { id: 'merged-tickets' }, t('ticket.duplicates'), ' ', merged.map(n => [link(n), ' '])) : '') : '',
        escalationCard(tk, reload),
        linksCard(tk),
        card(t('ticket.timeline'), el('ul', { class: 'timeline', id: 'timeline' }, timeline.map(timelineItem))))));
}

// A step's deadline (a co-handler's share, review, follow-up) with its state.
function stepDeadline(d) {
  return dueWithState(d.dueAt, d.contributedAt ? 'contributed' : d.missed ? 'missed' : d.warned ? 'warned' : null);
}

// The 督办 chain (escalation.js), in a card only when it has something to show or offer.
function escalationCard(tk, reload) {
  const section = escalationView(tk, reload);
  // A supervisor's escalate form arrives after the levels are fetched: its card stays.
  if (!section || (!section.childNodes.length && !tk.allowedActions.includes('escalate'))) return '';
  return el('div', { class: 'card mb-3' }, el('div', { class: 'card-body p-2 small' }, section));
}

// The calls and online contacts the ticket was registered from, filled in when they arrive; a recording plays in
// the page (a department says why first: the server audits every playback with the reason).
function linksCard(tk) {
  const calls = el('div', { class: 'small', id: 'ticket-calls' }, t('ui.loading'));
  const contacts = el('div', { class: 'small', id: 'ticket-contacts' });
  const notices = el('div', { class: 'small', id: 'ticket-notices' });
  api('/api/tickets/' + encodeURIComponent(tk.ticketNo) + '/links').then(links => {
    calls.replaceChildren(links.calls.length ? el('ul', { class: 'timeline mb-0' }, links.calls.map(callItem))
      : el('span', { class: 'text-secondary' }, t('ticket.callsNone')));
    contacts.replaceChildren(...(links.contacts.length ? [el('div', { class: 'fw-semibold mt-2' }, t('ticket.contacts')),
      el('ul', { class: 'timeline mb-0' }, links.contacts.map(c => el('li', { 'data-contact': c.contactNo },
        c.contactNo, ' · ', word('channel', c.channel), ' · ', formatTime(c.receivedAt),
        c.claimedBy ? ' · ' + c.claimedBy : '', c.respondedAt ? ' · ' + t('ticket.respondedAt', formatTime(c.respondedAt)) : '')))] : []));
    notices.replaceChildren(...(links.notices.length ? [el('div', { class: 'fw-semibold mt-2' }, t('ticket.notices')),
      el('ul', { class: 'timeline mb-0' }, links.notices.map(noticeItem))] : []));
  }).catch(err => { calls.replaceChildren(el('span', { class: 'text-danger' }, err.message)); });
  return card(t('ticket.calls'), calls, contacts, notices);
}

// A notice to the citizen: what, on which channel to which (masked) address, and whether it left.
function noticeItem(n) {
  return el('li', { 'data-notice': n.kind, 'data-status': n.status },
    word('noticeKind', n.kind), ' · ', word('channel', n.channel), ' ', n.recipient, ' · ', word('noticeStatus', n.status),
    n.sentAt ? ' ' + formatTime(n.sentAt) : '', n.attempts > 1 ? ' · ' + t('ticket.noticeAttempts', n.attempts) : '',
    n.insteadOfOnline ? ' · ' + t('ticket.noticeInstead') : '');
}

function callItem(c) {
  const player = el('div', { class: 'mt-1', 'data-player': c.callId });
  const play = c.recording ? el('button', { class: 'btn btn-outline-primary btn-sm py-0 ms-1 play-recording', 'data-call': c.callId,
    onclick: () => (hasRole('DEPARTMENT') ? askReason(reason => playRecording(c, player, reason)) : playRecording(c, player)) },
  t('ticket.play')) : el('span', { class: 'text-secondary ms-1' }, t('ticket.noRecording'));
  return el('li', { 'data-call': c.callId }, formatTime(c.enteredAt), c.disposition ? ' · ' + word('disposition', c.disposition) : '',
    c.agent ? ' · ' + c.agent : '', c.talkSeconds ? ' · ' + t('ticket.talk', c.talkSeconds) : '',
    c.ivrChoice ? ' · ' + word('ivr', c.ivrChoice) : '', play, player);
}

function askReason(then) {
  const reason = el('input', { name: 'reason', maxlength: 200, required: true, id: 'recording-reason', value: t('ticket.recordingDefault') });
  modal(t('ticket.recordingTitle'), el('div', {}, el('p', { class: 'small' }, t('ticket.recordingAudited')), field(t('field.reason'), reason)),
    [[t('ui.cancel'), 'btn-secondary'], [t('ticket.play'), 'btn-primary confirm', () => {
      if (!reason.value.trim()) { reason.classList.add('is-invalid'); return false; }
      then(reason.value.trim());
      return true;
    }]], { id: 'recording-dialog' });
}

async function playRecording(c, player, reason) {
  const path = '/api/calls/' + encodeURIComponent(c.callId) + '/recording' + (reason ? '?reason=' + encodeURIComponent(reason) : '');
  try {
    const audio = el('audio', { controls: true, preload: 'auto', class: 'w-100', id: 'recording-' + c.callId });
    audio.src = URL.createObjectURL(await blob(path));
    player.replaceChildren(audio);
  } catch (err) { fail(err); }
}

function link(no) {
  return el('a', { href: '#/ticket/' + no }, no);
}

function timelineItem(e) {
  return el('li', { 'data-action': e.action },
    el('span', { class: 'text-secondary' }, formatTime(e.at) + ' '),
    el('strong', {}, e.actor === 'system' ? t('ticket.system') : e.actor), ' ',
    el('span', { class: 'text-secondary' }, word('role', String(e.role || '').toUpperCase())), ' · ', word('action', e.action),
    e.toStatus && e.toStatus !== e.fromStatus ? ' → ' + word('status', e.toStatus) : '',
    e.note ? el('div', { class: 'pre' }, systemNote(e.note, deptName)) : '');
}

function reveal(tk, phoneNode) {
  const reason = el('input', { name: 'reason', maxlength: 200, required: true, id: 'reveal-reason', value: t('ticket.revealDefault') });
  modal(t('ticket.revealTitle'), el('div', {}, el('p', { class: 'small' }, t('ticket.revealAudited')), field(t('field.reason'), reason)),
    [[t('ui.cancel'), 'btn-secondary'], [t('ticket.reveal'), 'btn-primary', async () => {
      if (!reason.value.trim()) { reason.classList.add('is-invalid'); return false; }
      try {
        const shown = await post('/api/tickets/' + tk.ticketNo + '/reveal', { field: 'CITIZEN_PHONE', reason: reason.value.trim() });
        phoneNode.textContent = shown.value;
        phoneNode.classList.add('fw-semibold');
        return true;
      } catch (err) { fail(err); return false; }
    }]], { id: 'reveal-dialog' });
}

function control(name, kind, tk) {
  if (kind === 'textarea') return el('textarea', { name, maxlength: 4000, rows: 3 });
  if (kind === 'number') return el('input', { name, type: 'number', min: 1, max: 30, value: 5 });
  if (kind === 'score') return select(name, [5, 4, 3, 2, 1].map(n => [String(n), t('score.' + n)]));
  if (kind === 'level') return select(name, [['', t('escalation.nextLevel')], ['1', '1'], ['2', '2'], ['3', '3']]);
  if (kind === 'yesno') return select(name, [['true', t('review.accept')], ['false', t('review.sendBack')]]);
  if (kind === 'department') return select(name, departmentOptions(name !== 'departmentCode' || !tk), tk && tk.departmentCode);
  if (kind === 'departments') {
    const s = select(name, departmentOptions(false).filter(([code]) => !tk || code !== tk.departmentCode));
    s.multiple = true;
    s.size = 5;
    return s;
  }
  if (kind === 'text' && name === 'mainTicketNo') {
    const guess = ((tk.content || '').match(TICKET_NO) || []).find(n => n !== tk.ticketNo);
    return el('input', { name, maxlength: 16, value: guess || '', placeholder: 'JH…' });
  }
  return el('input', { name, maxlength: 1000 });
}

/** The form of one action; extra parts where the action needs them (review side by side, reply preview). */
function actionForm(tk, action, slot, lastReply, reload) {
  const spec = ACTIONS[action];
  const form = el('form', { class: 'border rounded p-2 bg-light', 'data-form': action }, el('div', { class: 'fw-semibold mb-1' }, word('action', action)));
  if (action === 'review') {
    form.append(el('div', { class: 'side-by-side mb-2', id: 'review-compare' },
      el('div', {}, el('div', { class: 'small text-secondary' }, t('ticket.request')), el('div', { class: 'pre small border rounded p-1 bg-white' }, tk.content)),
      el('div', {}, el('div', { class: 'small text-secondary' }, t('ticket.reply')), el('div', { class: 'pre small border rounded p-1 bg-white' }, lastReply ? lastReply.note : ''))));
  }
  spec.forEach(([name, kind, required]) => {
    if (kind === 'return-reason') {
      const reasonSelect = select('reasonKind', RETURN_REASONS.map(r => [r, t('returnReason.' + r)]));
      form.append(field(t('field.returnReason'), reasonSelect), field(t('field.reasonText'), el('textarea', { name: 'reasonText', maxlength: 800, rows: 2 })));
      return;
    }
    if (kind === 'reply') {
      const text = el('textarea', { name, maxlength: 4000, rows: 5, required: true });
      const preview = el('div', { class: 'pre border rounded p-2 bg-white small', id: 'reply-preview' });
      text.addEventListener('input', () => { preview.textContent = text.value; });
      form.append(field(t('field.text'), text), el('div', { class: 'small text-secondary' }, t('ticket.preview')), preview);
      return;
    }
    const c = control(name, kind, tk);
    if (required && kind !== 'score' && kind !== 'yesno') c.required = true;
    form.append(field(t('field.' + name), c));
  });
  form.append(el('div', { class: 'd-flex gap-2 mt-1' }, el('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, t('ui.confirm')),
    el('button', { type: 'button', class: 'btn btn-outline-secondary btn-sm', onclick: () => slot.replaceChildren() }, t('ui.cancel'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await post('/api/tickets/' + tk.ticketNo + '/' + action, body(form, spec));
      toast(t('ticket.done', word('action', action), tk.ticketNo));
      reload();
    } catch (err) { fail(err); }
  });
  slot.replaceChildren(form);
  const first = form.querySelector('textarea, input, select');
  if (first) first.focus();
}

export function body(form, spec) {
  const result = {};
  spec.forEach(([name, kind]) => {
    if (kind === 'return-reason') {
      const text = form.elements.reasonText.value.trim();
      result.reason = t('returnReason.' + form.elements.reasonKind.value) + (text ? '：' + text : '');
      return;
    }
    const input = form.elements[name];
    if (kind === 'departments') { result[name] = [...input.selectedOptions].map(o => o.value); return; }
    const value = input.value.trim();
    if (value === '') return;
    if (kind === 'number' || kind === 'score' || kind === 'level') result[name] = Number(value);
    else if (kind === 'yesno') result[name] = value === 'true';
    else result[name] = value;
  });
  return result;
}

registerView('ticket', {
  roles: ['AGENT', 'DISPATCHER', 'DEPARTMENT', 'SUPERVISOR'], nav: null, title: 'ticket.title',
  render: async (container, params) => {
    const holder = el('div', { class: 'detail-page' });
    container.append(holder);
    await renderTicket(holder, params[0] || '');
    if (hasRole('AGENT')) holder.prepend(el('a', { href: '#/desk', class: 'small' }, '← ', t('nav.desk')));
  }
});

