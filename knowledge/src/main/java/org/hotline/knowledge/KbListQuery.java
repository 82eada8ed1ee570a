package org.hotline.knowledge;

/**
 * A page request over the current versions of entries, ordered by id.
 *
 * @param categoryCode   category code or prefix ({@code C01} matches {@code C0101}); {@code null} for all
 * @param departmentCode department code; {@code null} for all
 * @param status         status filter; {@code null} for all
 * @param page           zero-based page number, at least 0
 * @param size           page size, 1–200
 */
public record KbListQuery(String categoryCode, String departmentCode, KbStatus status, int page, int size) {

    public KbListQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size must be 1..200");
        }
    }
}
