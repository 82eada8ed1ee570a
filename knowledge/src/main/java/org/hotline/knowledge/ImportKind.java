package org.hotline.knowledge;

/** What an import file contains. */
public enum ImportKind {
    /** Question-and-answer entries. */
    QA,
    /** Policy documents. */
    POLICY
}
