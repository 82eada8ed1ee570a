// Knowledge-base search for every role: type, see the matches, open the whole answer.
import { api } from '../api.js';
import { t, word } from '../i18n.js';
import { el, fail, modal, card, field, snippet, catName, deptName } from '../ui.js';
import { registerView } from '../views.js';

export async function showEntry(id) {
  try {
    const entry = await api('/api/kb/entries/' + encodeURIComponent(id));
    modal(entry.question, el('div', {}, el('p', { class: 'small text-secondary' }, catName(entry.categoryCode), ' · ',
      deptName(entry.departmentCode), ' · ', word('kbStatus', entry.status), ' · v', entry.version),
    el('div', { class: 'pre' }, entry.answer)), [[t('ui.close'), 'btn-secondary']], { size: 'modal-lg', id: 'entry-dialog' });
  } catch (err) { fail(err); }
}

function renderKb(container) {
  const input = el('input', { id: 'kb-query', maxlength: 200, autocomplete: 'off', placeholder: t('kb.placeholder') });
  const results = el('ul', { class: 'list-group list-group-flush suggestions', id: 'kb-results' });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (!q) { results.replaceChildren(); return; }
      try {
        const found = await api('/api/kb/search?limit=10&q=' + encodeURIComponent(q));
        results.replaceChildren(...found.hits.map(hit => el('li', { class: 'list-group-item list-group-item-action py-1', role: 'button', tabindex: 0,
          'data-entry': hit.entryId, onclick: () => showEntry(hit.entryId) }, el('strong', { class: 'small' }, hit.question), snippet(hit.snippet))));
        if (!found.hits.length) results.append(el('li', { class: 'list-group-item text-secondary small' }, t('kb.none')));
      } catch (err) { fail(err); }
    }, 150);
  });
  container.append(card(t('nav.kb'), field(t('kb.search'), input), results));
  input.focus();
}

registerView('kb', { roles: ['AGENT', 'DISPATCHER', 'SUPERVISOR', 'ADMIN', 'DEPARTMENT'], nav: 'nav.kb', order: 8, render: renderKb });
