package org.hotline.console.api.channel;

import org.hotline.console.api.ApiProblems;
import org.hotline.telephony.SignatureRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused inbound channel requests as {@code application/problem+json}. */
@RestControllerAdvice(basePackageClasses = ChannelProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChannelProblems {

    private static final Logger log = LoggerFactory.getLogger(ChannelProblems.class);

    @ExceptionHandler(SignatureRejectedException.class)
    ProblemDetail rejected(SignatureRejectedException e) {
        log.info("inbound channel request refused: {}", e.getMessage());
        return ApiProblems.problem(HttpStatus.UNAUTHORIZED, "signature-rejected",
            "The request is not signed by a registered client within the time window.");
    }

    @ExceptionHandler(ChannelRequestException.class)
    ProblemDetail refused(ChannelRequestException e) {
        return ApiProblems.problem(e.status(), e.code(), e.getMessage());
    }
}
