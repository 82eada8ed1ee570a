package org.hotline.workflow.ticket;

/** Small text helpers of the audit trail. */
final class Texts {
    private Texts() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return {@code first}, followed by {@code "; " + second} when there is a second part */
    static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + "; " + second;
    }
}
