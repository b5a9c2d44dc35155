package com.orderdesk.shared;

/**
 * One offending input field in a problem response: its JSON path (for example
 * {@code lines[0].quantity}) and why it was refused.
 */
public record FieldError(String field, String message) {
}
