/**
 * The push hub: a Tyrus WebSocket server on its own port ({@code hotline.push.port}, context path {@code /ws},
 * endpoints {@code /ws/agent}, {@code /ws/department}, {@code /ws/supervisor}) that delivers {@link
 * org.hotline.console.push.PushMessage}s sent through {@link org.hotline.console.push.PushHub} and answers agents'
 * typing with knowledge-base suggestions from a {@link org.hotline.console.push.SuggestionProvider}.
 *
 * <p>Public API: {@code PushHub}, {@code PushMessage}, {@code PushPayload}, {@code PushFailedException},
 * {@code SuggestionProvider}, {@code Suggestion}, and the configuration {@code PushProperties}. Every message type
 * has its payload record ({@code wiring.ScreenPop}, {@code wiring.TicketDispatchedNotice}, ...), in a file of its
 * own; the protocol's own frames are records too ({@code SuggestionsFrame}, {@code ErrorFrame},
 * {@code ResumedFrame}). Everything else in this package is
 * implementation ({@code PushEndpoint} is public only because Tyrus calls it reflectively).
 *
 * <h2>Socket protocol</h2>
 * <ol>
 *   <li>The console calls {@code GET /api/push/token} and gets {@code {token, expiresAt, url, lastMessageId}}.</li>
 *   <li>It opens {@code url?token=…&after=<lastMessageId>} within the token's lifetime. A missing, malformed,
 *       forged or expired token, or one whose role the endpoint does not admit (agent: AGENT, DISPATCHER;
 *       department: DEPARTMENT; supervisor: SUPERVISOR, ADMIN), closes the socket with 1008.</li>
 *   <li>With {@code after}, the messages stored since that id for the user, the user's role and department come
 *       first, in id order, then {@code {"type":"resumed","after":…,"through":…,"count":…,"complete":…}}, then live
 *       messages. {@code complete=false} means {@code hotline.push.catch-up-limit} cut the replay short.</li>
 *   <li>Pushed messages: {@code {"type":…,"id":…,"at":…,"payload":{…}}}. Clients remember the last {@code id} and
 *       reconnect with it (a new token each time).</li>
 *   <li>Client to server: {@code {"type":"typing","text":…,"category":…,"seq":n}} (agent endpoint only; answered
 *       with {@code {"type":"suggestions","seq":n,"text":…,"items":[{"entryId","question","snippet","score"}]}}, the
 *       newest seq winning; {@code snippet} is {@code {"text":…,"highlights":[[start,end]…]}}, plain text and UTF-16
 *       offsets, never markup), {@code {"type":"resume","after":id}} (as {@code after} above) and
 *       {@code {"type":"ping"}} (answered {@code {"type":"pong"}}).</li>
 *   <li>Errors: {@code {"type":"error","code":…,"message":…}} with code {@code bad-json}, {@code bad-request},
 *       {@code unknown-type}, {@code rate-limited} or {@code suggestions-unavailable}; the socket stays open. A
 *       frame over {@code hotline.push.max-message-bytes} closes it with 1009; a client too slow to read its
 *       messages is closed with 1013 and catches up when it reconnects.</li>
 * </ol>
 */
package org.hotline.console.push;
