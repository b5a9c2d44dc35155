package com.orderdesk.shared;

import java.util.List;

/**
 * A syntactically valid request that the business rules cannot carry out (422), such as an order
 * whose total would fall below zero.
 */
public class UnprocessableRequest extends ProblemException {

    public UnprocessableRequest(String type, String detail, List<FieldError> errors) {
        super(422, type, "Request cannot be processed", detail, errors);
    }
}
