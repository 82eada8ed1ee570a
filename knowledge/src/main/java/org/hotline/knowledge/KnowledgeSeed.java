package org.hotline.knowledge;

/**
 * The knowledge module's start-up data: the sample city's policy documents and Q&amp;A entries, imported when
 * {@code hotline.seed.sample-city} is on. Called once by the application at start, after the catalogue is seeded.
 * Idempotent: identical entries are left alone.
 */
public interface KnowledgeSeed {

    /** @throws java.io.UncheckedIOException when a sample file cannot be read */
    void seed();
}
