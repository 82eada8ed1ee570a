// The Hotline console: one page, views chosen by role (hash routes), talking only to the JSON API.
import { api, setCsrfToken } from './api.js';
import { initI18n, t, word, language, setLanguage, LANGUAGES, translatePage } from './i18n.js';
import { connectPush, onPush } from './push.js';
import { el, session, toast, renderCountdown } from './ui.js';
import { navEntries, route, runBoots } from './views.js';
import { ARRIVALS } from './words.js';
import './views/agent.js';
import './views/queues.js';
import './views/ticket.js';
import './views/kb.js';
import './views/admin.js';
import './views/contacts.js';
import './views/analytics.js';
import './views/wallboard.js';

const SOUND_KEY = 'hotline.sound';

function soundOn() {
  return localStorage.getItem(SOUND_KEY) !== 'off';
}

let audio = null;
function ring() {
  if (!soundOn()) return;
  try {
    audio = audio || new AudioContext();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.4);
  } catch (err) { /* no audio device: the toast still shows */ }
}

function header() {
  const me = session.me;
  document.body.dataset.role = me.role;
  document.getElementById('nav').replaceChildren(...navEntries(me.role).map(([key, v]) =>
    el('li', { class: 'nav-item' }, el('a', { class: 'nav-link py-1', href: '#/' + (v.home || key), 'data-nav': key }, t(v.nav)))));
  document.getElementById('whoami').textContent = me.username + ' · ' + word('role', me.role)
    + (me.departmentCode ? ' · ' + (session.departments.find(d => d.code === me.departmentCode) || {}).name : '');
  // Administrators and supervisors may turn on the optional second factor (totp.html), or see that it is on.
  const totp = document.getElementById('totp-link');
  totp.hidden = !['ADMIN', 'SUPERVISOR'].includes(me.role);
  totp.textContent = t(me.totpEnrolled ? 'ui.totpOn' : 'ui.totp');
  totp.dataset.enrolled = String(!!me.totpEnrolled);
  document.getElementById('logout-csrf').value = me.csrfToken || '';
  const lang = document.getElementById('lang');
  lang.replaceChildren(...LANGUAGES.map(l => el('option', { value: l, selected: l === language() }, t('lang.' + l))));
  lang.addEventListener('change', () => setLanguage(lang.value));
  const sound = document.getElementById('sound');
  sound.checked = soundOn();
  sound.addEventListener('change', () => localStorage.setItem(SOUND_KEY, sound.checked ? 'on' : 'off'));
}

async function start() {
  await initI18n();
  translatePage(document);
  try {
    session.me = await api('/api/me');
  } catch (err) { return; }
  // A password set by someone else must be replaced before anything else (password.html).
  if (session.me.mustChangePassword) { location.href = '/password.html'; return; }
  // A role that requires a second factor enrols one before anything else (totp.html).
  if (session.me.totpEnrolmentRequired) { location.href = '/totp.html'; return; }
  setCsrfToken(session.me.csrfToken);
  const [departments, categories, districts] = await Promise.all([
    api('/api/departments'), api('/api/categories'), api('/api/districts')]);
  Object.assign(session, { departments, categories, districts });
  header();
  ARRIVALS.forEach(type => onPush(type, payload => {
    ring();
    toast(t('push.' + type, payload.ticketNo || ''));
    window.dispatchEvent(new CustomEvent('hotline:arrival', { detail: payload }));
  }));
  runBoots(session);
  window.addEventListener('hashchange', route);
  setInterval(() => {
    const now = Date.now();
    document.querySelectorAll('.countdown[data-due]').forEach(node => renderCountdown(node, now));
  }, 1000);
  await route();
  document.body.dataset.ready = 'true';
  connectPush();
}

start();
