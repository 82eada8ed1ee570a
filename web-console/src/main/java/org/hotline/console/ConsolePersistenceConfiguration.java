package org.hotline.console;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;

/** Registers the web-console's own MyBatis mappers (users, push messages); the modules register theirs. */
@Configuration
@MapperScan(basePackages = "org.hotline.console", annotationClass = Mapper.class)
class ConsolePersistenceConfiguration {
}
