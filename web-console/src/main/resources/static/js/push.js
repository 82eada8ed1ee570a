// One push socket per page, reconnecting with the id of the last message so nothing is missed.
import { api } from './api.js';
import { PUSH } from './words.js';

const listeners = new Map();
const state = { socket: null, lastId: null, retry: 1000 };

/** Calls handler(payload, message) for each pushed message of that type. */
export function onPush(type, handler) {
  if (!listeners.has(type)) listeners.set(type, []);
  listeners.get(type).push(handler);
}

export function pushOpen() {
  return state.socket !== null && state.socket.readyState === WebSocket.OPEN;
}

export function sendPush(message) {
  if (pushOpen()) state.socket.send(JSON.stringify(message));
}

export async function connectPush() {
  let token;
  try { token = await api('/api/push/token'); } catch (err) { setTimeout(connectPush, state.retry); return; }
  if (state.lastId === null) state.lastId = token.lastMessageId;
  const after = state.lastId !== null && state.lastId !== undefined ? '&after=' + state.lastId : '';
  const socket = new WebSocket(token.url + '?token=' + encodeURIComponent(token.token) + after);
  state.socket = socket;
  socket.onopen = () => { state.retry = 1000; document.body.dataset.push = 'open'; };
  socket.onmessage = event => {
    const message = JSON.parse(event.data);
    if (message.id) state.lastId = message.id;
    const payload = message.type === PUSH.SUGGESTIONS ? message : (message.payload || {});
    (listeners.get(message.type) || []).forEach(handler => handler(payload, message));
  };
  socket.onclose = () => {
    state.socket = null;
    document.body.dataset.push = 'closed';
    setTimeout(connectPush, state.retry);
    state.retry = Math.min(state.retry * 2, 30000);
  };
}
