package org.hotline.workflow.org;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hotline.workflow.ActionNotPermittedException;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Category;
import org.hotline.workflow.Code;
import org.hotline.workflow.Department;
import org.hotline.workflow.District;
import org.hotline.workflow.InvalidTicketException;
import org.hotline.workflow.OrgAdministration;
import org.hotline.workflow.OrgKind;
import org.hotline.workflow.UnknownReferenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Catalogue changes through the org tables, each with its audit row in the same transaction. */
@Service
class OrgAdministrationService implements OrgAdministration {

    private static final Logger log = LoggerFactory.getLogger(OrgAdministrationService.class);
    private static final int MAX_NAME = 100;

    private final OrgMapper mapper;
    private final CachedOrgDirectory directory;

    OrgAdministrationService(OrgMapper mapper, CachedOrgDirectory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    @Override
    @Transactional
    public Department addDepartment(Department department, Actor actor) {
        admin(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, department.code(), department.name());
        if (department.kind() == null) {
            errors.put("kind", "required");
        }
        if (department.districtCode() == null || department.districtCode().isBlank()) {
            errors.put("districtCode", "required");
        }
        throwIf(errors);
        exists(directory.district(department.districtCode()), "district", department.districtCode());
        if (department.parentCode() != null) {
            exists(directory.department(department.parentCode()), "department", department.parentCode());
        }
        Department added = new Department(department.code(), department.name().strip(), department.kind(),
            department.parentCode(), department.districtCode(), department.hotlineWindow());
        insert(() -> mapper.insertDepartment(added));
        return audited(OrgKind.DEPARTMENT, added.code(), "add", null, added.name(), actor, added);
    }

    @Override
    @Transactional
    public Category addCategory(Category category, Actor actor) {
        admin(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, category.code(), category.name());
        if (category.handlingDays() < 1 || category.handlingDays() > 365) {
            errors.put("handlingDays", "must be 1..365");
        }
        if (category.description() != null && category.description().length() > 500) {
            errors.put("description", "at most 500 characters");
        }
        throwIf(errors);
        if (category.parentCode() != null) {
            exists(directory.category(category.parentCode()), "category", category.parentCode());
        }
        if (category.defaultDepartmentCode() != null) {
            exists(directory.department(category.defaultDepartmentCode()), "department",
                category.defaultDepartmentCode());
        }
        Category added = new Category(category.code(), category.name().strip(), category.parentCode(),
            category.defaultDepartmentCode(), category.handlingDays(), category.description());
        insert(() -> mapper.insertCategory(added));
        return audited(OrgKind.CATEGORY, added.code(), "add", null, added.name(), actor, added);
    }

    @Override
    @Transactional
    public District addDistrict(District district, Actor actor) {
        admin(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, district.code(), district.name());
        if (district.level() == null) {
            errors.put("level", "required");
        }
        throwIf(errors);
        if (district.parentCode() != null) {
            exists(directory.district(district.parentCode()), "district", district.parentCode());
        }
        District added = new District(district.code(), district.name().strip(), district.parentCode(),
            district.level());
        insert(() -> mapper.insertDistrict(added));
        return audited(OrgKind.DISTRICT, added.code(), "add", null, added.name(), actor, added);
    }

    @Override
    @Transactional
    public void rename(OrgKind kind, String code, String name, Actor actor) {
        admin(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            errors.put("name", "1.." + MAX_NAME + " characters");
        }
        throwIf(errors);
        String old = currentName(kind, code);
        mapper.rename(kind, code, name.strip());
        audited(kind, code, "rename", old, name.strip(), actor, null);
    }

    @Override
    @Transactional
    public void retire(OrgKind kind, String code, Actor actor) {
        admin(actor);
        String name = currentName(kind, code);
        if (mapper.retire(kind, code) > 0) {
            audited(kind, code, "retire", name, null, actor, null);
        }
    }

    @Override
    public Set<String> retired(OrgKind kind) {
        return Set.copyOf(mapper.findRetired(kind));
    }

    private String currentName(OrgKind kind, String code) {
        Optional<String> name = switch (kind) {
            case DEPARTMENT -> directory.department(code).map(Department::name);
            case CATEGORY -> directory.category(code).map(Category::name);
            case DISTRICT -> directory.district(code).map(District::name);
        };
        return name.orElseThrow(() -> new UnknownReferenceException(kind.word(), String.valueOf(code)));
    }

    private <T> T audited(OrgKind kind, String code, String action, String oldValue, String newValue, Actor actor,
                          T result) {
        mapper.insertAudit(Instant.now(), actor.username(), kind.word(), code, action, oldValue, newValue);
        directory.invalidate();
        log.info("catalogue {} {} {} by {}", kind.word(), code, action, actor.username());
        return result;
    }

    private static void admin(Actor actor) {
        if (actor.role() != Actor.Role.ADMIN) {
            throw new ActionNotPermittedException("change the catalogue", actor.role());
        }
    }

    private static void check(Map<String, String> errors, String code, String name) {
        try {
            // The shape is Code's; the routing rules' wildcard names no entry.
            if (new Code(code).value().contains("*")) {
                errors.put("code", "a code of the catalogue may not contain *");
            }
        } catch (IllegalArgumentException e) {
            errors.put("code", e.getMessage());
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            errors.put("name", "1.." + MAX_NAME + " characters");
        }
    }

    private static void throwIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidTicketException(errors);
        }
    }

    private static void exists(Optional<?> found, String kind, String code) {
        if (found.isEmpty()) {
            throw new UnknownReferenceException(kind, code);
        }
    }

    private static void insert(Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            throw new InvalidTicketException(Map.of("code", "already taken"));
        }
    }
}
