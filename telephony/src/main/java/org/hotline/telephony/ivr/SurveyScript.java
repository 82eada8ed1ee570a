package org.hotline.telephony.ivr;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.hotline.telephony.SurveyResultSink;
import org.hotline.telephony.Surveys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FastAGI script {@code survey}: the caller presses 1..5; the score is kept with the call and its agent
 * ({@link Surveys}), then goes to the {@link SurveyResultSink} under the call's id (the request parameter
 * {@code call}, else the channel's {@code Linkedid}). Invalid keys re-prompt twice, then the script ends politely
 * without a score.
 */
class SurveyScript implements AgiScript {

    private static final Logger log = LoggerFactory.getLogger(SurveyScript.class);
    private static final int RE_PROMPTS = 2;

    private final Surveys surveys;
    private final SurveyResultSink sink;
    private final IvrProperties properties;

    SurveyScript(Surveys surveys, SurveyResultSink sink, IvrProperties properties) {
        this.surveys = surveys;
        this.sink = sink;
        this.properties = properties;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        IvrProperties.Prompts prompts = properties.getPrompts();
        try {
            String callId = callIdOf(request, channel);
            channel.answer();
            for (int attempt = 0; attempt <= RE_PROMPTS; attempt++) {
                String key = Dtmf.read(channel, prompts.getSurveyQuestion(), properties.getDigitTimeout().toMillis(),
                        1);
                if (key.matches("[1-5]")) {
                    int score = surveys.record(callId, Integer.parseInt(key)).score();
                    log.info("survey of call {}: score {}", callId, score);
                    try {
                        sink.surveyCompleted(callId, score);
                    } catch (RuntimeException e) {
                        // The score is kept; the ticket's follow-up can still take it later.
                        log.warn("survey of call {}: applying the score failed: {}", callId, e.toString());
                    }
                    Dtmf.play(channel, prompts.getSurveyThanks());
                    channel.hangup();
                    return;
                }
                if (attempt < RE_PROMPTS) {
                    Dtmf.play(channel, prompts.getInvalid());
                }
            }
            log.info("survey of call {}: no valid answer", callId);
            Dtmf.play(channel, prompts.getSurveyGoodbye());
            channel.hangup();
        } catch (AgiHangupException e) {
            log.info("survey {}: caller hung up", request.getUniqueId());
        }
    }

    private static String callIdOf(AgiRequest request, AgiChannel channel) throws AgiException {
        String fromRequest = request.getParameter("call");
        if (fromRequest != null && fromRequest.matches("[0-9A-Za-z.\\-]{1,64}")) {
            return fromRequest;
        }
        String linkedId = channel.getFullVariable("${CHANNEL(linkedid)}");
        return linkedId == null || linkedId.isBlank() ? request.getUniqueId() : linkedId;
    }
}
