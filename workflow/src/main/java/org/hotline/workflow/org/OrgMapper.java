package org.hotline.workflow.org;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.workflow.Category;
import org.hotline.workflow.Department;
import org.hotline.workflow.District;
import org.hotline.workflow.OrgKind;

@Mapper
interface OrgMapper {
    List<Department> findDepartments();

    List<Category> findCategories();

    List<District> findDistricts();

    int insertDepartment(Department department);

    int insertCategory(Category category);

    int insertDistrict(District district);

    List<String> findRetired(@Param("kind") OrgKind kind);

    int rename(@Param("kind") OrgKind kind, @Param("code") String code, @Param("name") String name);

    int retire(@Param("kind") OrgKind kind, @Param("code") String code);

    int insertAudit(@Param("at") Instant at, @Param("actor") String actor, @Param("kind") String kind,
                    @Param("code") String code, @Param("action") String action, @Param("oldValue") String oldValue,
                    @Param("newValue") String newValue);
}
