// The login page: user name and password, then (for a user with a second factor) the code; texts from the bundles,
// in the language chosen here or in the console.
import { initI18n, language, setLanguage, LANGUAGES, t, translatePage } from './i18n.js';

const params = new URLSearchParams(location.search);
// The second step of a login with a second factor: the password was right, the code is asked for.
const secondStep = params.has('totp');
document.getElementById('login-form').hidden = secondStep;
document.getElementById('totp-form').hidden = !secondStep;
document.getElementById('totp-error').hidden = !(secondStep && params.has('error'));
if (secondStep) document.getElementById('code').focus();
document.getElementById('login-error').hidden = secondStep || !params.has('error');
document.getElementById('login-out').hidden = !params.has('logout');
document.getElementById('login-locked').hidden = !params.has('locked');
document.getElementById('login-expired').hidden = !params.has('expired');
// The demo accounts exist only in the embedded default; the server says whether to mention them.
fetch('/login-info', { headers: { Accept: 'application/json' } })
  .then(response => response.ok ? response.json() : { demoUsers: false })
  .then(info => { document.getElementById('demo-accounts').hidden = !info.demoUsers; })
  .catch(() => {});
// The login form is protected against cross-site forgery like every other form: the token travels in a cookie.
const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
if (match) {
  document.querySelectorAll('form').forEach(form => {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = '_csrf';
    input.value = decodeURIComponent(match[1]);
    form.append(input);
  });
}

initI18n().then(() => {
  translatePage(document);
  document.title = t('login.pageTitle');
  const lang = document.getElementById('lang');
  LANGUAGES.forEach(l => {
    const option = new Option(t('lang.' + l), l, false, l === language());
    lang.append(option);
  });
  lang.addEventListener('change', () => setLanguage(lang.value));
}).catch(() => { /* the Chinese texts of the page stay */ });
