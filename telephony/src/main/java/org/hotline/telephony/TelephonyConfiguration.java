package org.hotline.telephony;

import org.apache.ibatis.annotations.Mapper;
import org.hotline.telephony.config.TelephonyProperties;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Module configuration: MyBatis mappers and the {@code hotline.telephony.*} properties. */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "org.hotline.telephony", annotationClass = Mapper.class)
@EnableConfigurationProperties(TelephonyProperties.class)
public class TelephonyConfiguration {
}
