package org.hotline.telephony;

import org.apache.ibatis.annotations.Mapper;
import org.hotline.telephony.config.TelephonyProperties;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Module configuration: MyBatis mappers, the {@code hotline.telephony.*} properties and scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "org.hotline.telephony", annotationClass = Mapper.class)
@EnableConfigurationProperties(TelephonyProperties.class)
@EnableScheduling
public class TelephonyConfiguration {
}
