package org.tsuho.platform.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Under the {@code prod} profile Tsuho refuses to start with demo accounts or with a secret left at its
 * development default. It checks before any bean is created, so nothing (a database, a job executor) half-starts.
 */
@Component
@Profile("prod")
class ProductionSafeguards implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Values the project itself ships as defaults; a production secret is never one of them. */
    static final Set<String> DEFAULT_SECRETS = Set.of("tsuho-dev-secret", "demo", "postgres", "tsuho", "admin", "secret", "changeme");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start under the prod profile:\n - " + String.join("\n - ", problems));
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("tsuho.identity.demo-accounts", Boolean.class, true)) {
            problems.add("demo accounts are on; set tsuho.identity.demo-accounts=false (and sign in through Keycloak)");
        }
        if (environment.getProperty("spring.datasource.url", "").isBlank()) {
            problems.add("no database is configured; set spring.datasource.url (the embedded PostgreSQL has no password)");
        }
        checkSecret(environment, "spring.datasource.password", problems);
        if (environment.acceptsProfiles(Profiles.of("keycloak"))) {
            checkSecret(environment, "tsuho.keycloak.client-secret", problems);
        }
        return problems;
    }

    private static void checkSecret(Environment environment, String property, List<String> problems) {
        String value = environment.getProperty(property, "");
        if (value.isBlank() || DEFAULT_SECRETS.contains(value.trim().toLowerCase(Locale.ROOT))) {
            problems.add(property + " is empty or a default; give it a secret of its own");
        }
    }
}
