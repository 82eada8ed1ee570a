/**
 * 督办 as a chain: levels issued to a department one after another until it answers (督办反馈).
 *
 * <p>A chain starts when a sign or handle deadline passes (level 1) or when a supervisor escalates by hand (at the
 * level they choose). Each level ({@link org.hotline.workflow.escalation.EscalationProperties}) is a notice with a
 * feedback window in working days and a card (none, 黄牌, 红牌) counted against the department when issued. No
 * answer within the window raises the next level; after the last level the chain stays overdue until answered.
 * Answering stops the chain; closing or merging the ticket ends it.
 *
 * <p>Why a process of its own ({@code bpmn/ticket-escalation.bpmn}, process {@code ticketEscalation}, one instance
 * per chain, business key = TicketNo) rather than rows and a scheduler: the feedback windows are timers that must
 * survive restarts and run once in a cluster, which the engine's job executor already guarantees, and operators see
 * every running chain, its waiting department ({@code Task_DepartmentAnswers}, assignee = department code) and any
 * failed timer in Cockpit, next to the ticket's own {@code ticketLifecycle} instance. It stays separate from
 * {@code ticketLifecycle} because a chain outlives the step that started it (a sign-deadline chain keeps running
 * after signing) and several chains may follow one another on one ticket. The rows of
 * {@code workflow_escalation}/{@code workflow_escalation_level} are what the ticket page, the lists and the figures
 * read; they change in the same transaction as the engine state.
 *
 * <p>The ticket side (locking the ticket, audit, the commands) is {@code ticket.TicketEscalations}; the engine's
 * service tasks call it through {@code process.EscalationChainDelegate}. Internal to the workflow module.
 */
package org.hotline.workflow.escalation;
