package com.orderdesk.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of every business refusal that reaches the API as an RFC 9457 problem response. Subclasses
 * are named as facts ({@code OrderNotFound}, {@code IllegalStatusTransition}) and choose the HTTP
 * status; the message is the problem's {@code detail}, written for the operator who reads it.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    protected ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    protected ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    /** Adds a machine-readable extension member to the problem body. */
    protected final void with(String name, Object value) {
        properties.put(name, value);
    }

    public int status() {
        return status;
    }

    /** Adds a response header (e.g. {@code Retry-After} of a 429). */
    protected final void header(String name, String value) {
        headers.put(name, value);
    }

    /** Short slug that becomes the problem type URI ({@code urn:orderdesk:problem:<type>}). */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
