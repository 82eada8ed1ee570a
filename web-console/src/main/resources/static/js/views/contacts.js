// The online contact queue (在线来件) on the agent desktop: the queue (urgent first, response clocks highlighted), one
// contact with the citizen's history over every channel, and claim / release / direct answer / register a ticket.
// Citizens' text is only ever set as text, never as HTML. Refreshed when contacts are pushed.
import { api, post } from '../api.js';
import { formatTime, t, word } from '../i18n.js';
import { onPush } from '../push.js';
import { el, fail, session, toast } from '../ui.js';
import { registerView, navigate } from '../views.js';
import { CONTACT_CLOCKS, PUSH, TYPES } from '../words.js';

const ALERTS = [PUSH.CONTACT_URGENT, PUSH.CONTACT_BREACHED];
const CHANGES = [PUSH.CONTACTS_RECEIVED, PUSH.CONTACT_CLAIMED, PUSH.CONTACT_RELEASED, ...ALERTS];
// The badge colour of each response clock the API reports (CONTACT_CLOCKS); other clocks show nothing.
const CLOCK_CLASS = { nearing: 'warn', breached: 'bad', met_late: 'warn' };

const fmt = value => (value ? formatTime(value) : '');

function clock(contact) {
  return CONTACT_CLOCKS.includes(contact.responseClock)
    ? el('span', { class: 'badge ' + CLOCK_CLASS[contact.responseClock], 'data-clock': contact.responseClock },
      word('contactClock', contact.responseClock))
    : '';
}

async function queueView(queue, detail) {
  const body = el('tbody', {});
  queue.replaceChildren(el('h2', {}, t('contacts.title')),
    el('table', { id: 'contact-queue', class: 'list' },
      el('thead', {}, el('tr', {}, ['no', 'channel', 'text', 'received', 'status', 'clock']
        .map(h => el('th', {}, t('contacts.' + h))))),
      body));
  let contacts = [];
  try {
    contacts = await api('/api/contacts?limit=200');
  } catch (err) {
    fail(err);
  }
  body.replaceChildren(...contacts.map(c => el('tr', {
    'data-contact': c.contactNo, class: c.urgent ? 'urgent' : '', onclick: () => show(c.contactNo, queue, detail) },
  el('td', {}, c.contactNo, c.urgent ? el('span', { class: 'badge bad' }, t('contacts.urgent')) : ''),
  el('td', {}, word('channel', c.channel)),
  el('td', { class: 'text' }, (c.text || '').slice(0, 60)),
  el('td', {}, fmt(c.receivedAt)),
  el('td', {}, word('contactStatus', c.status) + (c.claimedBy ? ' · ' + c.claimedBy : '')),
  el('td', {}, clock(c)))));
}

async function show(contactNo, queue, detail) {
  detail.hidden = false;
  let contact;
  let citizen;
  try {
    contact = await api('/api/contacts/' + encodeURIComponent(contactNo));
    // A contact received this very moment may not be linked to its citizen profile yet: no history to show.
    citizen = contact.citizenId ? await api('/api/citizens/' + contact.citizenId) : { contacts: [], tickets: [] };
  } catch (err) {
    fail(err);
    return;
  }
  const mine = contact.status === 'claimed' && contact.claimedBy === session.me.username;
  detail.replaceChildren(el('section', { id: 'contact-detail', 'data-contact': contact.contactNo, class: 'stack' },
    el('h3', {}, contact.contactNo, ' ', word('channel', contact.channel), ' ', clock(contact)),
    el('div', { class: 'muted' }, (contact.citizenName || '') + ' ' + contact.identity + ' · ' + fmt(contact.receivedAt)),
    el('pre', { id: 'contact-text', class: 'text' }, contact.text || ''),
    contact.attachments && contact.attachments.length
      ? el('ul', {}, contact.attachments.map(a => el('li', {}, a.name + ' (' + a.contentType + ')'))) : '',
    contact.location ? el('div', {}, t('contacts.location', contact.location.label || '',
      contact.location.latitude + ',' + contact.location.longitude)) : '',
    el('div', {}, t('contacts.statusLabel'), el('strong', { id: 'contact-status' }, word('contactStatus', contact.status)),
      contact.ticketNo ? el('span', { id: 'contact-ticket' }, ' ' + t('contacts.ticket', contact.ticketNo)) : ''),
    actions(contact, mine, queue, detail),
    el('h4', {}, t('contacts.history')),
    el('ul', { id: 'citizen-history' },
      citizen.contacts.map(c => el('li', {}, c.contactNo + ' ' + word('channel', c.channel) + ' ' + fmt(c.receivedAt) + ' '
        + (c.text || '').slice(0, 40))),
      citizen.tickets.map(tk => el('li', {}, tk.ticketNo + ' ' + (tk.content || '').slice(0, 40))))));
}

function actions(contact, mine, queue, detail) {
  const box = el('div', { id: 'contact-actions', class: 'stack' });
  const run = (path, body) => post('/api/contacts/' + contact.contactNo + '/' + path, body)
    .then(answer => {
      const no = answer && answer.ticket ? answer.ticket.ticketNo : null;
      toast(no ? t('contacts.registered', no) : t('contacts.done'));
      show(contact.contactNo, queue, detail);
      queueView(queue, detail);
    })
    .catch(fail);
  if (contact.status === 'queued') {
    box.append(el('button', { 'data-action': 'claim', onclick: () => run('claim', {}) }, t('contacts.claim')));
  }
  if (!mine) return box;
  box.append(el('button', { 'data-action': 'release', onclick: () => run('release', {}) }, t('contacts.release')));
  const answer = el('form', { id: 'contact-answer-form', class: 'stack' },
    el('label', {}, t('contacts.directAnswer'), el('textarea', { name: 'answer', maxlength: 4000, required: true })),
    el('button', { type: 'submit' }, t('contacts.answerAndClose')));
  answer.addEventListener('submit', e => { e.preventDefault(); run('direct-answer', { answer: answer.answer.value }); });
  const categories = (session.categories || []).filter(c => c.parentCode);
  const ticket = el('form', { id: 'contact-ticket-form', class: 'stack' },
    el('label', {}, t('contacts.type'), el('select', { name: 'type' }, TYPES.map(v => el('option', { value: v }, word('type', v))))),
    el('label', {}, t('contacts.category'), el('select', { name: 'categoryCode' },
      categories.map(c => el('option', { value: c.code }, c.code + ' ' + c.name)))),
    el('label', {}, t('contacts.content'), el('textarea', { name: 'content', maxlength: 4000 })),
    el('button', { type: 'submit' }, t('contacts.register')));
  ticket.content.value = contact.text || '';
  ticket.addEventListener('submit', e => {
    e.preventDefault();
    run('ticket', { type: ticket.type.value, categoryCode: ticket.categoryCode.value, content: ticket.content.value || undefined });
  });
  box.append(answer, ticket);
  return box;
}

// #/contacts/C0000000001 opens that contact beside the queue (the screen-pop links to one).
function renderContacts(container, params) {
  const queue = el('div', { id: 'contact-queue-pane' });
  const detail = el('aside', { id: 'detail', class: 'mt-3', hidden: true });
  container.append(queue, detail);
  queueView(queue, detail);
  if (params && params[0]) show(params[0], queue, detail);
}

ALERTS.forEach(type => onPush(type, payload => toast(t('push.' + type, payload.contactNo || ''), true)));
// A change redraws the queue only while no contact is open beside it (the open one redraws itself).
CHANGES.forEach(type => onPush(type, () => {
  const queue = document.getElementById('contact-queue-pane');
  if (queue && document.getElementById('detail')?.hidden !== false) navigate('#/contacts');
}));

registerView('contacts', { roles: ['AGENT', 'DISPATCHER', 'SUPERVISOR'], nav: 'nav.contacts', order: 4, render: renderContacts });
