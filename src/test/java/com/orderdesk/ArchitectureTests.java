package com.orderdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The payment hexagon's rules that module verification does not cover: the core only ever sees
 * the {@code PaymentGateway} port, and no provider adapter reaches into another.
 */
class ArchitectureTests {

    private static final String[] ADAPTERS = {"com.orderdesk.payment.gmo..", "com.orderdesk.payment.dsk.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.orderdesk");

    @Test
    void thePaymentCoreDependsOnNoProviderAdapter() {
        noClasses().that().resideInAnyPackage("com.orderdesk.payment", "com.orderdesk.payment.internal..",
                        "com.orderdesk.payment.web..", "com.orderdesk.payment.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(classes);
    }

    @Test
    void providerAdaptersAreIndependentOfEachOther() {
        for (String adapter : ADAPTERS) {
            String[] others = java.util.Arrays.stream(ADAPTERS).filter(other -> !other.equals(adapter)).toArray(String[]::new);
            noClasses().that().resideInAPackage(adapter)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
        }
    }

    @Test
    void noModuleOutsidePaymentUsesAProviderAdapter() {
        noClasses().that().resideOutsideOfPackage("com.orderdesk.payment..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(classes);
    }
}
