(function () {
  const params = new URLSearchParams(location.search);
  document.getElementById('login-error').hidden = !params.has('error');
  document.getElementById('login-out').hidden = !params.has('logout');
})();
