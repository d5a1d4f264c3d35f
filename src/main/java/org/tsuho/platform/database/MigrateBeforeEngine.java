package org.tsuho.platform.database;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway must see an empty schema on first start, so our migrations run before the process engine creates
 * its own tables. The engine's beans are made to depend on the Flyway initializer.
 */
@Component
class MigrateBeforeEngine implements BeanFactoryPostProcessor {

    private static final String FLYWAY = "flywayInitializer";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY)) {
            return;
        }
        for (String name : beanFactory.getBeanDefinitionNames()) {
            if (!name.toLowerCase().contains("processengine")) {
                continue;
            }
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
            definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY)).distinct().toArray(String[]::new));
        }
    }
}
