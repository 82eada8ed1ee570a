/**
 * Telephony: everything that connects the hotline to the telephone network.
 *
 * <p>The public API lives in this package: the {@link org.hotline.telephony.TelephonyService} actions, the
 * {@link org.hotline.telephony.CallRecords}, {@link org.hotline.telephony.AgentStates} and
 * {@link org.hotline.telephony.Callbacks} read models, past-tense events published through Spring's
 * {@code ApplicationEventPublisher} ({@link org.hotline.telephony.CallAnswered} and friends) and the ports the
 * application must implement ({@link org.hotline.telephony.TicketStatusLookup},
 * {@link org.hotline.telephony.SurveyResultSink}). Asterisk vocabulary never leaves the {@code ami} and {@code ivr}
 * subpackages.
 *
 * <p>Agents are identified by their console username (for example {@code agent1}); the phone interface of each agent
 * is configuration: {@code hotline.telephony.agents.<username>=PJSIP/1001}.
 */
package org.hotline.telephony;
