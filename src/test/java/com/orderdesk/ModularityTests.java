package com.orderdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries and writes the module documentation to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OrderDeskApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void orderModuleDependsOnlyOnSharedAndCustomer() {
        assertThat(modules.getModuleByName("order")).isPresent();
        assertThat(modules.getModuleByName("order").orElseThrow()
                .getDirectDependencies(modules).uniqueModules().map(module -> module.getIdentifier().toString()))
                .allMatch(module -> module.equals("shared") || module.equals("customer"));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
