package org.hotline.console.push;

/** {@code {"type":"resumed","after":…,"through":…,"count":…,"complete":…}} marks the end of a catch-up. */
record ResumedFrame(String type, long after, long through, int count, boolean complete) {

    ResumedFrame(long after, long through, int count, boolean complete) {
        this("resumed", after, through, count, complete);
    }
}
