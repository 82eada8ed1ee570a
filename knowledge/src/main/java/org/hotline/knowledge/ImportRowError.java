package org.hotline.knowledge;

/**
 * @param line    1-based line number in the file where the row starts
 * @param message what is wrong, without the row's content
 */
public record ImportRowError(long line, String message) {
}
