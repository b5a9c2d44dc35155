package com.orderdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an operator reads in the logs: nothing from idle schedulers, and JSON lines that carry the request id. */
class LogsIntegrationTests extends IntegrationTestSupport {

    @Autowired
    List<ScheduledTaskHolder> schedulers;

    /**
     * Every periodic job of the app (each {@code @Scheduled} method and each task a
     * {@code SchedulingConfigurer} registers) runs several passes on an empty database, as it would
     * minute after minute at night, while the real schedulers keep running too: nothing is logged at
     * INFO or above, so an idle server's log stays empty.
     */
    @Test
    void idleSchedulersWriteNothingAtInfoOrAbove() throws InterruptedException {
        Set<ScheduledTask> tasks = schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .collect(Collectors.toSet());
        assertThat(tasks).as("the app's periodic jobs").hasSizeGreaterThanOrEqualTo(15);

        List<ILoggingEvent> logged = captured(() -> {
            for (int pass = 0; pass < 3; pass++) {
                tasks.forEach(task -> task.getTask().getRunnable().run());
            }
            pause(Duration.ofSeconds(3));
            return null;
        });

        assertThat(logged).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .extracting(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                .isEmpty();
    }

    /**
     * The README's JSON logs: {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} (or {@code logstash})
     * makes Spring Boot write the console through its {@link StructuredLogEncoder} in that format. A
     * line written while a request is handled (here a refused sign-in) is one JSON object with the
     * request's id, the one answered as {@code X-Request-Id}, as its {@code requestId} field.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ecs", "logstash"})
    void theDocumentedJsonFormatsCarryTheRequestId(String format) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(console);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        String requestId;
        try {
            Response refused = api.withBasic("nobody-" + format, "wrong-password").get("/api/admin/orders");
            assertThat(refused.status()).isEqualTo(401);
            requestId = refused.header("X-Request-Id");
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }

        List<JsonNode> lines = console.toString(StandardCharsets.UTF_8).lines().map(JsonMapper.shared()::readTree)
                .toList();
        assertThat(lines).as("every line one JSON object").isNotEmpty().allMatch(JsonNode::isObject);
        assertThat(lines).filteredOn(line -> line.toString().contains("Failed sign-in of 'nobody-" + format + "'"))
                .singleElement()
                .satisfies(line -> assertThat(line.path("requestId").asString()).isNotBlank().isEqualTo(requestId));
    }

    private static List<ILoggingEvent> captured(Supplier<Void> action) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            action.get();
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }
        return new ArrayList<>(appender.list);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
