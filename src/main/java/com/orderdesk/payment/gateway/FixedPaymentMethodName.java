package com.orderdesk.payment.gateway;

/**
 * Optional feature of an adapter whose provider fixes the name shoppers see for its payment
 * method (the e-shops manual for Paidy, 3-4 ⑧: 「あと払い (ペイディ) で固定表示されます。※変更できません」).
 * The core gives such a method this name when the operator leaves it empty, stores it in one
 * canonical spelling, and refuses any other name naming the field {@code name}.
 */
public interface FixedPaymentMethodName {

    /** The name shoppers see, in its canonical spelling. Never null or blank. */
    String fixedMethodName();

    /** Where the rule comes from, for the operator's refusal. Never null. */
    String fixedMethodNameSource();
}
