package org.hotline.knowledge;

/** No knowledge-base entry (or version) has the requested id. The web layer maps it to 404. */
public class KbEntryNotFoundException extends KnowledgeException {

    private final String entryId;

    public KbEntryNotFoundException(String entryId) {
        super("no knowledge-base entry " + entryId);
        this.entryId = entryId;
    }

    public String entryId() {
        return entryId;
    }
}
