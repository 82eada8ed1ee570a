package org.hotline.knowledge;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the knowledge module's mappers and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
@MapperScan(basePackages = "org.hotline.knowledge", annotationClass = Mapper.class)
public class KnowledgeConfiguration {
}
