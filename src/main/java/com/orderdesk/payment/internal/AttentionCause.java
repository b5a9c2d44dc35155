package com.orderdesk.payment.internal;

/**
 * Why a payment is flagged for an operator. The cause decides whether money operations wait for
 * the operator, and which later provider facts settle it by themselves.
 */
enum AttentionCause {
    /**
     * The provider reports a capture, cancel or refund OrderDesk did not make (done in the
     * provider's own console): OrderDesk's ledger may be wrong, so operations wait until an
     * operator confirms what happened.
     */
    PROVIDER_DRIFT(true),
    /** Reconciliation could not learn a call's outcome; a later provider fact showing it settles it. */
    UNKNOWN_OUTCOME(false),
    /** The provider withdrew a credit approval or a review failed. */
    REVIEW(false),
    /**
     * The payment ended (cancelled alone, or a review declined it) while its order stays open: the
     * operator cancels the order or takes a new payment. Cancelling the order later settles it.
     */
    ORDER_LEFT_OPEN(false),
    /** Anything else an operator should look at (the provider could not follow an order change, …). */
    OTHER(false);

    private final boolean blocksOperations;

    AttentionCause(boolean blocksOperations) {
        this.blocksOperations = blocksOperations;
    }

    boolean blocksOperations() {
        return blocksOperations;
    }
}
