package com.orderdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * What keeps the start-up lean (docs/benchmarks.md, "Fourth pass"). With AspectJ on the classpath,
 * resilience4j registers its annotation aspects and Spring matches their pointcuts against every
 * method of every bean, reading class files through BCEL: a fifth of the start's CPU, for aspects
 * OrderDesk does not use (it calls resilience4j programmatically).
 */
class StartupFootprintTests {

    @Test
    void aspectJIsNotOnTheClasspathSoNoAnnotationAspectIsMatchedAgainstEveryBean() {
        assertThat(ClassUtils.isPresent("org.aspectj.weaver.Advice", null)).isFalse();
        assertThat(ClassUtils.isPresent("org.aspectj.lang.annotation.Aspect", null)).isFalse();
    }
}
