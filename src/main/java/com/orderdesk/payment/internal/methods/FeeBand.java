package com.orderdesk.payment.internal.methods;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.springframework.modulith.NamedInterface;

/** From {@code fromAmount} yen (inclusive) up to the next band's start, the fee is {@code fee} yen. */
@NamedInterface("payment-methods")
@Embeddable
public record FeeBand(
        @Column(name = "from_amount", nullable = false) long fromAmount,
        @Column(name = "fee", nullable = false) long fee) {
}
