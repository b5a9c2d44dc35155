package com.orderdesk.payment.web;

import java.time.Duration;

import com.orderdesk.shared.ProblemException;

/** A source whose webhook requests were refused too often in the current window (429, Retry-After). */
class TooManyRejectedNotices extends ProblemException {

    TooManyRejectedNotices(String source, Duration window) {
        super(429, "too-many-rejected-notifications", "Too many refused notifications",
                "Too many webhook requests from " + source + " were refused; try again after " + window.toSeconds()
                        + " seconds");
        header("Retry-After", String.valueOf(window.toSeconds()));
    }
}
