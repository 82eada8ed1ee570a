package org.hotline.telephony.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.hotline.telephony.CitizenIdentity;
import org.hotline.telephony.IdentityKind;
import org.hotline.telephony.SmsSurveyReplies;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DbSmsSurveyReplies implements SmsSurveyReplies {

    private final SurveyReplyMapper mapper;
    private final Duration window;

    DbSmsSurveyReplies(SurveyReplyMapper mapper, ChannelProperties properties) {
        this.mapper = mapper;
        this.window = properties.getSms().getSurveyWindow();
    }

    @Override
    public Optional<String> openSurvey(CitizenIdentity phone) {
        if (phone == null || phone.kind() != IdentityKind.PHONE) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.openSurvey(phone.value(), Instant.now().minus(window)));
    }

    @Override
    @Transactional
    public boolean record(String messageId, CitizenIdentity phone, String ticketNo, int score) {
        if (messageId == null || messageId.isBlank() || messageId.length() > 64 || score < 1 || score > 5
                || phone.kind() != IdentityKind.PHONE || ticketNo == null || ticketNo.length() > 32) {
            throw new IllegalArgumentException("message id 1..64, a phone, a ticket and a score 1..5 are required");
        }
        try {
            return mapper.insert(messageId, phone.value(), ticketNo, score, Instant.now()) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<String> answeredBy(String messageId) {
        return messageId == null ? Optional.empty() : Optional.ofNullable(mapper.ticketOf(messageId));
    }
}
