package org.hotline.console;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;

/** Registers the console users mapper; the push hub and the modules register their own mappers. */
@Configuration
@MapperScan(basePackages = "org.hotline.console.security", annotationClass = Mapper.class)
class ConsolePersistenceConfiguration {
}
