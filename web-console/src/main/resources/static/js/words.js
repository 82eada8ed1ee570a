// The API's words in one place: every status, action, push message type and problem code the console knows.
// Labels are not here: they come from the message bundles (i18n/*.json) under "<group>.<word>".

export const STATUSES = ['REGISTERED', 'DISPATCHED', 'RETURNED', 'IN_PROGRESS', 'AWAITING_CITIZEN',
  'EXTENSION_REQUESTED', 'REPLIED', 'FOLLOW_UP', 'MERGED', 'CLOSED'];
export const TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise'];
export const CHANNELS = ['phone', 'wechat', 'web', 'app', 'email', 'sms'];
export const URGENCIES = ['normal', 'urgent'];
export const CLOSURES = ['direct_answer', 'satisfied', 'unsatisfied', 'merged', 'administrative'];
export const ROLES = ['AGENT', 'DISPATCHER', 'DEPARTMENT', 'SUPERVISOR', 'ADMIN'];
export const AGENT_STATES = ['offline', 'ready', 'ringing', 'talking', 'wrap_up', 'paused'];
export const PAUSE_REASONS = ['break', 'meal', 'training', 'meeting', 'after-call'];
export const RETURN_REASONS = ['not-our-duty', 'wrong-district', 'insufficient-info', 'duplicate', 'other'];
export const EMERGENCY = ['110', '119', '120', '122'];
/** What came of dialling a callback task (POST /api/callbacks/{id}/outcome). */
export const CALLBACK_OUTCOMES = ['reached', 'no_answer', 'busy', 'voicemail', 'wrong_number'];
/** Transfer to a department's live window (POST /api/calls/{id}/transfer "mode"). */
export const TRANSFER_MODES = ['blind', 'attended', 'conference'];
export const DAY_KINDS = ['holiday', 'workday', 'normal'];
export const KB_STATUSES = ['draft', 'published', 'withdrawn'];
/** An online contact's status (GET /api/contacts) and its first-response clock ("responseClock"; others show nothing). */
export const CONTACT_STATUSES = ['queued', 'claimed', 'answered', 'ticket_registered', 'closed'];
export const CONTACT_CLOCKS = ['nearing', 'breached', 'met_late'];
/** A 督办 chain's status, what started a level, and the card a level issued (GET /api/tickets/{no} "escalations"). */
export const ESCALATION_STATUSES = ['open', 'overdue', 'answered', 'ended'];
export const ESCALATION_TRIGGERS = ['deadline', 'supervisor', 'no_feedback'];
export const ESCALATION_CARDS = ['yellow', 'red'];
// Ticket figures (GET /api/analytics/kpis): count and rate keys, the groupings, and the count each rate's numerator is.
export const KPI_COUNTS = ['registered', 'directAnswered', 'dispatched', 'returned', 'extended', 'escalated', 'replied',
  'closed', 'closedOnTime', 'followedUp', 'satisfied', 'resolved', 'reopened', 'merged', 'overdue'];
export const KPI_RATES = ['signOnTime', 'closeOnTime', 'return', 'extension', 'followUp', 'satisfaction', 'resolution',
  'firstContactResolution', 'directAnswer', 'repeatRequest'];
export const KPI_RATE_COUNTS = { signOnTime: 'signedOnTime', closeOnTime: 'closedOnTime', return: 'returned', extension: 'extended',
  followUp: 'followedUp', satisfaction: 'satisfied', resolution: 'resolved', firstContactResolution: 'firstContact',
  directAnswer: 'directAnswered', repeatRequest: 'repeatRequest' };
export const KPI_GROUPINGS = ['department', 'category', 'categoryGroup', 'district', 'channel', 'agent'];

// Ticket actions, as the REST verbs under /api/tickets/{no}/ name them, with the fields each one asks for.
// Field kinds: text, textarea, department, departments (several), number, score, yesno, return-reason, kb.
export const ACTIONS = {
  'direct-answer': [['answer', 'textarea', true], ['kbEntryId', 'text']],
  'dispatch': [['departmentCode', 'department'], ['coHandlers', 'departments'], ['note', 'text']],
  'sign': [],
  'return': [['reason', 'return-reason', true]],
  'notes': [['text', 'textarea', true]],
  'extension': [['workingDays', 'number', true], ['reason', 'textarea', true]],
  'extension/approve': [['note', 'text']],
  'extension/deny': [['reason', 'text', true]],
  'await-citizen': [['reason', 'textarea', true]],
  'resume': [['note', 'text']],
  'redispatch': [['departmentCode', 'department', true], ['note', 'text']],
  'contribute': [['text', 'textarea', true]],
  'reply': [['text', 'reply', true]],
  'review': [['accepted', 'yesno', true], ['note', 'text']],
  'follow-up': [['satisfaction', 'score', true], ['comment', 'text']],
  'merge': [['mainTicketNo', 'text', true]],
  'escalate': [['level', 'level'], ['note', 'text']],
  'escalation-feedback': [['text', 'textarea', true]],
  'close': [['note', 'text']]
};
// Timeline actions beyond the REST verbs.
export const TIMELINE_ACTIONS = Object.keys(ACTIONS).concat(['register', 'warn', 'deadline-missed', 'reveal-phone',
  'reveal-content', 'close-with-main', 'escalate-level', 'escalation', 'escalation-missed']);

export const PUSH = {
  SCREEN_POP: 'screen-pop', SUGGESTIONS: 'suggestions', RESUMED: 'resumed', ERROR: 'error', PONG: 'pong',
  TICKET_DISPATCHED: 'ticket-dispatched', TICKET_WARNED: 'ticket-warned', TICKET_ESCALATED: 'ticket-escalated',
  TICKET_DEADLINE_MISSED: 'ticket-deadline-missed', TICKET_REPLIED: 'ticket-replied',
  ESCALATION_LEVEL_RAISED: 'escalation-level-raised', ESCALATION_ANSWERED: 'escalation-answered',
  CARD_ISSUED: 'card-issued', ESCALATION_ADDRESSED: 'escalation-addressed', WALLBOARD: 'wallboard',
  AGENT_STATE: 'agent-state',
  SURGE_DETECTED: 'surge-detected',
  CONTACTS_RECEIVED: 'contacts-received', CONTACT_CLAIMED: 'contact-claimed', CONTACT_RELEASED: 'contact-released',
  CONTACT_URGENT: 'contact-urgent', CONTACT_BREACHED: 'contact-breached'
};
// Push messages that tell a queue something arrived: they refresh the list and ring (unless muted).
export const ARRIVALS = [PUSH.TICKET_DISPATCHED, PUSH.TICKET_WARNED, PUSH.TICKET_ESCALATED,
  PUSH.TICKET_DEADLINE_MISSED, PUSH.TICKET_REPLIED,
  PUSH.ESCALATION_LEVEL_RAISED, PUSH.ESCALATION_ANSWERED, PUSH.CARD_ISSUED, PUSH.ESCALATION_ADDRESSED];

export const PROBLEM_CODES = ['ticket-not-found', 'invalid-transition', 'forbidden', 'invalid-request',
  'unknown-reference', 'kb-entry-not-found', 'import-rejected', 'weak-password', 'payload-too-large', 'unauthenticated',
  'busy-retry',
  'internal-error', 'bad-request', 'not-found', 'conflict', 'unsupported-media-type', 'method-not-allowed',
  'telephony-unavailable', 'call-not-found', 'callback-not-found', 'callback-not-open', 'callback-not-dialled', 'callback-not-yours', 'unknown-agent',
  'telephony-action-failed', 'unknown-department', 'contact-not-found', 'contact-conflict', 'citizen-not-found', 'network'];

// The notes the system writes into a ticket's timeline (English in the database), as patterns the console
// renders in the reader's language: key under "sysnote." and the captured values as {0}, {1}, ….
export const SYSTEM_NOTES = [
  [/^routed to (\S+) \(ticketRouting v(\d+)\)$/, 'routed'],
  [/^to (\S+) with co-handlers (\S+)$/, 'dispatchedWith'],
  [/^to (\S+)$/, 'to'],
  [/^co-handler (\S+)$/, 'coHandler'],
  [/^(\d+) working days: ([\s\S]*)$/, 'extensionAsked'],
  [/^\+(\d+) working days, due (\S+)$/, 'extensionApproved'],
  [/^paused (\d+) min, due (\S+)$/, 'resumed'],
  [/^accepted$/, 'accepted'],
  [/^sent back$/, 'sentBack'],
  [/^satisfaction (\d) via (\w+)(?:: ([\s\S]*))?$/, 'satisfaction'],
  [/^reopened$/, 'reopened'],
  [/^into (JH\d+)$/, 'mergedInto'],
  [/^duplicate (JH\d+) merged into this ticket$/, 'duplicateMerged'],
  [/^closed: (\w+)$/, 'closed'],
  [/^main ticket (JH\d+) closed: (\w+)$/, 'mainClosed'],
  [/^knowledge-base entry (\S+)$/, 'kbEntry'],
  [/^(sign|handle) deadline (\S+) passed$/, 'deadlinePassed'],
  [/^督办 level (\d+) (.+?)(?: \((?:yellow|red) card\))?, feedback due (\S+)$/, 'levelIssued'],
  [/^(review|follow-up) deadline (\S+) passed$/, 'stepDeadlinePassed'],
  [/^(sign|handle|review|follow-up) deadline (\S+) approaching$/, 'deadlineApproaching'],
  [/^contribution deadline (\S+) of (\S+) passed$/, 'contributionMissed'],
  [/^contribution deadline (\S+) of (\S+) approaching$/, 'contributionApproaching']
];
