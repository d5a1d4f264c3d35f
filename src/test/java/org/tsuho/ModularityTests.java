package org.tsuho;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of design.md §3 stay modules: no cycles, and no module reaches into another's sub-packages
 * ({@code web}, {@code process}, {@code persistence}); only a module's root package is its API.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(TsuhoApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        MODULES.verify();
    }

    /** Module diagrams and canvases under {@code target/spring-modulith-docs}, for docs/ to link or copy. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
