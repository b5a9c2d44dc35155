package com.orderdesk.payment.dsk.wire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * PROPOSED {@code POST /paperless/order}: registers an order for the payment-method-selection page.
 * The field names {@code tenantid}, {@code password}, {@code orderid}, {@code amount},
 * {@code expire} (yyyyMMdd), {@code customername1/2}, {@code customertel} are the public ones of the
 * w2 package's CVS registration; {@code mail}, the path and the POST are PROPOSED. {@code conveni}
 * is left out so the shopper chooses the chain on DSK's page.
 *
 * @param orderId at most 20 of {@code [0-9A-Za-z-]}
 * @param amount 1 to 299,999 yen
 * @param expire the last day the shopper can pay (Japan date)
 * @param familyName {@code customername1}, already reduced to JIS X 0208 and 10 characters
 * @param givenName {@code customername2}, likewise
 */
public record RegistrationRequest(DskCredentials credentials, String orderId, long amount, LocalDate expire,
        String familyName, String givenName, String phone, String mail) implements DskRequest {

    private static final DateTimeFormatter EXPIRE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Override
    public String path() {
        return "/paperless/order";
    }

    @Override
    public Map<String, String> form() {
        Map<String, String> form = credentials.formFor(orderId);
        form.put("amount", Long.toString(amount));
        form.put("expire", EXPIRE.format(expire));
        form.put("customername1", familyName);
        form.put("customername2", givenName);
        form.put("customertel", phone);
        form.put("mail", mail);
        return form;
    }

    @Override
    public DskReply.Layout layout() {
        return DskReply.Layout.REGISTRATION;
    }

    @Override
    public boolean safeToRepeat() {
        return true;
    }

    @Override
    public String name() {
        return "register " + orderId;
    }
}
