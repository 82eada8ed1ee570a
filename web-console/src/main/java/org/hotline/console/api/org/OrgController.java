package org.hotline.console.api.org;

import java.util.List;

import org.hotline.workflow.Category;
import org.hotline.workflow.Department;
import org.hotline.workflow.District;
import org.hotline.workflow.OrgDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dispatch catalogue: departments, categories and districts, readable by every logged-in role. */
@RestController
@RequestMapping("/api")
class OrgController {

    private final OrgDirectory org;

    OrgController(OrgDirectory org) {
        this.org = org;
    }

    @GetMapping("/departments")
    List<Department> departments() {
        return org.departments();
    }

    @GetMapping("/categories")
    List<Category> categories() {
        return org.categories();
    }

    @GetMapping("/districts")
    List<District> districts() {
        return org.districts();
    }
}
