package org.hotline.console.api.channel;

import org.springframework.http.HttpStatus;

/** An inbound channel request refused before anything was stored: too large, not UTF-8, not JSON or XML. */
public class ChannelRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ChannelRequestException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
