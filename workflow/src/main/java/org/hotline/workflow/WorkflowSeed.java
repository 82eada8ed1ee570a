package org.hotline.workflow;

/**
 * The workflow module's start-up data, seeded once by the application at start, before anything reads the
 * catalogue: the working calendar, then districts, departments and categories, then the routing rules (which name
 * them) and the routing decision deployed from them. The sample city is seeded only when
 * {@code hotline.seed.sample-city} is on; the decision is always deployed. Idempotent.
 */
public interface WorkflowSeed {

    /**
     * Seeds what is missing and deploys the routing decision if its rules changed.
     *
     * @throws java.io.UncheckedIOException when the sample data cannot be read
     */
    void seed();
}
