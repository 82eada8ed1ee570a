package org.hotline.knowledge;

/**
 * Receives running totals during an import, after every committed batch and once at the end, on the importing
 * thread. Must not throw.
 */
@FunctionalInterface
public interface ImportProgressListener {

    /** Ignores progress. */
    ImportProgressListener NONE = progress -> { };

    void onProgress(ImportProgress progress);
}
