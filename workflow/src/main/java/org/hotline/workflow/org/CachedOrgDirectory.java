package org.hotline.workflow.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hotline.workflow.Category;
import org.hotline.workflow.Department;
import org.hotline.workflow.District;
import org.hotline.workflow.OrgDirectory;
import org.hotline.workflow.OrgKind;
import org.springframework.stereotype.Service;

/**
 * The directory backed by the org tables. Every registration validates its references, so the (small, rarely
 * changed) tables are held in memory and reloaded after a minute, after seeding or after a catalogue change on
 * this node. Retired entries stay resolvable by code but are left out of the lists.
 */
@Service
class CachedOrgDirectory implements OrgDirectory {
    private static final long CACHE_MILLIS = 60_000;

    private final OrgMapper mapper;
    private volatile Snapshot snapshot;

    CachedOrgDirectory(OrgMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Department> departments() {
        Snapshot current = snapshot();
        return current.departments.values().stream().filter(d -> !current.retired.contains("d:" + d.code())).toList();
    }

    @Override
    public Optional<Department> department(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().departments.get(code));
    }

    @Override
    public List<Category> categories() {
        Snapshot current = snapshot();
        return current.categories.values().stream().filter(c -> !current.retired.contains("c:" + c.code())).toList();
    }

    @Override
    public Optional<Category> category(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().categories.get(code));
    }

    @Override
    public List<District> districts() {
        Snapshot current = snapshot();
        return current.districts.values().stream().filter(d -> !current.retired.contains("s:" + d.code())).toList();
    }

    @Override
    public Optional<District> district(String code) {
        return Optional.ofNullable(code == null ? null : snapshot().districts.get(code));
    }

    void invalidate() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        long now = System.currentTimeMillis();
        if (current == null || now - current.loadedAt > CACHE_MILLIS) {
            current = new Snapshot(index(mapper.findDepartments(), Department::code),
                    index(mapper.findCategories(), Category::code), index(mapper.findDistricts(), District::code),
                    retired(), now);
            snapshot = current;
        }
        return current;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(key.apply(item), item);
        }
        return map;
    }

    /** Retired entries as {@code d:}, {@code c:} or {@code s:} plus the code: hidden from the lists only. */
    private Set<String> retired() {
        Set<String> retired = new HashSet<>();
        mapper.findRetired(OrgKind.DEPARTMENT).forEach(code -> retired.add("d:" + code));
        mapper.findRetired(OrgKind.CATEGORY).forEach(code -> retired.add("c:" + code));
        mapper.findRetired(OrgKind.DISTRICT).forEach(code -> retired.add("s:" + code));
        return retired;
    }

    private record Snapshot(Map<String, Department> departments, Map<String, Category> categories,
            Map<String, District> districts, Set<String> retired, long loadedAt) {
    }
}
