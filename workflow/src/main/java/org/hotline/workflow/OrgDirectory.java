package org.hotline.workflow;

import java.util.List;
import java.util.Optional;

/** Read access to departments, categories and districts. Thread-safe; reads are served from the database. */
public interface OrgDirectory {

    /** @return every department ordered by code */
    List<Department> departments();

    /** @return the department, or empty when the code is unknown */
    Optional<Department> department(String code);

    /** @return every category (both levels) ordered by code */
    List<Category> categories();

    /** @return the category, or empty when the code is unknown */
    Optional<Category> category(String code);

    /** @return every district ordered by code */
    List<District> districts();

    /** @return the district, or empty when the code is unknown */
    Optional<District> district(String code);
}
