// Online contacts (来件) on the agent desktop: the queue (urgent first, response clocks highlighted), one contact
// with the citizen's history over every channel, and claim / release / direct answer / register a ticket. Citizens'
// text is only ever set as text, never as HTML. The page hands it its element builder, time format, CSRF token and
// the category list.
(function () {
  const STATUS = { queued: '待处理', claimed: '处理中', answered: '已答复', ticket_registered: '已转工单', closed: '已办结' };
  const CHANNELS = { phone: '电话', wechat: '微信', web: '网站', app: 'APP', email: '邮件', sms: '短信' };
  const CLOCK = { nearing: ['warn', '即将超时'], breached: ['bad', '已超时'], met_late: ['warn', '超时答复'] };
  const TYPES = { consultation: '咨询', help: '求助', complaint: '投诉', report: '举报', suggestion: '建议', praise: '表扬' };

  let options;

  async function call(path, method, body) {
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-XSRF-TOKEN'] = options.csrfToken || '';
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const answer = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error((answer && (answer.detail || answer.title)) || response.statusText);
    return answer;
  }

  function clock(contact) {
    const c = CLOCK[contact.responseClock];
    return c ? options.el('span', { class: 'badge ' + c[0], 'data-clock': contact.responseClock }, c[1]) : '';
  }

  async function view(container, pageOptions) {
    options = pageOptions;
    const table = options.el('table', { id: 'contact-queue', class: 'list' },
      options.el('thead', {}, options.el('tr', {}, ['编号', '渠道', '内容', '收到', '状态', '响应'].map(h => options.el('th', {}, h)))));
    const body = options.el('tbody', {});
    table.append(body);
    container.replaceChildren(options.el('h2', {}, '在线来件'), table);
    let contacts = [];
    try {
      contacts = await call('/api/contacts?limit=200', 'GET');
    } catch (err) {
      options.toast(err.message, true);
    }
    body.replaceChildren(...contacts.map(c => options.el('tr', {
      'data-contact': c.contactNo, class: c.urgent ? 'urgent' : '', onclick: () => show(c.contactNo) },
    options.el('td', {}, c.contactNo, c.urgent ? options.el('span', { class: 'badge bad' }, '紧急') : ''),
    options.el('td', {}, CHANNELS[c.channel] || c.channel),
    options.el('td', { class: 'text' }, (c.text || '').slice(0, 60)),
    options.el('td', {}, options.fmt(c.receivedAt)),
    options.el('td', {}, (STATUS[c.status] || c.status) + (c.claimedBy ? ' · ' + c.claimedBy : '')),
    options.el('td', {}, clock(c)))));
  }

  async function show(contactNo) {
    const detail = options.detail;
    detail.hidden = false;
    let contact;
    let citizen;
    try {
      contact = await call('/api/contacts/' + encodeURIComponent(contactNo), 'GET');
      citizen = await call('/api/citizens/' + contact.citizenId, 'GET');
    } catch (err) {
      options.toast(err.message, true);
      return;
    }
    const el = options.el;
    const mine = contact.status === 'claimed' && contact.claimedBy === options.username;
    detail.replaceChildren(el('section', { id: 'contact-detail', 'data-contact': contact.contactNo, class: 'stack' },
      el('h3', {}, contact.contactNo, ' ', CHANNELS[contact.channel] || contact.channel, ' ', clock(contact)),
      el('div', { class: 'muted' }, (contact.citizenName || '') + ' ' + contact.identity + ' · ' + options.fmt(contact.receivedAt)),
      el('pre', { id: 'contact-text', class: 'text' }, contact.text || ''),
      contact.attachments && contact.attachments.length
        ? el('ul', {}, contact.attachments.map(a => el('li', {}, a.name + ' (' + a.contentType + ')'))) : '',
      contact.location ? el('div', {}, '位置：' + (contact.location.label || '') + ' ' + contact.location.latitude + ',' + contact.location.longitude) : '',
      el('div', {}, '状态：', el('strong', { id: 'contact-status' }, STATUS[contact.status] || contact.status),
        contact.ticketNo ? el('span', { id: 'contact-ticket' }, ' 工单 ' + contact.ticketNo) : ''),
      actions(contact, mine),
      el('h4', {}, '诉求人历史（全部渠道）'),
      el('ul', { id: 'citizen-history' },
        citizen.contacts.map(c => el('li', {}, c.contactNo + ' ' + (CHANNELS[c.channel] || c.channel) + ' ' + options.fmt(c.receivedAt) + ' ' + (c.text || '').slice(0, 40))),
        citizen.tickets.map(t => el('li', {}, t.ticketNo + ' ' + (t.content || '').slice(0, 40))))));
  }

  function actions(contact, mine) {
    const el = options.el;
    const box = el('div', { id: 'contact-actions', class: 'stack' });
    const run = (path, body) => call('/api/contacts/' + contact.contactNo + '/' + path, 'POST', body)
      .then(answer => {
        const no = answer && answer.ticket ? answer.ticket.ticketNo : null;
        options.toast(no ? '已登记工单 ' + no : '已完成');
        show(contact.contactNo);
        if (options.onChanged) options.onChanged();
      })
      .catch(err => options.toast(err.message, true));
    if (contact.status === 'queued') box.append(el('button', { 'data-action': 'claim', onclick: () => run('claim', {}) }, '领取'));
    if (!mine) return box;
    box.append(el('button', { 'data-action': 'release', onclick: () => run('release', {}) }, '放回队列'));
    const answer = el('form', { id: 'contact-answer-form', class: 'stack' },
      el('label', {}, '直接答复', el('textarea', { name: 'answer', maxlength: 4000, required: true })),
      el('button', { type: 'submit' }, '答复并办结'));
    answer.addEventListener('submit', e => { e.preventDefault(); run('direct-answer', { answer: answer.answer.value }); });
    const categories = (options.categories || []).filter(c => c.parentCode);
    const ticket = el('form', { id: 'contact-ticket-form', class: 'stack' },
      el('label', {}, '类型', el('select', { name: 'type' }, Object.entries(TYPES).map(([v, l]) => el('option', { value: v }, l)))),
      el('label', {}, '分类', el('select', { name: 'categoryCode' }, categories.map(c => el('option', { value: c.code }, c.code + ' ' + c.name)))),
      el('label', {}, '诉求内容', el('textarea', { name: 'content', maxlength: 4000 })),
      el('button', { type: 'submit' }, '登记工单'));
    ticket.content.value = contact.text || '';
    ticket.addEventListener('submit', e => {
      e.preventDefault();
      run('ticket', { type: ticket.type.value, categoryCode: ticket.categoryCode.value, content: ticket.content.value || undefined });
    });
    box.append(answer, ticket);
    return box;
  }

  window.HotlineContacts = { view };
})();
