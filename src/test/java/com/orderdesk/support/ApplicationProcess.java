package com.orderdesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.orderdesk.OrderDeskApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * OrderDesk in a JVM of its own on a given database, for tests about what survives the process:
 * {@link #kill()} ends it like a power cut ({@code SIGKILL}: no shutdown hook, no listener finishes,
 * no transaction commits), and another one started on the same database is the restarted server.
 * It runs the test classpath, so the test configuration applies (bootstrap admin password, loopback
 * webhook targets), on a free loopback port. Its output goes to {@code target/application-processes}.
 */
public final class ApplicationProcess implements AutoCloseable {

    /** Four minutes; longer with {@code -Dorderdesk.application-process.start-timeout=PT10M} on a crowded machine. */
    private static final Duration START_TIMEOUT = Duration.parse(
            System.getProperty("orderdesk.application-process.start-timeout", "PT4M"));
    private static final String ADMIN_PASSWORD = "bootstrap-admin-secret";

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application and returns once it is ready (readiness UP). */
    public static ApplicationProcess start(String name, JdbcConnectionDetails database, Map<String, String> properties)
            throws IOException, InterruptedException {
        int port = freePort();
        Path logs = Files.createDirectories(Path.of("target", "application-processes"));
        Path log = logs.resolve(name + "-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                OrderDeskApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ApplicationProcess application = new ApplicationProcess(process, port, log);
        application.awaitReady();
        return application;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A request as the bootstrap ADMIN (HTTP Basic); JSON in and out. */
    public HttpResponse<String> asAdmin(String method, String path, String jsonBody) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, jsonBody.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Ends the process at once, as a crash or power cut would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process (also after a failed test); a process killed already is left as it is. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application process ended (exit " + process.exitValue()
                        + ") before it was ready:\n" + tail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The application process was not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
