// Message bundles: zh-CN first, English second. The language is the user's choice, kept in localStorage.
import { SYSTEM_NOTES } from './words.js';

export const LANGUAGES = ['zh-CN', 'en'];
const KEY = 'hotline.lang';
let bundle = {};
let fallback = {};
let current = 'zh-CN';

async function loadBundle(lang) {
  const response = await fetch('/i18n/' + lang + '.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error('message bundle ' + lang + ' missing');
  return response.json();
}

export async function initI18n() {
  const wanted = localStorage.getItem(KEY);
  current = LANGUAGES.includes(wanted) ? wanted : 'zh-CN';
  fallback = await loadBundle('zh-CN');
  bundle = current === 'zh-CN' ? fallback : await loadBundle(current);
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  localStorage.setItem(KEY, lang);
  location.reload();
}

/** The text for key with {0}, {1}, … replaced; a missing key shows the fallback text, then the key itself. */
export function t(key, ...args) {
  const text = bundle[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => args[i] ?? '');
}

/** The label of an API word: t('status.REGISTERED'); an unknown word shows as it is. */
export function word(group, value) {
  if (value === null || value === undefined || value === '') return '';
  const key = group + '.' + value;
  return (bundle[key] ?? fallback[key]) === undefined ? String(value) : t(key);
}

/**
 * A timeline note: the parts the system wrote in English are shown in the reader's language; nameOf(code) may turn
 * a department code into its name.
 */
export function systemNote(note, nameOf) {
  if (!note) return '';
  return note.split('; ').map(part => {
    for (const [pattern, key] of SYSTEM_NOTES) {
      const match = pattern.exec(part);
      if (match) return t('sysnote.' + key, ...match.slice(1).map(v => localizeValue(v, nameOf)));
    }
    return part;
  }).join('；');
}

function localizeValue(value, nameOf) {
  if (value === undefined) return '';
  if (nameOf && /^[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)*$/.test(value)) return value.split(',').map(nameOf).join('、');
  if (/^\d{4}-\d\d-\d\dT/.test(value)) return formatTime(value);
  for (const group of ['closure', 'channel', 'phase']) {
    const key = group + '.' + value;
    if ((bundle[key] ?? fallback[key]) !== undefined) return t(key);
  }
  return value;
}

export function formatTime(instant) {
  return instant ? new Date(instant).toLocaleString(current, { hour12: false }) : '';
}

/** Sets the text of every [data-i18n] element under root (static parts of index.html). */
export function translatePage(root) {
  root.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach(node => { node.title = t(node.dataset.i18nTitle); });
}
