package org.hotline.knowledge.bench;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The naive search the benchmark compares against: a substring scan of the entry table. */
@Mapper
interface LikeBaselineMapper {

    List<String> search(@Param("keyword") String keyword, @Param("limit") int limit);
}
