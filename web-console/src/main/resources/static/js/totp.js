// Enrolment of the second factor: a new secret from POST /api/me/totp (shown once, as text only), confirmed with a
// code from the authenticator; the recovery codes are shown once after that. Texts and problems in the user's language.
import { api, post, setCsrfToken } from './api.js';
import { initI18n, t, translatePage } from './i18n.js';

const form = document.getElementById('totp-enrol-form');
const error = document.getElementById('totp-enrol-error');
// A wrong code is answered 422 (unprocessable-entity): the one problem this page explains in its own words.
const show = err => {
  error.textContent = err.code === 'unprocessable-entity' ? t('totp.wrongCode') : err.message;
  error.hidden = false;
};

(async () => {
  try {
    await initI18n();
    translatePage(document);
    document.title = t('totp.pageTitle');
  } catch (err) { /* the Chinese texts of the page stay */ }
  try {
    const me = await api('/api/me');
    setCsrfToken(me.csrfToken);
    // A role that must enrol has nowhere to go back to before it has.
    document.getElementById('totp-back').hidden = !!me.totpEnrolmentRequired;
    if (me.totpEnrolled) {
      document.getElementById('totp-state').textContent = t('totp.enrolled');
      document.getElementById('totp-state').dataset.enrolled = 'true';
      document.getElementById('totp-state').hidden = false;
      form.querySelector('button').disabled = true;
      return;
    }
    const enrolment = await post('/api/me/totp', {});
    document.getElementById('totp-secret').textContent = enrolment.secret;
    document.getElementById('totp-uri').textContent = enrolment.otpauthUri;
  } catch (err) { show(err); }
})();

form.addEventListener('submit', async event => {
  event.preventDefault();
  error.hidden = true;
  try {
    const confirmed = await post('/api/me/totp/confirm', { code: document.getElementById('totp-code').value.trim() });
    document.getElementById('totp-recovery-codes').textContent = confirmed.recoveryCodes.join('\n');
    document.getElementById('totp-recovery').hidden = false;
    form.querySelector('button').disabled = true;
  } catch (err) { show(err); }
});
