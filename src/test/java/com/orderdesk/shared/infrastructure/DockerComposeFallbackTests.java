package com.orderdesk.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DockerComposeFallbackTests {

    private final StandardEnvironment environment = new StandardEnvironment();
    private final AtomicInteger probes = new AtomicInteger();

    private DockerComposeFallback fallback(boolean engineAnswers) {
        return new DockerComposeFallback(LogFactory.getLog(getClass()), () -> {
            probes.incrementAndGet();
            return engineAnswers;
        });
    }

    @Test
    void switchesComposeSupportOffWhenNoEngineAnswers() {
        fallback(false).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(DockerComposeFallback.ENABLED_PROPERTY)).isEqualTo("false");
    }

    @Test
    void leavesComposeSupportOnWhenAnEngineAnswers() {
        fallback(true).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(DockerComposeFallback.ENABLED_PROPERTY)).isNull();
    }

    @Test
    void respectsAnExplicitSettingWithoutProbing() {
        environment.getPropertySources().addFirst(
                new MapPropertySource("explicit", Map.of(DockerComposeFallback.ENABLED_PROPERTY, "true")));

        fallback(false).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(DockerComposeFallback.ENABLED_PROPERTY)).isEqualTo("true");
        assertThat(probes).hasValue(0);
    }
}
