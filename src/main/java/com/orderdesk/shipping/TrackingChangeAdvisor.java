package com.orderdesk.shipping;

import java.util.List;

/**
 * Extension point for modules above shipping (payment) that know when a tracking-number change
 * needs the operator's attention: for example, once a Kuroneko atobarai payment is captured, Yamato
 * is not told of a changed number, and the operator must change it on Yamato's screen as well (as
 * the Welcart manual warns). Shipping cannot depend on payment, so payment implements this.
 * Every bean is asked, inside the change's transaction; the warnings are returned to the operator
 * and written to the order's history. Implementations must not change state or throw for a warning.
 */
public interface TrackingChangeAdvisor {

    /** Warnings for the operator about this change; empty when none. Never null. */
    List<String> adviseOn(TrackingChange change);
}
