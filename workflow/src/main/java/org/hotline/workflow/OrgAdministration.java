package org.hotline.workflow;

import java.util.Set;

/**
 * Changes to the dispatch catalogue (departments, categories, districts): add, rename, retire. Every change is
 * recorded in the catalogue's audit trail with the administrator's name. A retired entry disappears from the lists
 * of {@link OrgDirectory} (so pickers no longer offer it) but stays resolvable by code, so tickets, rules and
 * users that name it keep working. Changes reach this node's directory at once, other nodes within a minute.
 * ADMIN only; thread-safe.
 */
public interface OrgAdministration {

    /**
     * @throws ActionNotPermittedException when the actor is not an ADMIN
     * @throws InvalidTicketException      when a field is malformed or the code is taken
     * @throws UnknownReferenceException   when the parent or district does not exist
     */
    Department addDepartment(Department department, Actor actor);

    /** As {@link #addDepartment}; the default department must exist. */
    Category addCategory(Category category, Actor actor);

    /** As {@link #addDepartment}; a parent district must exist. */
    District addDistrict(District district, Actor actor);

    /**
     * @param name the new name, 1..100 characters
     * @throws UnknownReferenceException when there is no such entry
     */
    void rename(OrgKind kind, String code, String name, Actor actor);

    /**
     * Retires the entry; retiring a retired entry changes nothing.
     *
     * @throws UnknownReferenceException when there is no such entry
     */
    void retire(OrgKind kind, String code, Actor actor);

    /** @return the codes of the retired entries of that kind */
    Set<String> retired(OrgKind kind);
}
