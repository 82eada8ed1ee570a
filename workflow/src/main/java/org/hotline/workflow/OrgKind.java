package org.hotline.workflow;

/** The three kinds of dispatch-catalogue entries. */
public enum OrgKind {
    DEPARTMENT, CATEGORY, DISTRICT;

    /** @return the lower-case word used in the catalogue's audit trail and in errors */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
