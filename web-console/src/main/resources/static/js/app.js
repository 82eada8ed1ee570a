// The Hotline console: one page, views chosen by role. Talks only to the JSON API with the session cookie and
// sends the CSRF token on every state-changing call.
(function () {
  'use strict';

  const state = { me: null, catalogue: { departments: [], categories: [], districts: [] }, tab: null };

  const STATUS_LABELS = {
    REGISTERED: '待派单', DISPATCHED: '待签收', RETURNED: '已退单', IN_PROGRESS: '办理中',
    AWAITING_CITIZEN: '待补充材料', EXTENSION_REQUESTED: '延期申请中', REPLIED: '待审核', FOLLOW_UP: '待回访',
    MERGED: '已并单', CLOSED: '已办结'
  };
  const TYPES = { consultation: '咨询', help: '求助', complaint: '投诉', report: '举报', suggestion: '建议', praise: '表扬' };
  const CHANNELS = { phone: '电话', wechat: '微信', web: '网站', app: 'APP', email: '邮件', sms: '短信' };

  // Every ticket action of the API: its path under /api/tickets/{no}/ and the fields it asks for.
  const ACTIONS = {
    'direct-answer': { label: '直接答复办结', fields: [['answer', 'textarea', '答复内容'], ['kbEntryId', 'text', '知识库条目']] },
    'dispatch': { label: '派单', fields: [['departmentCode', 'department', '承办单位（空=按规则）'], ['coHandlers', 'text', '协办单位（逗号分隔）'], ['note', 'text', '备注']] },
    'sign': { label: '签收', fields: [] },
    'return': { label: '退单', fields: [['reason', 'textarea', '退单理由']] },
    'notes': { label: '办理记录', fields: [['text', 'textarea', '内容']] },
    'extension': { label: '申请延期', fields: [['workingDays', 'number', '延期工作日'], ['reason', 'textarea', '理由']] },
    'extension/approve': { label: '同意延期', fields: [['note', 'text', '意见']] },
    'extension/deny': { label: '不同意延期', fields: [['reason', 'text', '理由']] },
    'await-citizen': { label: '待补充材料（暂停计时）', fields: [['reason', 'textarea', '需补充的材料']] },
    'resume': { label: '恢复办理', fields: [['note', 'text', '说明']] },
    'redispatch': { label: '二级派单（街道）', fields: [['departmentCode', 'department', '街道/镇'], ['note', 'text', '备注']] },
    'contribute': { label: '协办意见', fields: [['text', 'textarea', '内容']] },
    'reply': { label: '答复', fields: [['text', 'textarea', '答复内容']] },
    'review': { label: '审核', fields: [['accepted', 'yesno', '通过'], ['note', 'text', '意见']] },
    'follow-up': { label: '回访', fields: [['satisfaction', 'score', '满意度 1–5'], ['comment', 'text', '评价']] },
    'merge': { label: '并单', fields: [['mainTicketNo', 'text', '主工单号']] },
    'escalate': { label: '督办', fields: [['note', 'text', '督办意见']] },
    'close': { label: '办结', fields: [['note', 'text', '说明']] }
  };

  const TABS = {
    AGENT: [['register', '受理登记'], ['contacts', '在线来件'], ['kb', '知识库'], ['list:', '工单查询']],
    DISPATCHER: [['list:REGISTERED', '待派单'], ['list:RETURNED', '退单'], ['list:EXTENSION_REQUESTED', '延期申请'],
      ['list:REPLIED', '待审核'], ['list:FOLLOW_UP', '待回访'], ['list:', '全部'], ['contacts', '在线来件'], ['kb', '知识库']],
    DEPARTMENT: [['list:DISPATCHED', '待签收'], ['list:IN_PROGRESS', '办理中'], ['list:AWAITING_CITIZEN', '待补充材料'], ['list:', '全部']],
    SUPERVISOR: [['list:overdue', '超期工单'], ['list:', '全部工单'], ['contacts', '在线来件'], ['kb', '知识库']],
    ADMIN: [['catalogue', '派单目录'], ['kb', '知识库']]
  };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === null || v === undefined || v === false) return;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v === true ? '' : v);
    });
    children.flat(Infinity).forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
    return node;
  }

  function toast(message, isError) {
    const t = document.getElementById('toast');
    t.textContent = message; t.className = isError ? 'error' : ''; t.hidden = false;
    clearTimeout(toast.timer); toast.timer = setTimeout(() => { t.hidden = true; }, 4000);
  }

  async function api(path, options) {
    const opts = Object.assign({ headers: {} }, options || {});
    opts.headers['Accept'] = 'application/json';
    if (opts.body !== undefined) { opts.headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(opts.body); }
    if (opts.method && opts.method !== 'GET' && state.me) opts.headers['X-XSRF-TOKEN'] = state.me.csrfToken;
    const response = await fetch(path, opts);
    if (response.status === 401) { location.href = '/login.html'; throw new Error('unauthenticated'); }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const errors = body && body.errors ? ' (' + Object.entries(body.errors).map(([k, v]) => k + ': ' + v).join('; ') + ')' : '';
      throw new Error((body && (body.detail || body.title)) || response.statusText) + errors;
    }
    return body;
  }

  function fmt(instant) { return instant ? new Date(instant).toLocaleString('zh-CN', { hour12: false }) : ''; }
  function deptName(code) { const d = state.catalogue.departments.find(x => x.code === code); return d ? d.name : (code || ''); }
  function catName(code) { const c = state.catalogue.categories.find(x => x.code === code); return c ? c.name : (code || ''); }

  function countdown(ticket) {
    const due = ticket.status === 'DISPATCHED' ? ticket.signDueAt : ticket.handleDueAt;
    if (!due || ticket.status === 'CLOSED') return el('span', {}, '');
    const minutes = Math.round((new Date(due) - Date.now()) / 60000);
    const cls = minutes < 0 ? 'bad' : (ticket.warned ? 'warn' : 'ok');
    const text = minutes < 0 ? '超期 ' + human(-minutes) : '剩余 ' + human(minutes);
    return el('span', { class: 'badge ' + cls, title: fmt(due) }, text);
  }
  function human(minutes) {
    if (minutes < 60) return minutes + ' 分钟';
    if (minutes < 48 * 60) return Math.round(minutes / 60) + ' 小时';
    return Math.round(minutes / 1440) + ' 天';
  }

  function setTab(key) {
    state.tab = key;
    document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.key === key));
    const view = document.getElementById('view');
    view.replaceChildren();
    if (key === 'register') renderRegister(view);
    else if (key === 'kb') renderKb(view);
    else if (key === 'catalogue') renderCatalogue(view);
    else if (key.startsWith('list:')) renderList(view, key.slice(5));
    else if (key === 'contacts' && window.HotlineContacts) HotlineContacts.view(view, { el, fmt, toast,
      csrfToken: state.me.csrfToken, username: state.me.username, categories: state.catalogue.categories,
      detail: document.getElementById('detail'), onChanged: () => setTab('contacts') });
  }

  function renderRegister(view) {
    const categories = state.catalogue.categories.filter(c => c.parentCode);
    const form = el('form', { class: 'card stack', id: 'register-form' },
      el('h2', {}, '受理登记'),
      el('div', { class: 'grid2' },
        el('label', {}, '渠道', select('channel', Object.entries(CHANNELS))),
        el('label', {}, '类型', select('type', Object.entries(TYPES))),
        el('label', {}, '分类', select('categoryCode', [['', '（请选择）']].concat(categories.map(c => [c.code, c.code + ' ' + c.name])))),
        el('label', {}, '区县', select('districtCode', [['', '（未知）']].concat(state.catalogue.districts.filter(d => d.level === 'district').map(d => [d.code, d.name])))),
        el('label', {}, '紧急程度', select('urgency', [['normal', '一般'], ['urgent', '紧急']])),
        el('label', {}, '地址', el('input', { name: 'address', maxlength: 200 })),
        el('label', {}, '诉求人电话', el('input', { name: 'citizenPhone', maxlength: 20 })),
        el('label', {}, '诉求人姓名', el('input', { name: 'citizenName', maxlength: 50 }))),
      el('label', {}, '诉求内容', el('textarea', { name: 'content', required: true, maxlength: 4000, id: 'register-content' })),
      el('input', { type: 'hidden', name: 'callId' }),
      el('div', { class: 'actions', id: 'category-suggestions' }),
      el('div', {}, el('strong', { class: 'small' }, '知识库推荐（一号答）'), el('ul', { class: 'suggestions', id: 'typing-suggestions' })),
      el('label', {}, el('span', {}, el('input', { type: 'checkbox', name: 'confidential' }), ' 举报人保密')),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, '登记工单')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const data = Object.fromEntries(new FormData(form).entries());
      data.confidential = form.confidential.checked;
      if (!data.districtCode) delete data.districtCode;
      if (!data.callId) delete data.callId;
      try {
        const ticket = await api('/api/tickets', { method: 'POST', body: data });
        toast('已登记 ' + ticket.ticketNo + ' → ' + deptName(ticket.departmentCode));
        form.reset();
        showTicket(ticket.ticketNo);
      } catch (err) { toast(err.message, true); }
    });
    let classifyTimer;
    form.content.addEventListener('input', () => {
      typing(form.content.value, form.categoryCode.value);
      clearTimeout(classifyTimer);
      classifyTimer = setTimeout(() => suggestCategories(form), 400);
    });
    view.append(agentBar(), form);
  }

  // The agent's seat: queue state and, in the embedded default, a simulated call to see a screen-pop.
  function agentBar() {
    const setState = async (state, reason) => {
      try { await api('/api/agents/me/state', { method: 'POST', body: reason ? { state, reason } : { state } }); toast('状态：' + state); }
      catch (err) { toast(err.message, true); }
    };
    return el('div', { class: 'card actions', id: 'agent-bar' },
      el('button', { onclick: () => setState('ready') }, '示闲'),
      el('button', { class: 'secondary', onclick: () => setState('paused', prompt('暂停原因', '小休') || '小休') }, '暂停'),
      el('button', { class: 'secondary', onclick: () => setState('offline') }, '签出'),
      el('span', { class: 'spacer' }),
      el('button', { class: 'secondary', id: 'simulate-call', onclick: async () => {
        try { await api('/api/calls/simulate', { method: 'POST', body: { callerNumber: '13800138000', ivrChoice: '1' } }); }
        catch (err) { toast(err.message, true); }
      } }, '模拟来电'));
  }

  // Top-3 categories for what the citizen says; one click sets the category (and so the routing).
  async function suggestCategories(form) {
    const text = form.content.value.trim();
    const holder = document.getElementById('category-suggestions');
    if (!holder || text.length < 4) return;
    try {
      const scores = await api('/api/classify', { method: 'POST', body: { text: text.slice(0, 500) } });
      holder.replaceChildren(el('span', { class: 'small muted' }, '建议分类：'), ...(scores || []).map(score =>
        el('button', { type: 'button', class: 'secondary', 'data-category': score.categoryCode,
          onclick: () => { form.categoryCode.value = score.categoryCode; } },
          catName(score.categoryCode) + ' ' + Math.round((score.score || 0) * 100) + '%')));
    } catch (err) { holder.replaceChildren(); }
  }

  // Typing → suggestions over the push socket; the server answers only the newest text.
  let typingSeq = 0;
  function typing(text, category) {
    if (!push.socket || push.socket.readyState !== WebSocket.OPEN || !text.trim()) return;
    push.socket.send(JSON.stringify({ type: 'typing', text: text.slice(-200), category: category || '', seq: ++typingSeq }));
  }

  function showSuggestions(message) {
    const list = document.getElementById('typing-suggestions');
    if (!list || message.seq !== typingSeq) return;
    list.replaceChildren(...(message.items || []).map(item => {
      const snippet = el('div', { class: 'small' });
      snippet.innerHTML = item.snippet || '';  // escaped by the server; only <em> marks matches
      return el('li', { 'data-entry': item.entryId }, el('strong', {}, item.question), snippet);
    }));
  }

  function showScreenPop(pop) {
    const form = document.getElementById('register-form');
    if (form) {
      form.callId.value = pop.callId || '';
      form.citizenPhone.value = pop.callerNumber || '';
      form.channel.value = 'phone';
    }
    const aside = document.getElementById('detail');
    aside.hidden = false;
    aside.replaceChildren(el('div', { class: 'card stack', id: 'screen-pop' },
      el('h2', { style: 'margin:0' }, '来电 ' + (pop.callerNumber || '未知号码')),
      kvList([['IVR 选择', pop.ivrChoice || ''], ['排队', (pop.holdSeconds || 0) + ' 秒'], ['呼叫', pop.callId || '']]),
      el('h3', {}, '历史工单'),
      el('ul', { class: 'timeline' }, (pop.tickets || []).map(t => el('li', { class: 'clickable', onclick: () => showTicket(t.ticketNo) },
        t.ticketNo + ' · ' + (STATUS_LABELS[t.status] || t.status) + ' · ' + catName(t.categoryCode)))),
      el('h3', {}, '历史来电'),
      el('ul', { class: 'timeline' }, (pop.calls || []).map(c => el('li', {}, fmt(c.enteredAt) + ' · ' + (c.disposition || '')))),
      el('h3', {}, '知识库推荐'),
      el('ul', { class: 'suggestions' }, (pop.suggestions || []).map(item => {
        const snippet = el('div', { class: 'small' });
        snippet.innerHTML = item.snippet || '';
        return el('li', {}, el('strong', {}, item.question), snippet);
      }))));
  }

  // One push socket per page, reconnecting with the id of the last message so nothing is missed.
  const push = { socket: null, lastId: null, retry: 1000 };
  async function connectPush() {
    let token;
    try { token = await api('/api/push/token'); } catch (err) { return setTimeout(connectPush, push.retry); }
    if (push.lastId === null) push.lastId = token.lastMessageId;
    const url = token.url + '?token=' + encodeURIComponent(token.token) + (push.lastId !== null && push.lastId !== undefined ? '&after=' + push.lastId : '');
    const socket = new WebSocket(url);
    push.socket = socket;
    socket.onopen = () => { push.retry = 1000; };
    socket.onmessage = event => {
      const message = JSON.parse(event.data);
      if (message.id) push.lastId = message.id;
      const payload = message.payload || {};
      if (message.type === 'suggestions') showSuggestions(message);
      else if (message.type === 'screen-pop') showScreenPop(payload);
      else if (message.type === 'ticket-dispatched') notify('新派单 ' + payload.ticketNo);
      else if (message.type === 'ticket-warned') notify('即将超期 ' + payload.ticketNo);
      else if (message.type === 'ticket-escalated') notify('督办 ' + payload.ticketNo);
      else if (message.type === 'ticket-replied') notify('待审核 ' + payload.ticketNo);
      else if (message.type === 'escalation-level-raised') notify('督办（第 ' + payload.level + ' 级）' + payload.ticketNo);
      else if (message.type === 'card-issued') notify((payload.card === 'red' ? '红牌 ' : '黄牌 ') + payload.ticketNo);
      else if (message.type === 'escalation-answered') notify('督办已反馈 ' + payload.ticketNo);
      else if (message.type.startsWith('contact-')) contactPushed(message.type, payload);
    };
    socket.onclose = () => {
      push.socket = null;
      setTimeout(connectPush, push.retry);
      push.retry = Math.min(push.retry * 2, 30000);
    };
  }

  function contactPushed(type, payload) {
    if (type === 'contact-urgent') toast('紧急来件 ' + payload.contactNo, true);
    else if (type === 'contact-breached') toast('来件超时未响应 ' + payload.contactNo, true);
    if (state.tab === 'contacts') setTab('contacts');
  }

  function notify(text) {
    toast(text);
    if (state.tab && state.tab.startsWith('list:')) setTab(state.tab);
  }

  function kvList(pairs) {
    return el('div', { class: 'kv' }, pairs.map(([key, value]) => [el('span', { class: 'muted' }, key), el('span', {}, value)]));
  }

  function select(name, options) {
    return el('select', { name }, options.map(([value, label]) => el('option', { value }, label)));
  }

  function renderKb(view) {
    const input = el('input', { id: 'kb-query', placeholder: '输入问题，例如：公积金怎么提取', maxlength: 200, autocomplete: 'off' });
    const results = el('ul', { class: 'suggestions', id: 'kb-results' });
    let timer;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (!q) { results.replaceChildren(); return; }
        try {
          const found = await api('/api/kb/search?limit=8&q=' + encodeURIComponent(q));
          const hits = found.hits || found.items || [];
          results.replaceChildren(...hits.map(hit => {
            const snippet = el('div', { class: 'small' });
            snippet.innerHTML = hit.snippet || '';  // the server escapes the text and only adds <em>
            return el('li', {}, el('strong', {}, hit.question || hit.entryId), snippet);
          }));
          if (!hits.length) results.replaceChildren(el('li', { class: 'muted' }, '没有找到相关答案'));
        } catch (err) { results.replaceChildren(el('li', { class: 'error' }, err.message)); }
      }, 150);
    });
    view.append(el('div', { class: 'card stack' }, el('h2', {}, '知识库'), input, results));
  }

  function renderCatalogue(view) {
    const rows = state.catalogue.departments.map(d => el('tr', {}, el('td', {}, d.code), el('td', {}, d.name),
      el('td', {}, d.kind || ''), el('td', {}, d.districtCode || '')));
    view.append(el('div', { class: 'card' }, el('h2', {}, '承办单位'),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, '代码'), el('th', {}, '名称'), el('th', {}, '类型'), el('th', {}, '区划'))),
        el('tbody', {}, rows))));
  }

  async function renderList(view, filter) {
    const params = new URLSearchParams({ size: '50' });
    if (filter === 'overdue') params.set('overdue', 'true'); else if (filter) params.set('status', filter);
    const table = el('table', { id: 'ticket-table' }, el('thead', {}, el('tr', {},
      el('th', {}, '工单号'), el('th', {}, '状态'), el('th', {}, '类型'), el('th', {}, '分类'),
      el('th', {}, '承办单位'), el('th', {}, '时限'), el('th', {}, '登记时间'))));
    const body = el('tbody');
    table.append(body);
    view.append(el('div', { class: 'card' }, table));
    try {
      const page = await api('/api/tickets?' + params);
      body.replaceChildren(...page.items.map(t => el('tr', { class: 'clickable', 'data-ticket': t.ticketNo, onclick: () => showTicket(t.ticketNo) },
        el('td', {}, t.ticketNo), el('td', {}, STATUS_LABELS[t.status] || t.status, t.escalated ? el('span', { class: 'badge bad' }, '督办') : ''),
        el('td', {}, TYPES[t.type] || t.type), el('td', {}, catName(t.categoryCode)), el('td', {}, deptName(t.departmentCode)),
        el('td', {}, countdown(t)), el('td', {}, fmt(t.registeredAt)))));
      if (!page.items.length) body.append(el('tr', {}, el('td', { colspan: 7, class: 'muted' }, '暂无工单')));
    } catch (err) { toast(err.message, true); }
  }

  async function showTicket(no) {
    const aside = document.getElementById('detail');
    aside.hidden = false;
    aside.replaceChildren(el('div', { class: 'card' }, '加载中…'));
    try {
      const [t, timeline] = await Promise.all([api('/api/tickets/' + no), api('/api/tickets/' + no + '/timeline')]);
      const kv = kvList([
        ['状态', el('span', {}, STATUS_LABELS[t.status] || t.status, ' ', countdown(t))],
        ['类型', TYPES[t.type] || t.type], ['渠道', CHANNELS[t.channel] || t.channel],
        ['分类', catName(t.categoryCode)], ['承办单位', deptName(t.departmentCode)],
        ['诉求人', (t.citizenName || '') + ' ' + (t.citizenPhone || (t.confidential ? '（保密）' : ''))],
        ['地址', t.address || ''], ['签收时限', fmt(t.signDueAt)], ['办理时限', fmt(t.handleDueAt)]]);
      const actions = el('div', { class: 'actions', id: 'ticket-actions' },
        (t.allowedActions || []).filter(a => ACTIONS[a]).sort().map(a => el('button', { 'data-action': a, onclick: () => actionForm(t, a) }, ACTIONS[a].label)));
      const events = el('ul', { class: 'timeline' }, timeline.map(e => el('li', {},
        el('span', { class: 'muted' }, fmt(e.at) + ' '), (e.actor || '') + ' · ' + e.action +
        (e.toStatus ? ' → ' + (STATUS_LABELS[e.toStatus] || e.toStatus) : '') + (e.note ? '：' + e.note : ''))));
      aside.replaceChildren(el('div', { class: 'card stack' },
        el('div', { class: 'actions' }, el('h2', { style: 'margin:0' }, t.ticketNo), el('span', { class: 'spacer' }),
          el('button', { class: 'secondary', onclick: () => { aside.hidden = true; } }, '关闭')),
        kv, el('p', {}, t.content), actions, el('div', { id: 'action-form' }),
        window.HotlineEscalation ? HotlineEscalation.view(t, { el, fmt, csrfToken: state.me.csrfToken, onChanged: () => showTicket(t.ticketNo) }) : '',
        el('h3', {}, '处理记录'), events));
    } catch (err) { aside.replaceChildren(el('div', { class: 'card error' }, err.message)); }
  }

  function actionForm(ticket, action) {
    const spec = ACTIONS[action];
    const holder = document.getElementById('action-form');
    const form = el('form', { class: 'stack' }, el('strong', {}, spec.label),
      spec.fields.map(([name, kind, label]) => el('label', {}, label, input(name, kind))),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, '确定'),
        el('button', { type: 'button', class: 'secondary', onclick: () => holder.replaceChildren() }, '取消')));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const body = {};
      spec.fields.forEach(([name, kind]) => {
        const value = form.elements[name].value.trim();
        if (value === '') return;
        if (kind === 'number' || kind === 'score') body[name] = Number(value);
        else if (kind === 'yesno') body[name] = value === 'true';
        else if (name === 'coHandlers') body[name] = value.split(/[,，\s]+/).filter(Boolean);
        else body[name] = value;
      });
      try {
        await api('/api/tickets/' + ticket.ticketNo + '/' + action, { method: 'POST', body });
        toast(spec.label + ' 完成');
        showTicket(ticket.ticketNo);
        if (state.tab && state.tab.startsWith('list:')) setTab(state.tab);
      } catch (err) { toast(err.message, true); }
    });
    holder.replaceChildren(form);
  }

  function input(name, kind) {
    if (kind === 'textarea') return el('textarea', { name, maxlength: 4000 });
    if (kind === 'number') return el('input', { name, type: 'number', min: 1, max: 30, value: 5 });
    if (kind === 'score') return select(name, [5, 4, 3, 2, 1].map(n => [String(n), String(n)]));
    if (kind === 'yesno') return select(name, [['true', '通过'], ['false', '退回承办单位']]);
    if (kind === 'department') return select(name, [['', '—']].concat(state.catalogue.departments.map(d => [d.code, d.code + ' ' + d.name])));
    return el('input', { name, maxlength: 1000 });
  }

  async function start() {
    try {
      state.me = await api('/api/me');
    } catch (err) { return; }
    // A password set by someone else must be replaced before anything else (password.html).
    if (state.me.mustChangePassword) { location.href = '/password.html'; return; }
    document.getElementById('whoami').textContent = state.me.username + ' · ' + state.me.role + (state.me.departmentCode ? ' · ' + state.me.departmentCode : '');
    document.getElementById('logout-csrf').value = state.me.csrfToken || '';
    const [departments, categories, districts] = await Promise.all([
      api('/api/departments'), api('/api/categories'), api('/api/districts')]);
    state.catalogue = { departments, categories, districts };
    const tabs = TABS[state.me.role] || [];
    document.getElementById('tabs').replaceChildren(...tabs.map(([key, label]) =>
      el('button', { 'data-key': key, onclick: () => setTab(key) }, label)));
    if (tabs.length) setTab(tabs[0][0]);
    connectPush();
  }

  start();
})();
