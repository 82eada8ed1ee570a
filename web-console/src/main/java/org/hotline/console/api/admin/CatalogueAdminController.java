package org.hotline.console.api.admin;

import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hotline.console.security.CurrentUsers;
import org.hotline.workflow.Actor;
import org.hotline.workflow.Category;
import org.hotline.workflow.Code;
import org.hotline.workflow.Department;
import org.hotline.workflow.DepartmentKind;
import org.hotline.workflow.District;
import org.hotline.workflow.DistrictLevel;
import org.hotline.workflow.OrgAdministration;
import org.hotline.workflow.OrgKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dispatch catalogue for administrators: add, rename and retire departments, categories and districts
 * ({@code kind} in the paths: {@code departments}, {@code categories}, {@code districts}). Every change is audited.
 * A retired entry leaves the public lists ({@code GET /api/departments} …) but stays valid where it is referenced.
 */
@RestController
@RequestMapping("/api/admin/catalogue")
@PreAuthorize("hasRole('ADMIN')")
class CatalogueAdminController {

    private final OrgAdministration catalogue;
    private final CurrentUsers currentUsers;

    CatalogueAdminController(OrgAdministration catalogue, CurrentUsers currentUsers) {
        this.catalogue = catalogue;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    Department addDepartment(@Valid @RequestBody NewDepartment request) {
        return catalogue.addDepartment(new Department(request.code(), request.name(), request.kind(),
            blankToNull(request.parentCode()), request.districtCode(), Boolean.TRUE.equals(request.hotlineWindow())),
            actor());
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    Category addCategory(@Valid @RequestBody NewCategory request) {
        return catalogue.addCategory(new Category(request.code(), request.name(), blankToNull(request.parentCode()),
            blankToNull(request.defaultDepartmentCode()), request.handlingDays(), request.description()), actor());
    }

    @PostMapping("/districts")
    @ResponseStatus(HttpStatus.CREATED)
    District addDistrict(@Valid @RequestBody NewDistrict request) {
        return catalogue.addDistrict(new District(request.code(), request.name(), blankToNull(request.parentCode()),
            request.level()), actor());
    }

    @PutMapping("/{kind}/{code}/name")
    Map<String, String> rename(@PathVariable String kind, @PathVariable String code,
                               @Valid @RequestBody Rename request) {
        catalogue.rename(kind(kind), code(code), request.name(), actor());
        return Map.of("code", code, "name", request.name().strip());
    }

    @PostMapping("/{kind}/{code}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retire(@PathVariable String kind, @PathVariable String code) {
        catalogue.retire(kind(kind), code(code), actor());
    }

    /** The retired codes of each kind, for the administration page (the public lists leave them out). */
    @GetMapping("/retired")
    Map<String, Set<String>> retired() {
        return Map.of("departments", catalogue.retired(OrgKind.DEPARTMENT),
            "categories", catalogue.retired(OrgKind.CATEGORY), "districts", catalogue.retired(OrgKind.DISTRICT));
    }

    private static OrgKind kind(String path) {
        return switch (path) {
            case "departments" -> OrgKind.DEPARTMENT;
            case "categories" -> OrgKind.CATEGORY;
            case "districts" -> OrgKind.DISTRICT;
            default -> throw new IllegalArgumentException("kind must be departments, categories or districts");
        };
    }

    /** A code in a path: {@link Code}'s shape (the catalogue's own rules apply when adding an entry). */
    private static String code(String code) {
        return new Code(code).value();
    }

    private Actor actor() {
        return new Actor(currentUsers.current().username(), Actor.Role.ADMIN, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record NewDepartment(@NotBlank String code, @NotBlank @Size(max = 100) String name,
                         @NotNull DepartmentKind kind, @Size(max = Code.MAX_LENGTH) String parentCode,
                         @NotBlank @Size(max = Code.MAX_LENGTH) String districtCode, Boolean hotlineWindow) {
    }

    record NewCategory(@NotBlank String code, @NotBlank @Size(max = 100) String name,
                       @Size(max = Code.MAX_LENGTH) String parentCode,
                       @Size(max = Code.MAX_LENGTH) String defaultDepartmentCode,
                       @Min(1) @Max(365) int handlingDays, @Size(max = 500) String description) {
    }

    record NewDistrict(@NotBlank String code, @NotBlank @Size(max = 100) String name,
                       @Size(max = Code.MAX_LENGTH) String parentCode, @NotNull DistrictLevel level) {
    }

    record Rename(@NotBlank @Size(max = 100) String name) {
    }
}
