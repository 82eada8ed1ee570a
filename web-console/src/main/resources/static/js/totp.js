// Enrolment of the second factor: a new secret from POST /api/me/totp (shown once, as text only), confirmed with a
// code from the authenticator; the recovery codes are shown once after that.
(function () {
  const form = document.getElementById('totp-enrol-form');
  const error = document.getElementById('totp-enrol-error');
  let csrf = '';
  const call = async (path, body) => {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrf },
      body: JSON.stringify(body || {})
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.detail || response.statusText);
    return json;
  };
  const show = message => { error.textContent = message; error.hidden = false; };
  (async () => {
    try {
      const me = await (await fetch('/api/me', { headers: { Accept: 'application/json' } })).json();
      csrf = me.csrfToken;
      if (me.totpEnrolled) {
        document.getElementById('totp-state').textContent = '已启用 / Already enrolled';
        form.querySelector('button').disabled = true;
        return;
      }
      const enrolment = await call('/api/me/totp');
      document.getElementById('totp-secret').textContent = enrolment.secret;
      document.getElementById('totp-uri').textContent = enrolment.otpauthUri;
    } catch (err) { show(String(err.message || err)); }
  })();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    try {
      const confirmed = await call('/api/me/totp/confirm', { code: document.getElementById('totp-code').value.trim() });
      document.getElementById('totp-recovery-codes').textContent = confirmed.recoveryCodes.join('\n');
      document.getElementById('totp-recovery').hidden = false;
      form.querySelector('button').disabled = true;
    } catch (err) { show(String(err.message || err)); }
  });
})();
