package com.orderdesk.payment.gateway;

/** One order line as deferred-payment providers print it on their invoice (tax-inclusive yen). */
public record GatewayLine(String code, String name, long unitPrice, int quantity) {
}
