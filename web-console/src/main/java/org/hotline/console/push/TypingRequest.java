package org.hotline.console.push;

/** One {@code typing} frame of an agent, validated. {@code category} may be null. */
record TypingRequest(long seq, String text, String category) {
}
