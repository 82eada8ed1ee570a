// The only way the pages talk to the server: the JSON API with the session cookie; the CSRF token on every
// state-changing call. Failures become ApiError with the problem's stable code, translated for the user.
import { t } from './i18n.js';

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(status, problem) {
    const code = (problem && problem.code) || 'network';
    super(translateProblem(code, problem));
    this.status = status;
    this.code = code;
    this.problem = problem;
  }
}

function translateProblem(code, problem) {
  const text = t('problem.' + code);
  const fields = problem && problem.errors
    ? Object.entries(problem.errors).map(([field, message]) => t('field.' + field) + '：' + message).join('；') : '';
  return fields ? text + '（' + fields + '）' : text;
}

export async function api(path, options) {
  const opts = Object.assign({ headers: {} }, options || {});
  opts.headers.Accept = 'application/json';
  if (opts.body !== undefined && !(opts.body instanceof FormData)) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(opts.body);
  }
  if (opts.method && opts.method !== 'GET' && csrfToken) opts.headers['X-XSRF-TOKEN'] = csrfToken;
  let response;
  try {
    response = await fetch(path, opts);
  } catch (err) {
    throw new ApiError(0, null);
  }
  if (response.status === 401) {
    location.href = '/login.html';
    throw new ApiError(401, { code: 'unauthenticated' });
  }
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (err) { body = null; }
  if (!response.ok) throw new ApiError(response.status, body || { code: 'internal-error' });
  return body;
}

/** A binary download (a call recording) as a Blob; failures as ApiError like api(). */
export async function blob(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: '*/*' } });
  } catch (err) {
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    let body = null;
    try { body = await response.json(); } catch (err) { body = null; }
    throw new ApiError(response.status, body || { code: response.status === 404 ? 'not-found' : 'internal-error' });
  }
  return response.blob();
}

export const post = (path, body) => api(path, { method: 'POST', body });
export const put = (path, body) => api(path, { method: 'PUT', body });
export const del = path => api(path, { method: 'DELETE' });

/** Multipart upload with progress (fetch cannot report upload progress). */
export function upload(path, formData, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken);
    xhr.upload.onprogress = e => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try { body = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (err) { body = null; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body); else reject(new ApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(new ApiError(0, null));
    xhr.send(formData);
  });
}
