package org.hotline.workflow.org;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.hotline.workflow.Category;
import org.hotline.workflow.Department;
import org.hotline.workflow.District;

@Mapper
interface OrgMapper {
    List<Department> findDepartments();

    List<Category> findCategories();

    List<District> findDistricts();

    int insertDepartment(Department department);

    int insertCategory(Category category);

    int insertDistrict(District district);
}
