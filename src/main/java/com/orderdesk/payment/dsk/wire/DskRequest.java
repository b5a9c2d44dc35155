package com.orderdesk.payment.dsk.wire;

import java.util.Map;

/** One call to DSK: where it goes, its form fields, and how its reply is laid out. */
public sealed interface DskRequest permits RegistrationRequest, CancelRequest {

    /** The path below the base URL, e.g. {@code /paperless/order}. */
    String path();

    /** The form fields in DSK's order (the password among them: log only {@link DskForm#masked}). */
    Map<String, String> form();

    DskReply.Layout layout();

    /**
     * Whether repeating the call after a lost reply is harmless: true for the status query and for
     * the registration (DSK answers a repeated orderid with {@code -3} and the existing
     * registration), false for cancel.
     */
    boolean safeToRepeat();

    /** A short name for logs and messages. */
    String name();
}
