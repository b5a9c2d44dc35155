package com.orderdesk.shipping.internal.b2;

import java.util.List;

import com.orderdesk.shared.FieldError;
import com.orderdesk.shared.InvalidInput;

/** A B2 file that cannot be read at all (wrong encoding, missing columns, no rows); nothing was applied. */
public class B2FileRejected extends InvalidInput {

    B2FileRejected(String message) {
        super(List.of(new FieldError("file", message)));
    }

    B2FileRejected(List<FieldError> errors) {
        super(errors);
    }
}
