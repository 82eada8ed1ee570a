package org.hotline.workflow.org;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hotline.workflow.Category;
import org.hotline.workflow.Department;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.District;
import org.hotline.workflow.DistrictLevel;
import org.hotline.workflow.seed.CsvFile;
import org.hotline.workflow.seed.SeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds districts, departments and categories from {@code ${hotline.seed.location}taxonomy/*.csv} when
 * {@code hotline.seed.sample-city} is on. Idempotent: only codes missing from the tables are inserted.
 */
@Component
public class OrgSeeder {
    private static final Logger log = LoggerFactory.getLogger(OrgSeeder.class);

    private final SeedProperties properties;
    private final ResourceLoader resources;
    private final OrgMapper mapper;
    private final CachedOrgDirectory directory;

    OrgSeeder(SeedProperties properties, ResourceLoader resources, OrgMapper mapper, CachedOrgDirectory directory) {
        this.properties = properties;
        this.resources = resources;
        this.mapper = mapper;
        this.directory = directory;
    }

    /** Seeds when {@code hotline.seed.sample-city} is on; called by {@link org.hotline.workflow.seed.WorkflowSeeder}. */
    @Transactional
    public void run() {
        if (properties.isSampleCity()) {
            seed();
        }
    }

    /** @return the number of rows inserted */
    @Transactional
    public int seed() {
        int inserted = 0;
        Set<String> districts = new HashSet<>();
        mapper.findDistricts().forEach(d -> districts.add(d.code()));
        for (Map<String, String> row : rows("districts.csv")) {
            if (districts.add(row.get("code"))) {
                mapper.insertDistrict(new District(row.get("code"), row.get("name"), row.get("parent_code"),
                        DistrictLevel.fromJson(row.get("level"))));
                inserted++;
            }
        }
        Set<String> departments = new HashSet<>();
        mapper.findDepartments().forEach(d -> departments.add(d.code()));
        for (Map<String, String> row : rows("departments.csv")) {
            if (departments.add(row.get("code"))) {
                mapper.insertDepartment(new Department(row.get("code"), row.get("name"),
                        DepartmentKind.fromJson(row.get("kind")), row.get("parent_code"), row.get("district_code"),
                        Boolean.parseBoolean(row.get("hotline_window"))));
                inserted++;
            }
        }
        Set<String> categories = new HashSet<>();
        mapper.findCategories().forEach(c -> categories.add(c.code()));
        for (Map<String, String> row : rows("categories.csv")) {
            if (categories.add(row.get("code"))) {
                mapper.insertCategory(new Category(row.get("code"), row.get("name"), row.get("parent_code"),
                        row.get("default_department_code"), Integer.parseInt(row.get("handling_days")),
                        row.get("description")));
                inserted++;
            }
        }
        directory.invalidate();
        log.info("org directory seeded: {} rows added", inserted);
        return inserted;
    }

    private java.util.List<Map<String, String>> rows(String file) {
        return CsvFile.read(resources.getResource(properties.getLocation() + "taxonomy/" + file));
    }
}
