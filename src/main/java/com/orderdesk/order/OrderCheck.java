package com.orderdesk.order;

/**
 * A rule another module enforces on orders (the payment method applies to the amount and the
 * delivery method, the customer may use it, …). Every {@code OrderCheck} bean runs on the order as
 * it would be stored, when it is placed and after each edit, inside the same transaction: throwing
 * a {@link com.orderdesk.shared.ProblemException} refuses the whole command and nothing is written.
 * Implemented by the modules that depend on order, so the dependency keeps pointing at order.
 */
public interface OrderCheck {

    /**
     * @param order the order with the new content applied, never null
     * @param placing true when the order is being placed, false for an edit
     */
    void verify(Order order, boolean placing);
}
