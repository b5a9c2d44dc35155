package com.orderdesk.payment.gateway.kit;

import com.orderdesk.payment.gateway.NotificationReceiver.Acknowledgement;
import com.orderdesk.payment.gateway.NotificationReceiver.Answer;

/**
 * The acknowledgements of a provider that reads a literal body (GMO {@code 0}/{@code 1}, DSK
 * {@code <SENBDATA>STATUS=800</SENBDATA>}): accepted → 200 with the accepted body; not from the
 * provider → 403, unreadable → 400, both with the refused body; not stored → the status the
 * provider's documentation asks for (GMO reads only the body, so 200; DSK resends on a 5xx) with the
 * refused body, so the provider sends it again.
 *
 * @param contentType the answer's content type
 * @param acceptedBody the body that means "received, stop sending"
 * @param refusedBody the body that means "not received"
 * @param notStoredStatus the HTTP status when storing failed
 */
public record LiteralAcknowledgements(String contentType, String acceptedBody, String refusedBody,
        int notStoredStatus) {

    public Acknowledgement answer(Answer answer) {
        return switch (answer) {
            case ACCEPTED -> new Acknowledgement(200, contentType, acceptedBody);
            case UNAUTHENTICATED -> new Acknowledgement(403, contentType, refusedBody);
            case UNREADABLE -> new Acknowledgement(400, contentType, refusedBody);
            case NOT_STORED -> new Acknowledgement(notStoredStatus, contentType, refusedBody);
        };
    }
}
