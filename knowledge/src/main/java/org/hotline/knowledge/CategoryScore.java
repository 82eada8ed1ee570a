package org.hotline.knowledge;

/**
 * @param categoryCode leaf category code
 * @param score        posterior probability estimate in (0, 1]
 */
public record CategoryScore(String categoryCode, double score) {
}
