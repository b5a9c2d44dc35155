package com.orderdesk.payment.web;

import com.orderdesk.shared.ProblemException;

/** A webhook body over its provider's cap (413); only a summary of the request is kept. */
class NotificationTooLarge extends ProblemException {

    NotificationTooLarge(String provider, int maxBytes) {
        super(413, "notification-too-large", "Notification too large",
                provider + " notifications are at most " + maxBytes + " bytes; this body is larger and was not read");
        with("maxBytes", maxBytes);
    }
}
