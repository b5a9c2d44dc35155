package com.orderdesk.shared;

/**
 * A change that must be conditional came without {@code If-Match} (428, RFC 6585 §3), so that a
 * client cannot overwrite an edit it never saw.
 */
public class PreconditionRequired extends ProblemException {

    public PreconditionRequired(String resource) {
        super(428, "precondition-required", "If-Match required",
                "Send the " + resource + "'s ETag (from GET) as If-Match, so that a change made meanwhile is not overwritten",
                java.util.List.of(new FieldError("If-Match", "required")));
    }
}
