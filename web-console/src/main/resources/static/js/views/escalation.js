// The 督办 chain on the ticket page: the levels with their windows, answers and cards; the department's feedback
// form (督办反馈); a supervisor's escalation at a chosen level.
import { api, post } from '../api.js';
import { formatTime, t, word } from '../i18n.js';
import { el } from '../ui.js';

function level(l) {
  const card = l.card === 'yellow' || l.card === 'red'
    ? el('span', { class: 'badge ' + (l.card === 'red' ? 'bad' : 'warn'), 'data-card': l.card }, word('escalationCard', l.card)) : '';
  const state = l.answeredAt ? t(l.answeredOnTime ? 'escalation.answeredAt' : 'escalation.answeredLateAt', formatTime(l.answeredAt))
    : l.missedAt ? t('escalation.missed') : t('escalation.dueAt', formatTime(l.feedbackDueAt));
  return el('li', { 'data-level': l.level },
    el('strong', {}, l.name), ' ', card, ' ',
    el('span', { class: 'muted' }, formatTime(l.issuedAt) + ' · ' + word('escalationTrigger', l.trigger) + ' · ' + state),
    l.feedback ? el('div', { class: 'feedback' }, l.feedback) : '');
}

function chain(c) {
  return el('div', { class: 'escalation-chain', 'data-status': c.status },
    el('div', {}, t('escalation.title'), ' · ', el('strong', {}, word('escalationStatus', c.status)), ' · ',
      el('span', { class: 'muted' }, t('escalation.since', c.currentLevel, formatTime(c.startedAt)))),
    el('ol', { class: 'timeline' }, c.levels.map(level)));
}

function feedbackForm(ticket, onChanged) {
  const form = el('form', { class: 'stack', id: 'escalation-feedback-form' },
    el('label', {}, t('action.escalation-feedback'), el('textarea', { name: 'text', maxlength: 4000, required: true })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, t('escalation.sendFeedback'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await post('/api/tickets/' + ticket.ticketNo + '/escalation-feedback', { text: form.elements.text.value.trim() });
      onChanged();
    } catch (err) { form.append(el('div', { class: 'error' }, err.message)); }
  });
  return form;
}

function escalateForm(ticket, onChanged, levels) {
  const form = el('form', { class: 'actions', id: 'escalate-level-form' },
    el('select', { name: 'level', 'aria-label': t('escalation.level') }, levels.map(l => el('option', { value: l.level }, l.name))),
    el('input', { name: 'note', maxlength: 1000, placeholder: t('escalation.note'), 'aria-label': t('escalation.note') }),
    el('button', { type: 'submit' }, t('escalation.escalate')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = { level: Number(form.elements.level.value) };
    if (form.elements.note.value.trim()) body.note = form.elements.note.value.trim();
    try {
      await post('/api/tickets/' + ticket.ticketNo + '/escalate', body);
      onChanged();
    } catch (err) { form.append(el('span', { class: 'error' }, err.message)); }
  });
  return form;
}

/**
 * The section to place on the ticket page (empty when there is nothing to show or do).
 * @param ticket    the ticket as GET /api/tickets/{no} answers it
 * @param onChanged called after feedback was given or the ticket escalated
 */
export function escalationView(ticket, onChanged) {
  const section = el('section', { id: 'escalations', class: 'stack' });
  const chains = ticket.escalations || [];
  const actions = ticket.allowedActions || [];
  if (chains.length) section.append(el('h3', {}, t('escalation.title')), ...chains.map(chain));
  if (actions.includes('escalation-feedback')) section.append(feedbackForm(ticket, onChanged));
  if (actions.includes('escalate')) {
    api('/api/escalations/levels')
      .then(levels => { if (levels.length) section.append(escalateForm(ticket, onChanged, levels)); })
      .catch(() => { /* no levels configured for this role: no form */ });
  }
  return section;
}

/** The ticket actions this section offers itself (the page leaves them out of its own action buttons). */
export const ESCALATION_ACTIONS = ['escalate', 'escalation-feedback'];
