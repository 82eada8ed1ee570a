package org.hotline.knowledge;

import java.util.List;

/**
 * Suggests a ticket's category from its text. Trained at start from the sample city's labelled tickets and every
 * example given to {@link #learn}; learned examples are stored so a restart keeps them. Thread-safe.
 */
public interface TicketClassifier {

    /**
     * @param text the citizen's request; blank gives an empty list; truncated to 2000 characters
     * @return up to three categories, best first, scores in (0, 1] summing to at most 1
     */
    List<CategoryScore> classify(String text);

    /**
     * Adds a labelled example (e.g. a closed ticket's final category) to the model and stores it.
     *
     * @param text         ticket text, 1–2000 characters after trimming
     * @param categoryCode leaf category code such as {@code C0101}
     * @throws InvalidKbEntryException when text or category is malformed
     */
    void learn(String text, String categoryCode);
}
