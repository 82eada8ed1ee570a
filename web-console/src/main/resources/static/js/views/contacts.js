// The online contact queue (在线来件). contacts.js, a classic script, draws the queue and the contact view; this
// module gives it the console's parts and a place in the navigation, and refreshes it when contacts are pushed.
import { formatTime, t } from '../i18n.js';
import { onPush } from '../push.js';
import { el, session, toast } from '../ui.js';
import { registerView, navigate } from '../views.js';

const ALERTS = ['contact-urgent', 'contact-breached'];
const CHANGES = ['contact-received', 'contact-claimed', 'contact-released', ...ALERTS];

function renderContacts(container) {
  const queue = el('div', { id: 'contact-queue-pane' });
  const detail = el('aside', { id: 'detail', class: 'mt-3', hidden: true });
  container.append(queue, detail);
  // A change redraws the queue only: the open contact beside it stays (it redraws itself).
  const options = {
    el, toast, fmt: value => (value ? formatTime(value) : ''),
    csrfToken: session.me.csrfToken, username: session.me.username, categories: session.categories, detail,
    onChanged: () => window.HotlineContacts.view(queue, options)
  };
  window.HotlineContacts.view(queue, options);
}

ALERTS.forEach(type => onPush(type, payload => toast(t('push.' + type, payload.contactNo || ''), true)));
CHANGES.forEach(type => onPush(type, () => {
  const queue = document.getElementById('contact-queue-pane');
  if (queue && document.getElementById('detail')?.hidden !== false) navigate('#/contacts');
}));

registerView('contacts', { roles: ['AGENT', 'DISPATCHER', 'SUPERVISOR'], nav: 'nav.contacts', order: 4, render: renderContacts });
