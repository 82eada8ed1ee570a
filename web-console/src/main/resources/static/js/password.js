// Replacing a password set by someone else (or the first one): texts and problems in the user's language.
import { api, post, setCsrfToken } from './api.js';
import { initI18n, t, translatePage } from './i18n.js';

const form = document.getElementById('password-form');
const error = document.getElementById('password-error');
initI18n().then(() => { translatePage(document); document.title = t('password.pageTitle'); }).catch(() => {});
form.addEventListener('submit', async event => {
  event.preventDefault();
  error.hidden = true;
  try {
    setCsrfToken((await api('/api/me')).csrfToken);
    await post('/api/me/password', { currentPassword: form.currentPassword.value, newPassword: form.newPassword.value });
    location.href = '/';
  } catch (err) {
    error.textContent = err.message;
    error.hidden = false;
  }
});
