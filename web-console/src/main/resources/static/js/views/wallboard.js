// 大屏 (#/wallboard): the live wallboard for a wall screen. One GET of the snapshot when the page opens, then only the
// `wallboard` push messages of the supervisor socket change it; it never polls. Full-screen layout, large type.
import { api } from '../api.js';
import { t, word, formatTime } from '../i18n.js';
import { onPush } from '../push.js';
import { el, fail } from '../ui.js';
import { registerView } from '../views.js';
import { PUSH, CHANNELS } from '../words.js';

const STATES = ['READY', 'TALKING', 'WRAP_UP', 'PAUSED', 'OFFLINE'];
const STATE_COUNTS = { READY: 'ready', TALKING: 'talking', WRAP_UP: 'wrapUp', PAUSED: 'paused', OFFLINE: 'offline' };

let apply = null;
onPush(PUSH.WALLBOARD, snapshot => { if (apply) apply(snapshot); });

const pct = v => v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%';
const mmss = s => s === null || s === undefined ? '—' : Math.floor(s / 60) + ':' + String(Math.floor(s % 60)).padStart(2, '0');

function tile(key, label, extraClass) {
  return el('div', { class: 'wb-tile ' + (extraClass || ''), 'data-wb-tile': key },
    el('div', { class: 'wb-label' }, label), el('div', { class: 'wb-value', 'data-wb': key }, '—'));
}

function set(root, key, text, alarm) {
  const node = root.querySelector('[data-wb="' + key + '"]');
  if (!node) return;
  node.textContent = text;
  node.closest('.wb-tile').classList.toggle('wb-alarm', !!alarm);
}

function render(root, s) {
  const calls = s.calls || {};
  const agents = s.agents || {};
  const tickets = s.tickets || {};
  set(root, 'waiting', String(calls.waiting ?? 0), calls.waiting > 0 && calls.longestWaitSeconds > 30);
  set(root, 'longestWaitSeconds', mmss(calls.longestWaitSeconds), calls.longestWaitSeconds > 60);
  set(root, 'offeredToday', String(calls.offeredToday ?? 0));
  set(root, 'answeredToday', String(calls.answeredToday ?? 0));
  set(root, 'answeredWithin15sToday', String(calls.answeredWithin15sToday ?? 0));
  set(root, 'serviceLevelToday', pct(calls.serviceLevelToday), calls.serviceLevelToday !== undefined && calls.serviceLevelToday < 0.8);
  set(root, 'abandonedToday', String(calls.abandonedToday ?? 0));
  set(root, 'abandonRateToday', pct(calls.abandonRateToday), calls.abandonRateToday > 0.05);
  STATES.forEach(state => set(root, 'agents-' + STATE_COUNTS[state], String(agents[STATE_COUNTS[state]] ?? 0)));
  set(root, 'registeredToday', String(tickets.registeredToday ?? 0));
  set(root, 'overdueNow', String(tickets.overdueNow ?? 0), tickets.overdueNow > 0);
  set(root, 'escalatedNow', String(tickets.escalatedNow ?? 0), tickets.escalatedNow > 0);
  const byChannel = tickets.byChannel || {};
  root.querySelector('#wb-channels').replaceChildren(...CHANNELS.map(c => el('div', { class: 'wb-channel', 'data-channel': c },
    el('span', {}, word('channel', c)), el('strong', { 'data-wb': 'channel-' + c }, String(byChannel[c.toUpperCase()] ?? byChannel[c] ?? 0)))));
  const list = (agents.list || []).slice().sort((a, b) => STATES.indexOf(a.state) - STATES.indexOf(b.state) || String(a.username).localeCompare(b.username));
  root.querySelector('#wb-agents').replaceChildren(...list.map(a => el('div', { class: 'wb-agent state-' + String(a.state).toLowerCase(), 'data-agent': a.username },
    el('div', { class: 'wb-agent-name' }, a.name || a.username),
    el('div', { class: 'wb-agent-state' }, word('agentState', String(a.state).toLowerCase()), a.pauseReason ? '（' + word('pause', a.pauseReason) + '）' : ''),
    el('div', { class: 'wb-since', 'data-since': a.since || '' }, ''))));
  tickSince(root);
  root.querySelector('#wb-at').textContent = t('wallboard.at', formatTime(s.at));
  root.dataset.at = s.at || '';
}

function tickSince(root) {
  const now = Date.now();
  root.querySelectorAll('.wb-since[data-since]').forEach(node => {
    if (!node.dataset.since) return;
    node.textContent = mmss(Math.max(0, (now - Date.parse(node.dataset.since)) / 1000));
  });
}

async function renderWallboard(container) {
  document.body.classList.add('wallboard-mode');
  const root = el('div', { id: 'wallboard', class: 'wallboard' },
    el('div', { class: 'wb-head' }, el('h1', {}, t('wallboard.title')), el('span', { id: 'wb-at', class: 'wb-at' }),
      el('span', { class: 'flex-grow-1' }),
      el('button', { type: 'button', class: 'btn btn-outline-light btn-sm', id: 'wb-fullscreen',
        onclick: () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {}) }, t('wallboard.fullscreen')),
      el('a', { class: 'btn btn-outline-light btn-sm', href: '#/analytics', id: 'wb-exit' }, t('wallboard.exit'))),
    el('div', { class: 'wb-grid' },
      el('section', { class: 'wb-section' }, el('h2', {}, t('wallboard.calls')), el('div', { class: 'wb-tiles' },
        tile('waiting', t('wallboard.waiting'), 'wb-big'), tile('longestWaitSeconds', t('wallboard.longestWait'), 'wb-big'),
        tile('serviceLevelToday', t('wallboard.serviceLevel')), tile('abandonRateToday', t('wallboard.abandonRate')),
        tile('offeredToday', t('wallboard.offered')), tile('answeredToday', t('wallboard.answered')),
        tile('answeredWithin15sToday', t('wallboard.answered15')), tile('abandonedToday', t('wallboard.abandoned')))),
      el('section', { class: 'wb-section' }, el('h2', {}, t('wallboard.agents')), el('div', { class: 'wb-tiles wb-states' },
        STATES.map(state => tile('agents-' + STATE_COUNTS[state], word('agentState', state.toLowerCase()), 'state-tile-' + state.toLowerCase()))),
      el('div', { id: 'wb-agents', class: 'wb-agents' })),
      el('section', { class: 'wb-section' }, el('h2', {}, t('wallboard.tickets')), el('div', { class: 'wb-tiles' },
        tile('registeredToday', t('wallboard.registered'), 'wb-big'), tile('overdueNow', t('wallboard.overdue')), tile('escalatedNow', t('wallboard.escalated'))),
      el('div', { id: 'wb-channels', class: 'wb-channels' }))));
  container.append(root);
  let latest = '';
  apply = snapshot => {
    // A replay after a reconnect may bring older snapshots: the newest wins.
    if (snapshot.at && latest && Date.parse(snapshot.at) < Date.parse(latest)) return;
    latest = snapshot.at || latest;
    render(root, snapshot);
    root.dataset.updates = String(Number(root.dataset.updates || 0) + 1);
  };
  try {
    apply(await api('/api/analytics/wallboard'));
  } catch (err) { fail(err); }
  const ticker = setInterval(() => tickSince(root), 1000);
  return () => {
    apply = null;
    clearInterval(ticker);
    document.body.classList.remove('wallboard-mode');
  };
}

registerView('wallboard', { roles: ['SUPERVISOR', 'ADMIN'], nav: 'nav.wallboard', order: 7, render: renderWallboard });
