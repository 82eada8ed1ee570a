// Administration (系统管理): users, routing rules, the working-day calendar, the knowledge base, voided ticket
// numbers and the dispatch catalogue.
import { api, post, put, del, upload } from '../api.js';
import { t, word, formatTime, language } from '../i18n.js';
import { el, session, toast, fail, modal, confirmDialog, field, select, card, table, emptyRow, catName, deptName, districtName,
  departmentOptions } from '../ui.js';
import { registerView } from '../views.js';
import { ROLES, DAY_KINDS, KB_STATUSES } from '../words.js';
import { showEntry } from './kb.js';

const TABS = ['users', 'rules', 'calendar', 'kb', 'voided', 'catalogue'];

/**
 * Buttons other modules add to each user row (disable, reset password, change role …):
 * userActions.push((user, reload) => element).
 */
export const userActions = [];

// The account lifecycle the server offers (each audited; disabling ends the user's sessions and sockets).
userActions.push((user, reload) => el('span', { class: 'text-nowrap' },
  el('button', { class: 'btn btn-link btn-sm p-0 me-2 toggle-user', onclick: () => setEnabled(user, !user.enabled, reload) },
    user.enabled ? t('admin.disable') : t('admin.enable')),
  el('button', { class: 'btn btn-link btn-sm p-0 me-2 reset-password', onclick: () => resetPassword(user) }, t('admin.resetPassword')),
  el('button', { class: 'btn btn-link btn-sm p-0 change-role', onclick: () => changeRole(user, reload) }, t('admin.changeRole'))));

// The department cell: its name, whether the user leads it, and the switch for department users.
function departmentCell(user, reload) {
  return el('td', {}, deptName(user.departmentCode) + (user.departmentLeader ? ' · ' + t('admin.leader') : ''),
    user.role === 'DEPARTMENT' ? el('div', {}, el('button', { class: 'btn btn-link btn-sm p-0 toggle-leader',
      onclick: () => setLeader(user, !user.departmentLeader, reload) },
    user.departmentLeader ? t('admin.unsetLeader') : t('admin.setLeader'))) : '');
}

// A department's leader receives the 督办 levels addressed to department leaders (audited).
async function setLeader(user, leader, reload) {
  try {
    await put('/api/admin/users/' + encodeURIComponent(user.username) + '/leader', { leader });
    toast(t('admin.saved'));
    reload();
  } catch (err) { fail(err); }
}

async function setEnabled(user, enabled, reload) {
  if (!enabled && !(await confirmDialog(t('admin.disable'), t('admin.disableConfirm', user.username), t('admin.disable'), 'disable-confirm'))) return;
  try {
    await post('/api/admin/users/' + encodeURIComponent(user.username) + (enabled ? '/enable' : '/disable'));
    toast(t('admin.saved'));
    reload();
  } catch (err) { fail(err); }
}

function resetPassword(user) {
  const password = el('input', { name: 'temporaryPassword', type: 'password', required: true, minlength: 12, maxlength: 128, autocomplete: 'new-password' });
  modal(t('admin.resetPassword') + ' · ' + user.username, field(t('field.temporaryPassword'), password, t('admin.resetHint')),
    [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
      if (!password.reportValidity()) return false;
      try { await post('/api/admin/users/' + encodeURIComponent(user.username) + '/password', { temporaryPassword: password.value }); toast(t('admin.saved')); return true; } catch (err) { fail(err); return false; }
    }]], { id: 'reset-dialog' });
}

function changeRole(user, reload) {
  const role = select('role', ROLES.map(r => [r, word('role', r)]), user.role);
  const department = select('departmentCode', departmentOptions(true), user.departmentCode || '');
  modal(t('admin.changeRole') + ' · ' + user.username, el('div', {}, field(t('field.role'), role), field(t('field.departmentCode'), department)),
    [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
      const body = { role: role.value };
      if (department.value) body.departmentCode = department.value;
      try { await put('/api/admin/users/' + encodeURIComponent(user.username) + '/role', body); toast(t('admin.saved')); reload(); return true; } catch (err) { fail(err); return false; }
    }]], { id: 'role-dialog' });
}

function datePicker(input, options) {
  // flatpickr is loaded as a classic script (global); its Chinese locale registers itself beside it.
  return flatpickr(input, Object.assign({ dateFormat: 'Y-m-d', allowInput: true,
    locale: language() === 'zh-CN' && flatpickr.l10ns.zh ? flatpickr.l10ns.zh : 'default' }, options || {}));
}

async function renderAdmin(container, params) {
  const tab = TABS.includes(params[0]) ? params[0] : TABS[0];
  container.append(el('ul', { class: 'nav nav-tabs mb-2', id: 'admin-tabs' }, TABS.map(k => el('li', { class: 'nav-item' },
    el('a', { class: 'nav-link py-1' + (k === tab ? ' active' : ''), href: '#/admin/' + k, 'data-tab': k }, t('admin.' + k))))));
  const body = el('div', { id: 'admin-' + tab });
  container.append(body);
  await ({ users, rules, calendar, kb, voided, catalogue })[tab](body);
}

// ---------------------------------------------------------------- users

async function users(holder) {
  const list = el('div');
  const load = async () => {
    try {
      const all = await api('/api/admin/users');
      list.replaceChildren(table([t('field.username'), t('field.displayName'), t('field.role'), t('field.departmentCode'), t('field.enabled'), ''],
        all.map(u => el('tr', { 'data-user': u.username }, el('td', {}, u.username), el('td', {}, u.displayName || ''),
          el('td', {}, word('role', u.role)), departmentCell(u, load),
          el('td', {}, u.enabled ? t('ui.yes') : t('ui.no')), el('td', {}, userActions.map(action => action(u, load))))),
        { id: 'user-table' }));
    } catch (err) { fail(err); }
  };
  holder.append(card(t('admin.users'), el('button', { class: 'btn btn-primary btn-sm mb-2', id: 'new-user', onclick: () => newUser(load) }, t('admin.newUser')), list));
  await load();
}

function newUser(reload) {
  const form = el('form', { id: 'user-form' },
    field(t('field.username'), el('input', { name: 'username', required: true, maxlength: 64, pattern: '[a-z0-9][a-z0-9_.\\-]{1,63}', autocomplete: 'off' })),
    field(t('field.displayName'), el('input', { name: 'displayName', maxlength: 100 })),
    field(t('field.password'), el('input', { name: 'password', type: 'password', required: true, minlength: 12, maxlength: 128, autocomplete: 'new-password' })),
    field(t('field.role'), select('role', ROLES.map(r => [r, word('role', r)]))),
    field(t('field.departmentCode'), select('departmentCode', departmentOptions(true))));
  modal(t('admin.newUser'), form, [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
    if (!form.reportValidity()) return false;
    const data = Object.fromEntries(new FormData(form).entries());
    if (!data.departmentCode) delete data.departmentCode;
    try { await post('/api/admin/users', data); toast(t('admin.saved')); reload(); return true; } catch (err) { fail(err); return false; }
  }]], { id: 'user-dialog' });
}

// ---------------------------------------------------------------- routing rules

const RULE_FIELDS = ['departmentCode', 'priority', 'signDeadlineMinutes', 'handleDays'];
const ruleKey = r => r.categoryCode + '|' + r.districtCode + '|' + (r.urgency || '');
const undo = [];

async function rules(holder) {
  const info = el('div', { class: 'small mb-2', id: 'rules-info', 'aria-live': 'polite' });
  const filter = el('input', { id: 'rules-filter', placeholder: t('admin.rulesFilter'), maxlength: 50 });
  const list = el('div');
  let data;
  const load = async () => {
    try { data = await api('/api/admin/routing-rules'); } catch (err) { fail(err); return; }
    info.replaceChildren(t('admin.decisionVersion', data.decisionVersion), ' ',
      undo.length ? el('button', { class: 'btn btn-outline-danger btn-sm ms-2', id: 'rules-undo', onclick: rollBack }, t('admin.rollBack')) : '');
    draw();
  };
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = data.rules.filter(r => !q || [r.categoryCode, catName(r.categoryCode), r.districtCode, districtName(r.districtCode),
      r.departmentCode, deptName(r.departmentCode)].some(s => (s || '').toLowerCase().includes(q))).slice(0, 300);
    list.replaceChildren(table([t('field.categoryCode'), t('field.districtCode'), t('field.urgency'), t('field.departmentCode'),
      t('field.priority'), t('field.signDeadlineMinutes'), t('field.handleDays'), ''],
    [newRuleRow((none, rule) => save(data.rules.find(r => ruleKey(r) === ruleKey(rule)) || null, rule))].concat(shown.map(r => ruleRow(r, save, remove))), { id: 'rules-table' }));
  };
  const save = async (before, after) => {
    try {
      const result = await put('/api/admin/routing-rules', after);
      undo.push({ before, after });
      toast(t('admin.ruleDeployed', result.decisionVersion));
      await load();
      info.append(el('div', { class: 'alert alert-info py-1 mt-1 mb-0', id: 'rules-change' }, t('admin.changed', result.decisionVersion), ' ', describe(before, after)));
    } catch (err) { fail(err); }
  };
  const remove = async rule => {
    try {
      const q = new URLSearchParams({ category: rule.categoryCode, district: rule.districtCode });
      if (rule.urgency) q.set('urgency', rule.urgency);
      const result = await del('/api/admin/routing-rules?' + q);
      undo.push({ before: rule, after: null });
      toast(t('admin.ruleDeployed', result.decisionVersion));
      await load();
    } catch (err) { fail(err); }
  };
  // Rolling back deploys the rule as it was before the last change (a new version, like any change).
  const rollBack = async () => {
    const last = undo.pop();
    if (!last) return;
    try {
      let result;
      if (last.before) result = await put('/api/admin/routing-rules', last.before);
      else {
        const q = new URLSearchParams({ category: last.after.categoryCode, district: last.after.districtCode });
        if (last.after.urgency) q.set('urgency', last.after.urgency);
        result = await del('/api/admin/routing-rules?' + q);
      }
      toast(t('admin.rolledBack', result.decisionVersion));
      await load();
    } catch (err) { undo.push(last); fail(err); }
  };
  filter.addEventListener('input', () => draw());
  holder.append(card(t('admin.rules'), info, field(t('admin.rulesFilterLabel'), filter), list));
  await load();
}

function describe(before, after) {
  if (!before) return t('admin.ruleAdded', catName(after.categoryCode), after.districtCode === '*' ? t('admin.anyDistrict') : districtName(after.districtCode), deptName(after.departmentCode));
  if (!after) return t('admin.ruleRemoved', catName(before.categoryCode), before.districtCode === '*' ? t('admin.anyDistrict') : districtName(before.districtCode));
  return RULE_FIELDS.filter(f => String(before[f] ?? '') !== String(after[f] ?? ''))
    .map(f => t('field.' + f) + '：' + (f === 'departmentCode' ? deptName(before[f]) : (before[f] ?? '—')) + ' → '
      + (f === 'departmentCode' ? deptName(after[f]) : (after[f] ?? '—'))).join('；');
}

function ruleInputs(rule) {
  const dept = select('departmentCode', departmentOptions(false), rule.departmentCode);
  const num = (name, min, max) => el('input', { name, type: 'number', min, max, value: rule[name] ?? '', class: 'form-control form-control-sm', style: 'width:6em', 'aria-label': t('field.' + name) });
  dept.className = 'form-select form-select-sm';
  dept.setAttribute('aria-label', t('field.departmentCode'));
  return { dept, priority: num('priority', 0, 99), sign: num('signDeadlineMinutes', 1, 100000), handle: num('handleDays', 1, 365) };
}

function readRule(base, inputs) {
  const n = input => (input.value === '' ? null : Number(input.value));
  return { categoryCode: base.categoryCode, districtCode: base.districtCode, urgency: base.urgency || null,
    departmentCode: inputs.dept.value, priority: n(inputs.priority), signDeadlineMinutes: n(inputs.sign), handleDays: n(inputs.handle) };
}

function ruleRow(rule, save, remove) {
  const inputs = ruleInputs(rule);
  return el('tr', { 'data-rule': ruleKey(rule) }, el('td', {}, rule.categoryCode, ' ', el('span', { class: 'text-secondary' }, catName(rule.categoryCode))),
    el('td', {}, rule.districtCode === '*' ? t('admin.anyDistrict') : districtName(rule.districtCode)), el('td', {}, rule.urgency ? word('urgency', rule.urgency) : t('admin.anyUrgency')),
    el('td', {}, inputs.dept), el('td', {}, inputs.priority), el('td', {}, inputs.sign), el('td', {}, inputs.handle),
    el('td', { class: 'text-nowrap' }, el('button', { class: 'btn btn-primary btn-sm save-rule', onclick: () => save(rule, readRule(rule, inputs)) }, t('ui.save')), ' ',
      el('button', { class: 'btn btn-outline-danger btn-sm', onclick: () => remove(rule) }, t('ui.delete'))));
}

function newRuleRow(save) {
  const category = select('categoryCode', session.categories.filter(c => c.parentCode).map(c => [c.code, c.code + ' ' + c.name]));
  const district = select('districtCode', [['*', t('admin.anyDistrict')]].concat(session.districts.filter(d => d.level === 'district').map(d => [d.code, d.name])));
  const urgency = select('urgency', [['', t('admin.anyUrgency')], ['normal', word('urgency', 'normal')], ['urgent', word('urgency', 'urgent')]]);
  [category, district, urgency].forEach(s => { s.className = 'form-select form-select-sm'; s.setAttribute('aria-label', t('field.' + s.name)); });
  const inputs = ruleInputs({});
  return el('tr', { class: 'table-warning', id: 'new-rule' }, el('td', {}, category), el('td', {}, district), el('td', {}, urgency),
    el('td', {}, inputs.dept), el('td', {}, inputs.priority), el('td', {}, inputs.sign), el('td', {}, inputs.handle),
    el('td', {}, el('button', { class: 'btn btn-success btn-sm', onclick: () => save(null, readRule({ categoryCode: category.value, districtCode: district.value, urgency: urgency.value }, inputs)) }, t('admin.addRule'))));
}

// ---------------------------------------------------------------- calendar

async function calendar(holder, year) {
  const shown = year || new Date().getFullYear();
  let days;
  try { days = await api('/api/admin/calendar/' + shown); } catch (err) { fail(err); return; }
  const byDate = new Map(days.map(d => [d.date, d]));
  const yearSelect = select('year', [shown - 1, shown, shown + 1].map(y => [String(y), String(y)]), String(shown));
  yearSelect.className = 'form-select form-select-sm w-auto';
  yearSelect.id = 'calendar-year';
  yearSelect.addEventListener('change', () => { holder.replaceChildren(); calendar(holder, Number(yearSelect.value)); });
  const months = el('div', { class: 'row g-2', id: 'calendar' });
  for (let m = 0; m < 12; m++) months.append(el('div', { class: 'col-6 col-md-4 col-xl-3' }, month(shown, m, byDate, () => { holder.replaceChildren(); calendar(holder, shown); })));
  holder.append(card(t('admin.calendar'), el('div', { class: 'd-flex gap-2 align-items-center mb-2' },
    el('label', { for: 'calendar-year', class: 'small' }, t('admin.year')), yearSelect,
    el('span', { class: 'badge cal-holiday text-dark' }, word('dayKind', 'holiday')), el('span', { class: 'badge cal-workday text-dark' }, word('dayKind', 'workday')),
    el('span', { class: 'small text-secondary' }, t('admin.calendarHint'))), months));
}

function month(year, m, byDate, reload) {
  const first = new Date(year, m, 1);
  const cells = [];
  for (let i = 0; i < (first.getDay() + 6) % 7; i++) cells.push(el('td'));
  for (let d = 1; d <= new Date(year, m + 1, 0).getDate(); d++) {
    const iso = year + '-' + String(m + 1).padStart(2, '0') + '-' + String(d).padStart(2, '0');
    const info = byDate.get(iso);
    const weekend = [0, 6].includes(new Date(year, m, d).getDay());
    const kind = info && info.kind !== 'normal' ? info.kind : null;
    cells.push(el('td', { class: (kind ? 'cal-' + kind : '') + (weekend && !kind ? ' cal-weekend' : ''), 'data-date': iso, tabindex: 0,
      title: info && info.name ? info.name : '', onclick: () => editDay(iso, info, reload), onkeydown: e => { if (e.key === 'Enter') editDay(iso, info, reload); } }, d));
  }
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(el('tr', {}, cells.slice(i, i + 7)));
  return el('table', { class: 'table table-bordered cal-month mb-0' },
    el('caption', { class: 'caption-top py-0 fw-semibold' }, t('month.' + (m + 1))),
    el('thead', {}, el('tr', {}, [1, 2, 3, 4, 5, 6, 0].map(w => el('th', { class: 'text-center fw-normal' }, t('weekday.' + w))))), el('tbody', {}, rows));
}

function editDay(iso, info, reload) {
  const form = el('form', {}, field(t('field.kind'), select('kind', DAY_KINDS.map(k => [k, word('dayKind', k)]), info ? info.kind : 'normal')),
    field(t('field.name'), el('input', { name: 'name', maxlength: 50, value: info && info.name ? info.name : '' })));
  modal(iso, form, [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
    try {
      await put('/api/admin/calendar/days/' + iso, { kind: form.kind.value, name: form.elements.name.value.trim() || null });
      toast(t('admin.saved'));
      reload();
      return true;
    } catch (err) { fail(err); return false; }
  }]], { id: 'day-dialog' });
}

// ---------------------------------------------------------------- knowledge base

async function kb(holder) {
  const status = select('status', [['', t('ui.all')]].concat(KB_STATUSES.map(s => [s, word('kbStatus', s)])));
  status.id = 'kb-status';
  const list = el('div');
  let page = 0;
  const load = async () => {
    try {
      const q = new URLSearchParams({ page: String(page), size: '50' });
      if (status.value) q.set('status', status.value);
      const result = await api('/api/kb/entries?' + q);
      list.replaceChildren(table(['ID', t('field.question'), t('field.categoryCode'), t('field.status'), t('field.updatedAt'), ''],
        result.items.length ? result.items.map(e => el('tr', { 'data-entry': e.id }, el('td', {}, e.id), el('td', {}, e.question),
          el('td', {}, catName(e.categoryCode)), el('td', {}, word('kbStatus', e.status), ' v' + e.version), el('td', {}, formatTime(e.updatedAt)),
          el('td', { class: 'text-nowrap' },
            el('button', { class: 'btn btn-link btn-sm p-0 me-2', onclick: () => showEntry(e.id) }, t('ui.view')),
            el('button', { class: 'btn btn-link btn-sm p-0 me-2 edit', onclick: () => editEntry(e, load) }, t('ui.edit')),
            e.status !== 'published' ? el('button', { class: 'btn btn-link btn-sm p-0 me-2 publish', onclick: () => setStatus(e, 'published', load) }, t('kb.publish')) : '',
            e.status === 'published' ? el('button', { class: 'btn btn-link btn-sm p-0 me-2 withdraw', onclick: () => setStatus(e, 'withdrawn', load) }, t('kb.withdraw')) : '',
            el('button', { class: 'btn btn-link btn-sm p-0 versions', onclick: () => versions(e) }, t('kb.versions'))))) : [emptyRow(6)],
        { id: 'kb-table' }),
      el('div', { class: 'd-flex gap-2 mt-2 small align-items-center' },
        el('button', { class: 'btn btn-outline-secondary btn-sm', disabled: page === 0, onclick: () => { page--; load(); } }, '‹'),
        t('ui.page', page + 1, Math.max(1, Math.ceil(result.total / 50))),
        el('button', { class: 'btn btn-outline-secondary btn-sm', disabled: (page + 1) * 50 >= result.total, onclick: () => { page++; load(); } }, '›')));
    } catch (err) { fail(err); }
  };
  status.addEventListener('change', () => { page = 0; load(); });
  holder.append(card(t('admin.kb'), el('div', { class: 'd-flex gap-2 align-items-end mb-2' },
    el('div', {}, field(t('field.status'), status)),
    el('button', { class: 'btn btn-primary btn-sm mb-2', id: 'new-entry', onclick: () => editEntry(null, load) }, t('kb.new'))), list),
  importCard(load), await gapsCard());
  await load();
}

function draftOf(e) {
  return { question: e.question, alternativeQuestions: e.alternativeQuestions, answer: e.answer, categoryCode: e.categoryCode,
    departmentCode: e.departmentCode, tags: e.tags, policyId: e.policyId, validFrom: e.validFrom, validTo: e.validTo, status: e.status };
}

async function setStatus(entry, status, reload) {
  try {
    await put('/api/kb/entries/' + entry.id, Object.assign(draftOf(entry), { status }));
    toast(t('admin.saved'));
    reload();
  } catch (err) { fail(err); }
}

function editEntry(entry, reload) {
  const e = entry || { alternativeQuestions: [], tags: [], status: 'draft' };
  const validFrom = el('input', { name: 'validFrom', value: e.validFrom || '' });
  const validTo = el('input', { name: 'validTo', value: e.validTo || '' });
  const form = el('form', { id: 'entry-form' },
    field(t('field.question'), el('input', { name: 'question', required: true, maxlength: 500, value: e.question || '' })),
    field(t('field.alternativeQuestions'), el('textarea', { name: 'alternativeQuestions', rows: 2 }, (e.alternativeQuestions || []).join('\n')), t('kb.onePerLine')),
    field(t('field.answer'), el('textarea', { name: 'answer', required: true, rows: 6 }, e.answer || '')),
    el('div', { class: 'row g-2' },
      el('div', { class: 'col-6' }, field(t('field.categoryCode'), select('categoryCode', [['', '—']].concat(session.categories.map(c => [c.code, c.code + ' ' + c.name])), e.categoryCode))),
      el('div', { class: 'col-6' }, field(t('field.departmentCode'), select('departmentCode', departmentOptions(true), e.departmentCode))),
      el('div', { class: 'col-4' }, field(t('field.validFrom'), validFrom)),
      el('div', { class: 'col-4' }, field(t('field.validTo'), validTo)),
      el('div', { class: 'col-4' }, field(t('field.status'), select('status', KB_STATUSES.map(s => [s, word('kbStatus', s)]), e.status)))),
    field(t('field.tags'), el('input', { name: 'tags', value: (e.tags || []).join(', ') })));
  modal(entry ? entry.id : t('kb.new'), form, [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
    if (!form.reportValidity()) return false;
    const lines = v => v.split(/\n/).map(s => s.trim()).filter(Boolean);
    const draft = { question: form.question.value.trim(), alternativeQuestions: lines(form.alternativeQuestions.value), answer: form.answer.value,
      categoryCode: form.categoryCode.value || null, departmentCode: form.departmentCode.value || null,
      tags: form.tags.value.split(/[,，]/).map(s => s.trim()).filter(Boolean), policyId: e.policyId || null,
      validFrom: validFrom.value || null, validTo: validTo.value || null, status: form.status.value };
    try {
      if (entry) await put('/api/kb/entries/' + entry.id, draft); else await post('/api/kb/entries', draft);
      toast(t('admin.saved'));
      reload();
      return true;
    } catch (err) { fail(err); return false; }
  }]], { size: 'modal-lg', id: 'entry-edit' });
  datePicker(validFrom);
  datePicker(validTo);
}

async function versions(entry) {
  let all;
  try { all = await api('/api/kb/entries/' + entry.id + '/versions'); } catch (err) { fail(err); return; }
  all.sort((a, b) => b.version - a.version);
  const diffSlot = el('div', { id: 'kb-diff' });
  const showDiff = v => {
    const prev = all.find(x => x.version === v.version - 1);
    diffSlot.replaceChildren(el('div', { class: 'small fw-semibold' }, prev ? 'v' + prev.version + ' → v' + v.version : 'v' + v.version),
      ...['question', 'answer'].map(f => el('div', { class: 'mb-2' }, el('div', { class: 'small text-secondary' }, t('field.' + f)), diff(prev ? prev[f] : '', v[f]))));
  };
  modal(t('kb.versions') + ' · ' + entry.id, el('div', {}, el('ul', { class: 'list-group mb-2' }, all.map(v => el('li', { class: 'list-group-item list-group-item-action py-1 small', role: 'button',
    'data-version': v.version, onclick: () => showDiff(v) }, 'v' + v.version + ' · ' + word('kbStatus', v.status) + ' · ' + (v.updatedBy || '') + ' · ' + formatTime(v.updatedAt)))), diffSlot),
  [[t('ui.close'), 'btn-secondary']], { size: 'modal-lg', id: 'versions-dialog' });
  if (all.length) showDiff(all[0]);
}

// A line diff (longest common subsequence): enough for answers of a few dozen lines.
function diff(a, b) {
  const x = String(a || '').split('\n');
  const y = String(b || '').split('\n');
  const dp = Array.from({ length: x.length + 1 }, () => new Array(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) dp[i][j] = x[i] === y[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) { out.push(el('div', {}, x[i])); i++; j++; }
    else if (j < y.length && (i >= x.length || dp[i][j + 1] >= dp[i + 1][j])) { out.push(el('div', { class: 'diff-add' }, '+ ' + y[j])); j++; }
    else { out.push(el('div', { class: 'diff-del' }, '− ' + x[i])); i++; }
  }
  return el('div', { class: 'pre small border rounded p-1' }, out);
}

// What agents searched for and did not find: the entries worth writing next.
async function gapsCard() {
  try {
    const gaps = await api('/api/kb/gaps?limit=20');
    return card(t('kb.gaps'), table([t('kb.query'), t('kb.occurrences'), t('kb.noResult'), t('field.recordedAt')],
      gaps.length ? gaps.map(g => el('tr', {}, el('td', {}, g.query), el('td', {}, g.occurrences), el('td', {}, g.noResultCount),
        el('td', {}, formatTime(g.lastSeen)))) : [emptyRow(4)], { id: 'kb-gaps' }));
  } catch (err) { fail(err); return ''; }
}

function importCard(reload) {
  const file = el('input', { type: 'file', name: 'file', accept: '.jsonl,.ndjson,.csv', id: 'import-file' });
  const kind = select('kind', [['qa', t('kb.kindQa')], ['policy', t('kb.kindPolicy')]]);
  const bar = el('div', { class: 'progress-bar', role: 'progressbar', style: 'width:0%' });
  const progress = el('div', { class: 'progress mb-2', id: 'import-progress', hidden: true, 'aria-label': t('kb.importProgress') }, bar);
  const report = el('div', { id: 'import-report' });
  const form = el('form', { class: 'row g-2 align-items-end' }, el('div', { class: 'col-6' }, field(t('kb.importFile'), file)),
    el('div', { class: 'col-3' }, field(t('kb.importKind'), kind)),
    el('div', { class: 'col-3' }, el('button', { class: 'btn btn-primary btn-sm mb-2', id: 'import-submit' }, t('kb.import'))));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (!file.files.length) { toast(t('kb.pickFile'), true); return; }
    const data = new FormData();
    data.append('file', file.files[0]);
    data.append('kind', kind.value);
    progress.hidden = false;
    bar.style.width = '0%';
    bar.classList.add('progress-bar-striped', 'progress-bar-animated');
    try {
      const result = await upload('/api/kb/import', data, share => { bar.style.width = Math.round(share * 100) + '%'; });
      bar.style.width = '100%';
      report.replaceChildren(el('div', { class: 'small mb-1', id: 'import-summary' }, t('kb.importSummary', result.created, result.updated, result.unchanged, result.failed)),
        result.errors.length ? table([t('kb.line'), t('kb.error')], result.errors.map(r => el('tr', {}, el('td', {}, r.line), el('td', {}, r.message)))) : '');
      reload();
    } catch (err) { fail(err); } finally { bar.classList.remove('progress-bar-striped', 'progress-bar-animated'); }
  });
  return card(t('kb.importTitle'), form, progress, report);
}

// ---------------------------------------------------------------- voided numbers, catalogue

async function voided(holder) {
  const day = el('input', { id: 'voided-day', name: 'day', placeholder: 'YYYY-MM-DD' });
  const result = el('div', { id: 'voided-result' });
  const load = async () => {
    if (!/^\d{4}-\d\d-\d\d$/.test(day.value)) return;
    try {
      const numbers = await api('/api/admin/ticket-numbers/' + day.value + '/voided');
      result.replaceChildren(table([t('field.ticketNo'), t('field.reason'), t('field.recordedAt')],
        numbers.length ? numbers.map(n => el('tr', {}, el('td', {}, n.ticketNo), el('td', {}, n.reason), el('td', {}, formatTime(n.recordedAt)))) : [emptyRow(3)]));
    } catch (err) { fail(err); }
  };
  holder.append(card(t('admin.voided'), field(t('admin.day'), day), result));
  const yesterday = new Date(Date.now() - 86400000);
  datePicker(day, { defaultDate: yesterday, maxDate: 'today', onChange: () => load() });
  await load();
}

// Departments, categories and districts: add, rename, retire (the server audits each change). Retired entries
// leave the public lists, so they are listed apart from the live ones.
const CATALOGUE = {
  departments: {
    columns: () => [t('field.code'), t('field.name'), t('field.kind'), t('field.districtCode')],
    cells: d => [d.code, d.name, word('departmentKind', d.kind), districtName(d.districtCode)],
    fields: () => [field(t('field.kind'), select('kind', ['city_dept', 'city_unit', 'enterprise', 'district_gov', 'street'].map(k => [k, word('departmentKind', k)]))),
      field(t('field.districtCode'), select('districtCode', session.districts.map(d => [d.code, d.name]))),
      field(t('field.parentCode'), select('parentCode', departmentOptions(true)))]
  },
  categories: {
    columns: () => [t('field.code'), t('field.name'), t('field.departmentCode'), t('field.handleDays')],
    cells: c => [c.code, c.parentCode ? '　' + c.name : c.name, deptName(c.defaultDepartmentCode), c.handlingDays],
    fields: () => [field(t('field.parentCode'), select('parentCode', [['', '—']].concat(session.categories.filter(c => !c.parentCode).map(c => [c.code, c.code + ' ' + c.name])))),
      field(t('field.departmentCode'), select('defaultDepartmentCode', departmentOptions(true))),
      field(t('field.handleDays'), el('input', { name: 'handlingDays', type: 'number', min: 1, max: 365, value: 5, required: true }))]
  },
  districts: {
    columns: () => [t('field.code'), t('field.name'), t('field.level')],
    cells: d => [d.code, d.name, word('districtLevel', d.level)],
    fields: () => [field(t('field.level'), select('level', ['district', 'street', 'city'].map(l => [l, word('districtLevel', l)]))),
      field(t('field.parentCode'), select('parentCode', [['', '—']].concat(session.districts.map(d => [d.code, d.name]))))]
  }
};

async function reloadCatalogue() {
  const [departments, categories, districts] = await Promise.all([api('/api/departments'), api('/api/categories'), api('/api/districts')]);
  Object.assign(session, { departments, categories, districts });
}

async function catalogue(holder) {
  let retired;
  try { retired = await api('/api/admin/catalogue/retired'); } catch (err) { fail(err); return; }
  const redraw = async () => { await reloadCatalogue(); holder.replaceChildren(); await catalogue(holder); };
  const section = kind => {
    const spec = CATALOGUE[kind];
    const rows = session[kind].map(item => el('tr', { 'data-code': item.code }, spec.cells(item).map(c => el('td', {}, c)),
      el('td', { class: 'text-nowrap' },
        el('button', { class: 'btn btn-link btn-sm p-0 me-2 rename', onclick: () => renameEntry(kind, item, redraw) }, t('admin.rename')),
        el('button', { class: 'btn btn-link btn-sm p-0 text-danger retire', onclick: () => retireEntry(kind, item, redraw) }, t('admin.retire')))));
    return card(t('admin.' + kind),
      el('div', { class: 'd-flex gap-2 align-items-center mb-2' },
        el('button', { class: 'btn btn-primary btn-sm add-entry', 'data-kind': kind, onclick: () => addEntry(kind, redraw) }, t('admin.add')),
        retired[kind].length ? el('span', { class: 'small text-secondary', 'data-retired': kind }, t('admin.retiredList', retired[kind].join('、'))) : ''),
      el('div', { class: 'overflow-auto', style: 'max-height:60vh' }, table(spec.columns().concat(['']), rows, { id: 'catalogue-' + kind })));
  };
  holder.append(el('div', { class: 'row g-2' }, el('div', { class: 'col-lg-6' }, section('departments')),
    el('div', { class: 'col-lg-6' }, section('categories'), section('districts'))));
}

function addEntry(kind, redraw) {
  const form = el('form', { id: 'catalogue-form' },
    field(t('field.code'), el('input', { name: 'code', required: true, maxlength: 32, pattern: '[A-Z][A-Z0-9_]{0,31}', autocomplete: 'off' }), t('admin.codeHint')),
    field(t('field.name'), el('input', { name: 'name', required: true, maxlength: 100 })), CATALOGUE[kind].fields());
  modal(t('admin.add') + ' · ' + t('admin.' + kind), form, [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
    if (!form.reportValidity()) return false;
    const data = Object.fromEntries(new FormData(form).entries());
    if (data.handlingDays) data.handlingDays = Number(data.handlingDays);
    Object.keys(data).forEach(k => { if (data[k] === '') delete data[k]; });
    try { await post('/api/admin/catalogue/' + kind, data); toast(t('admin.saved')); await redraw(); return true; } catch (err) { fail(err); return false; }
  }]], { id: 'catalogue-dialog' });
}

function renameEntry(kind, item, redraw) {
  const name = el('input', { name: 'name', required: true, maxlength: 100, value: item.name });
  modal(t('admin.rename') + ' · ' + item.code, field(t('field.name'), name), [[t('ui.cancel'), 'btn-secondary'], [t('ui.save'), 'btn-primary', async () => {
    if (!name.value.trim()) return false;
    try { await put('/api/admin/catalogue/' + kind + '/' + item.code + '/name', { name: name.value.trim() }); toast(t('admin.saved')); await redraw(); return true; } catch (err) { fail(err); return false; }
  }]], { id: 'rename-dialog' });
}

async function retireEntry(kind, item, redraw) {
  if (!(await confirmDialog(t('admin.retire'), t('admin.retireConfirm', item.name, item.code), t('admin.retire'), 'retire-confirm'))) return;
  try { await post('/api/admin/catalogue/' + kind + '/' + item.code + '/retire'); toast(t('admin.saved')); await redraw(); } catch (err) { fail(err); }
}

registerView('admin', { roles: ['ADMIN'], nav: 'nav.admin', order: 1, render: renderAdmin });
