(function () {
  const form = document.getElementById('password-form');
  const error = document.getElementById('password-error');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    try {
      const me = await (await fetch('/api/me', { headers: { Accept: 'application/json' } })).json();
      const response = await fetch('/api/me/password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': me.csrfToken },
        body: JSON.stringify({ currentPassword: form.currentPassword.value, newPassword: form.newPassword.value })
      });
      if (response.ok) { location.href = '/'; return; }
      const problem = await response.json().catch(() => ({}));
      error.textContent = problem.detail || response.statusText;
      error.hidden = false;
    } catch (err) {
      error.textContent = String(err);
      error.hidden = false;
    }
  });
})();
