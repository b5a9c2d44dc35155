package com.orderdesk.shared.infrastructure;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to what it refuses before the application sees it (a request line or headers over
 * {@code server.max-http-request-header-size}, a malformed URL): an RFC 9457 problem instead of
 * Tomcat's HTML page, never naming Tomcat or its version. Installed by {@link ProblemErrorPages}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status == 400 || status == 414 || status == 431
                ? "The request was refused before it reached the API: its URL or headers are too large or malformed"
                : "The request failed";
        String body = "{\"type\":\"urn:orderdesk:problem:request-rejected\",\"title\":\"Request rejected\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
