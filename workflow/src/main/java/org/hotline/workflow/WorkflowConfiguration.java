package org.hotline.workflow;

import org.apache.ibatis.annotations.Mapper;
import org.hotline.workflow.analytics.SurgeProperties;
import org.hotline.workflow.escalation.EscalationProperties;
import org.hotline.workflow.seed.SeedProperties;
import org.hotline.workflow.sla.SlaProperties;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Registers the module's MyBatis mappers and configuration properties, and runs its scheduled work. */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "org.hotline.workflow", annotationClass = Mapper.class)
@EnableConfigurationProperties({SlaProperties.class, SeedProperties.class, EscalationProperties.class,
        SurgeProperties.class})
@EnableScheduling
class WorkflowConfiguration {
}
