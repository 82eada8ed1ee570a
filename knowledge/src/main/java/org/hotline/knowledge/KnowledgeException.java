package org.hotline.knowledge;

/** Base of the exceptions the knowledge module's API throws to its callers. */
public abstract class KnowledgeException extends RuntimeException {

    protected KnowledgeException(String message) {
        super(message);
    }
}
