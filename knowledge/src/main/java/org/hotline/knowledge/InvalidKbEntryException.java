package org.hotline.knowledge;

import java.util.List;

/** Input to the knowledge base failed validation; lists every problem found. The web layer maps it to 400. */
public class InvalidKbEntryException extends KnowledgeException {

    private final List<String> problems;

    public InvalidKbEntryException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
