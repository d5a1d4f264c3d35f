package org.tsuho.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsuho.identity.Actor;

/** The description served at {@code /v3/api-docs}: api.md's contract as clients generate code from it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // Controllers take the signed-in Actor as a parameter (CurrentActorResolver); it is not part of the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI tsuhoOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tsuho API")
                        .version("v1")
                        .description("Cyber-incident reports, requests for information, task queues and cases. Errors are "
                                + "RFC 9457 application/problem+json; lists take limit (1-200) and an opaque cursor."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The embedded default's accounts"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("An access token of the Keycloak realm tsuho")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
