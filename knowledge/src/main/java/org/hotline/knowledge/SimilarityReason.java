package org.hotline.knowledge;

/** Why a ticket was reported as similar. */
public enum SimilarityReason {
    /** Same caller's phone within 30 days. */
    SAME_CALLER,
    /** Same district (and category) with highly similar text within 7 days. */
    SIMILAR_TEXT
}
