package org.hotline.workflow;

/**
 * A request category; two levels, tickets use leaves.
 *
 * @param code                  {@code C01} (top) or {@code C0101} (leaf)
 * @param name                  Chinese name
 * @param parentCode            top-level code for leaves, null for top level
 * @param defaultDepartmentCode department used when no routing rule matches
 * @param handlingDays          category's handling time limit in working days (used when stricter than the type's)
 * @param description           what belongs here
 */
public record Category(String code, String name, String parentCode, String defaultDepartmentCode, int handlingDays,
        String description) {
}
