package org.hotline.console;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The application scans {@code org.hotline}; on the test classpath that package also holds the slim test
 * applications of single modules (the push hub's, the telephony test-jar's). They are not part of the
 * application: this keeps component scanning away from them in every test context of this module.
 */
public class ExcludeTestApplicationsCustomizerFactory implements ContextCustomizerFactory {

    /** The same exclusion for an application started outside the test framework (the benchmarks). */
    public static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
        return context -> context.getBeanFactory().registerSingleton(ExcludeTestApplications.class.getName(),
            new ExcludeTestApplications());
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().registerSingleton(ExcludeTestApplications.class.getName(),
                new ExcludeTestApplications());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    static final class ExcludeTestApplications extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getClassMetadata().getClassName().matches(".*TestApplication(\\$.*)?");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestApplications;
        }

        @Override
        public int hashCode() {
            return ExcludeTestApplications.class.hashCode();
        }
    }
}
