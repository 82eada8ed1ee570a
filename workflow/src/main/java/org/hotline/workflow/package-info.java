/**
 * The ticket (工单) lifecycle of the hotline: registration, routing, dispatch, signing, handling, reply, review,
 * follow-up, merge and closing, driven by the Camunda process {@code ticketLifecycle} with working-day deadlines.
 *
 * <p>This package is the module's public API: {@link org.hotline.workflow.TicketService} and its commands and views,
 * the organisation and configuration services ({@link org.hotline.workflow.OrgDirectory},
 * {@link org.hotline.workflow.RoutingRules}, {@link org.hotline.workflow.WorkingCalendar}), the past-tense events
 * published through Spring's {@code ApplicationEventPublisher} inside the command's transaction (consume them with
 * {@code @TransactionalEventListener}) and the exceptions callers map to HTTP answers. Every subpackage is internal.
 */
package org.hotline.workflow;
