package org.hotline.workflow.routing;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.hotline.workflow.RoutingRule;

@Mapper
interface RoutingRuleMapper {
    List<RoutingRule> findAll();

    int countAll();

    int update(@Param("rule") RoutingRule rule, @Param("urgencyScope") String urgencyScope,
            @Param("now") Instant now);

    int insert(@Param("rule") RoutingRule rule, @Param("urgencyScope") String urgencyScope,
            @Param("now") Instant now);

    int delete(@Param("categoryCode") String categoryCode, @Param("districtCode") String districtCode,
            @Param("urgencyScope") String urgencyScope);
}
