package org.hotline.knowledge;

/**
 * An import file was refused as a whole (too large, too many rows, unreadable), before any row was written.
 * The web layer maps it to 400 (or 413 for size).
 */
public class ImportRejectedException extends KnowledgeException {

    private final boolean tooLarge;

    public ImportRejectedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
