package org.hotline.console.push;

/** {@code {"type":"error","code":…,"message":…}} */
record ErrorFrame(String type, String code, String message) {

    ErrorFrame(PushErrorCode code, String message) {
        this("error", code.code(), message);
    }
}
