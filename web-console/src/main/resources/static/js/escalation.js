// 督办 chain on the ticket page: the levels with their windows, answers and cards; the department's feedback form
// (督办反馈); a supervisor's escalation at a chosen level. The page hands it the ticket as the API answered it, its
// element builder and time format, the session's CSRF token, and is told when the ticket changed.
(function () {
  let el;
  let fmt;

  const CARDS = { none: '', yellow: '黄牌', red: '红牌' };
  const STATUS = { open: '待反馈', overdue: '反馈超期', answered: '已反馈', ended: '随工单结束' };
  const TRIGGERS = { deadline: '超期自动督办', supervisor: '人工督办', no_feedback: '未反馈升级' };

  async function post(path, body, csrfToken) {
    const response = await fetch(path, { method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken || '' } });
    const text = await response.text();
    const answer = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error((answer && (answer.detail || answer.title)) || response.statusText);
    return answer;
  }

  function level(l) {
    const card = CARDS[l.card] ? el('span', { class: 'badge ' + (l.card === 'red' ? 'bad' : 'warn'), 'data-card': l.card }, CARDS[l.card]) : '';
    const state = l.answeredAt ? '已反馈 ' + fmt(l.answeredAt) + (l.answeredOnTime ? '' : '（逾期）')
      : l.missedAt ? '未按期反馈' : '反馈期限 ' + fmt(l.feedbackDueAt);
    return el('li', { 'data-level': l.level },
      el('strong', {}, l.name), ' ', card, ' ',
      el('span', { class: 'muted' }, fmt(l.issuedAt) + ' · ' + (TRIGGERS[l.trigger] || l.trigger) + ' · ' + state),
      l.feedback ? el('div', { class: 'feedback' }, l.feedback) : '');
  }

  function chain(c) {
    return el('div', { class: 'escalation-chain', 'data-status': c.status },
      el('div', {}, '督办 · ', el('strong', {}, STATUS[c.status] || c.status), ' · ',
        el('span', { class: 'muted' }, '第 ' + c.currentLevel + ' 级，' + fmt(c.startedAt) + ' 起')),
      el('ol', { class: 'timeline' }, c.levels.map(level)));
  }

  function feedbackForm(ticket, options) {
    const form = el('form', { class: 'stack', id: 'escalation-feedback-form' },
      el('label', {}, '督办反馈', el('textarea', { name: 'text', maxlength: 4000, required: true })),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, '提交反馈')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await post('/api/tickets/' + ticket.ticketNo + '/escalation-feedback', { text: form.elements.text.value.trim() },
          options.csrfToken);
        options.onChanged();
      } catch (err) { form.append(el('div', { class: 'error' }, err.message)); }
    });
    return form;
  }

  function escalateForm(ticket, options, levels) {
    const form = el('form', { class: 'actions', id: 'escalate-level-form' },
      el('select', { name: 'level' }, levels.map(l => el('option', { value: l.level }, l.name))),
      el('input', { name: 'note', maxlength: 1000, placeholder: '督办意见' }),
      el('button', { type: 'submit' }, '按级别督办'));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const body = { level: Number(form.elements.level.value) };
      if (form.elements.note.value.trim()) body.note = form.elements.note.value.trim();
      try {
        await post('/api/tickets/' + ticket.ticketNo + '/escalate', body, options.csrfToken);
        options.onChanged();
      } catch (err) { form.append(el('span', { class: 'error' }, err.message)); }
    });
    return form;
  }

  /**
   * @param ticket  the ticket as GET /api/tickets/{no} answers it
   * @param options {el, fmt, csrfToken, onChanged}: the page's element builder el(tag, attrs, ...children) and
   *                instant format fmt(instant)
   * @return the section to place on the ticket page (empty when there is nothing to show or do)
   */
  function view(ticket, options) {
    el = options.el;
    fmt = options.fmt;
    const section = el('section', { id: 'escalations', class: 'stack' });
    const chains = ticket.escalations || [];
    const actions = ticket.allowedActions || [];
    if (chains.length) section.append(el('h3', {}, '督办'), ...chains.map(chain));
    if (actions.includes('escalation-feedback')) section.append(feedbackForm(ticket, options));
    if (actions.includes('escalate')) {
      fetch('/api/escalations/levels', { headers: { 'Accept': 'application/json' } })
        .then(r => r.ok ? r.json() : [])
        .then(levels => { if (levels.length) section.append(escalateForm(ticket, options, levels)); });
    }
    return section;
  }

  window.HotlineEscalation = { view };
})();
