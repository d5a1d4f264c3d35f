package org.tsuho.platform.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafeguardsTests {

    private static final String[] SOUND = {
            "tsuho.identity.demo-accounts=false",
            "spring.datasource.url=jdbc:postgresql://db:5432/tsuho",
            "spring.datasource.password=9c1f0e6b7d2a",
            "tsuho.keycloak.client-secret=5e0b1c7f44d3"};

    @Test
    void aSoundProductionConfigurationStarts() {
        runner("prod,keycloak", SOUND).run(context -> assertThat(context).hasNotFailed().hasSingleBean(ProductionSafeguards.class));
    }

    @Test
    void demoAccountsAreRefused() {
        runner("prod,keycloak", with(SOUND, "tsuho.identity.demo-accounts=true")).run(context -> assertThat(context)
                .getFailure().hasMessageContaining("Refusing to start").hasMessageContaining("demo accounts"));
    }

    @Test
    void demoAccountsAreOnUnlessTurnedOff() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/tsuho")
                .withProperty("spring.datasource.password", "9c1f0e6b7d2a");

        assertThat(ProductionSafeguards.problems(environment)).singleElement().asString().contains("demo accounts");
    }

    @Test
    void theDevelopmentClientSecretIsRefusedUnderKeycloak() {
        MockEnvironment environment = environment(with(SOUND, "tsuho.keycloak.client-secret=tsuho-dev-secret"));
        environment.setActiveProfiles("prod", "keycloak");

        assertThat(ProductionSafeguards.problems(environment)).singleElement().asString().contains("tsuho.keycloak.client-secret");
    }

    @Test
    void anEmptyOrDefaultDatabasePasswordAndTheEmbeddedDatabaseAreRefused() {
        MockEnvironment environment = new MockEnvironment().withProperty("tsuho.identity.demo-accounts", "false")
                .withProperty("spring.datasource.password", "postgres");

        assertThat(ProductionSafeguards.problems(environment)).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("spring.datasource.url"))
                .anySatisfy(problem -> assertThat(problem).contains("spring.datasource.password"));
    }

    @Test
    void withoutTheProdProfileNothingIsChecked() {
        runner("keycloak", "tsuho.identity.demo-accounts=true").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(ProductionSafeguards.class));
    }

    private static ApplicationContextRunner runner(String profiles, String... properties) {
        // Profiles as a property, so that they are active when the @Profile condition is evaluated.
        return new ApplicationContextRunner()
                .withPropertyValues("spring.profiles.active=" + profiles)
                .withPropertyValues(properties)
                .withUserConfiguration(ProductionSafeguards.class);
    }

    private static MockEnvironment environment(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (String property : properties) {
            String[] pair = property.split("=", 2);
            environment.setProperty(pair[0], pair[1]);
        }
        return environment;
    }

    private static String[] with(String[] properties, String override) {
        String key = override.substring(0, override.indexOf('='));
        return Stream.concat(
                Arrays.stream(properties).filter(p -> !p.startsWith(key + "=")),
                Stream.of(override)).toArray(String[]::new);
    }
}
