package com.orderdesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;
import java.util.Set;

import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ProviderCode;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The payment hexagon's rules that module verification does not cover: the core only ever sees
 * the {@code PaymentGateway} port, no provider adapter reaches into another, and an adapter depends
 * on nothing of payment but the port and the adapter kit.
 */
class ArchitectureTests {

    private static final String[] ADAPTERS = {"com.orderdesk.payment.gmo..", "com.orderdesk.payment.dsk..",
            "com.orderdesk.payment.paygent.."};

    /** Every package below payment that is not the core's own: a provider adapter. */
    private static final Set<String> CORE = Set.of("gateway", "internal", "web");
    private static final DescribedPredicate<JavaClass> ADAPTER = DescribedPredicate.describe("a provider adapter",
            javaClass -> javaClass.getPackageName().startsWith("com.orderdesk.payment.")
                    && !CORE.contains(javaClass.getPackageName().substring("com.orderdesk.payment.".length()).split("\\.")[0]));

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

    /**
     * An adapter sees of payment only the port (with the two API types it speaks in) and the kit;
     * whatever package a new provider gets under {@code payment}, the rule applies to it.
     */
    @Test
    void adaptersDependOnNothingOfPaymentButThePortAndTheKit() {
        DescribedPredicate<JavaClass> paymentOutsideThePort = resideInAnyPackage("com.orderdesk.payment.internal..",
                "com.orderdesk.payment.web..")
                .or(resideInAPackage("com.orderdesk.payment").and(not(type(PaymentStatus.class)))
                        .and(not(type(ProviderCode.class))));
        classes().that(ADAPTER).should(new ArchCondition<>("depend on nothing of payment but the port and the kit") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .filter(dependency -> paymentOutsideThePort.test(dependency.getTargetClass()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        }).check(classes);
    }

    @Test
    void theKitKnowsNoProviderAndNoPaymentInternals() {
        noClasses().that().resideInAPackage("com.orderdesk.payment.gateway.kit..")
                .should().dependOnClassesThat(ADAPTER.or(resideInAnyPackage("com.orderdesk.payment.internal..",
                        "com.orderdesk.payment.web..")))
                .check(classes);
    }

    @Test
    void noModuleOutsidePaymentUsesAProviderAdapter() {
        noClasses().that().resideOutsideOfPackage("com.orderdesk.payment..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(classes);
    }

    /**
     * Settings are {@code @ConfigurationProperties} records (typed, defaulted once, listed by the
     * configuration processor): no {@code @Value("${orderdesk…}")} on a field, a parameter or a method.
     */
    @Test
    void noOrderDeskSettingIsReadByValue() {
        classes().should(new ArchCondition<>("read no orderdesk.* setting by @Value") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getFields().forEach(field -> report(field.getFullName(),
                        field.tryGetAnnotationOfType(Value.class), events));
                item.getCodeUnits().forEach(unit -> {
                    report(unit.getFullName(), unit.tryGetAnnotationOfType(Value.class), events);
                    unit.getParameters().forEach(parameter -> report(unit.getFullName() + " parameter "
                            + parameter.getIndex(), parameter.tryGetAnnotationOfType(Value.class), events));
                });
            }

            private void report(String where, Optional<Value> value, ConditionEvents events) {
                value.filter(annotation -> annotation.value().contains("orderdesk.")).ifPresent(annotation ->
                        events.add(SimpleConditionEvent.violated(where, where + " reads " + annotation.value()
                                + " by @Value; bind it in its area's @ConfigurationProperties record")));
            }
        }).check(classes);
    }
}
