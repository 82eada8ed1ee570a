// The console's views and the hash router. A view module registers itself here; main.js imports the modules, so a
// new view (the contact queue, analytics, …) is one file plus one import line.
import { t } from './i18n.js';
import { el, session } from './ui.js';

const views = new Map();

/**
 * @param key    first path segment of the hash: #/key/param…
 * @param spec   {roles: [...], nav: i18n key of its menu entry or null, order, render(container, params), home: the
 *               menu entry's hash when not the key, byRole: {ROLE: {nav, home, …}} overrides for one role}
 */
export function registerView(key, spec) {
  views.set(key, spec);
}

const boots = [];

/** fn(session) runs once after login, before the first view: a role's standing parts (the agent's state bar). */
export function registerBoot(fn) {
  boots.push(fn);
}

export function runBoots(current) {
  boots.forEach(fn => fn(current));
}

export function navigate(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

/** The view's spec as the role sees it: its byRole overrides (menu text and entry point) applied. */
function specFor(spec, role) {
  return spec && spec.byRole && spec.byRole[role] ? Object.assign({}, spec, spec.byRole[role]) : spec;
}

export function navEntries(role) {
  return [...views.entries()].map(([key, v]) => [key, specFor(v, role)]).filter(([, v]) => v.nav && v.roles.includes(role))
    .sort((a, b) => (a[1].order || 50) - (b[1].order || 50));
}

export function homeOf(role) {
  const first = navEntries(role)[0];
  return first ? '#/' + (first[1].home || first[0]) : '#/';
}

let leaving = null;

/** Renders the view the hash names; a view the role may not use shows a refusal (the API refuses it too). */
export async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent).filter(Boolean);
  if (!parts.length) { location.replace(homeOf(session.me.role)); return; }
  const container = document.getElementById('view');
  if (leaving) { try { leaving(); } catch (err) { /* a view's clean-up must not block the next view */ } leaving = null; }
  container.replaceChildren();
  const view = specFor(views.get(parts[0]), session.me.role);
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', location.hash.startsWith(a.getAttribute('href'))));
  if (!view) {
    container.append(el('div', { class: 'alert alert-warning', id: 'not-found' }, t('ui.noSuchPage')));
    return;
  }
  if (!view.roles.includes(session.me.role)) {
    container.append(el('div', { class: 'alert alert-danger', id: 'refused', role: 'alert' }, t('ui.refused')));
    return;
  }
  document.title = t(view.title || view.nav || 'app.title') + ' · ' + t('app.title');
  leaving = (await view.render(container, parts.slice(1))) || null;
}
