package org.tsuho.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application under the {@code keycloak} profile against the one real Keycloak of the run
 * ({@link KeycloakServer}), on its own embedded PostgreSQL. Every test class using exactly this annotation
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tsuho.embedded-database.data-directory=target/test-postgres-keycloak")
@ActiveProfiles({"test", "keycloak"})
@ContextConfiguration(initializers = KeycloakProperties.class)
public @interface TsuhoKeycloakTest {
}
