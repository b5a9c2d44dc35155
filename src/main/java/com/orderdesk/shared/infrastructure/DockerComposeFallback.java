package com.orderdesk.shared.infrastructure;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Turns Spring Boot's Docker Compose support off when no Docker engine answers, so that
 * {@code ./mvnw spring-boot:run} falls back to the PostgreSQL at {@code ORDERDESK_DB_URL} instead of
 * failing start-up. Machines with a {@code docker} client but no engine are the reason: Boot's own
 * support finds the client and then fails on the missing daemon.
 */
class DockerComposeFallback implements EnvironmentPostProcessor {

    static final String ENABLED_PROPERTY = "spring.docker.compose.enabled";
    private static final String COMPOSE_SUPPORT_CLASS =
            "org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties";

    private final Log log;
    private final DockerEngineProbe probe;

    public DockerComposeFallback(DeferredLogFactory logFactory) {
        this(logFactory.getLog(DockerComposeFallback.class), DockerComposeFallback::dockerEngineAnswers);
    }

    DockerComposeFallback(Log log, DockerEngineProbe probe) {
        this.log = log;
        this.probe = probe;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(ENABLED_PROPERTY)
                || !ClassUtils.isPresent(COMPOSE_SUPPORT_CLASS, getClass().getClassLoader())) {
            return; // explicitly decided, or compose support not on the classpath (packaged jar)
        }
        if (!probe.engineAnswers()) {
            log.info("No Docker engine answers: Docker Compose support is off, using the database at "
                    + environment.getProperty("spring.datasource.url"));
            environment.getPropertySources().addFirst(
                    new MapPropertySource("orderdesk-docker-fallback", Map.of(ENABLED_PROPERTY, "false")));
        }
    }

    static boolean dockerEngineAnswers() {
        try {
            Process process = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException ex) {
            return false; // no docker client at all
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a Docker engine answers; a seam for tests. */
    @FunctionalInterface
    interface DockerEngineProbe {
        boolean engineAnswers();
    }
}
