package com.orderdesk.shared;

import org.jspecify.annotations.Nullable;

/**
 * The audit log as any module writes to it: who changed what, when, and the state before and
 * after as short text. Implemented by the access module, which owns the log and lets ADMINs read
 * it; declared here so that modules below access (payment's provider settings and methods) can
 * write to it without depending on access. An entry is written in the caller's transaction, so a
 * change and its entry are committed or rolled back together. The actor is {@link CurrentActor}.
 */
public interface AuditTrail {

    /** What stands in for a secret value: the clear value of a credential never reaches the log. */
    String MASKED = "****";

    /**
     * Records one change.
     *
     * @param subjectType the kind of thing changed ({@code provider-settings}, {@code payment-method}, …)
     * @param subject which one (a provider slug, a method code, …)
     * @param action what happened ({@code created}, {@code changed}, {@code disabled}, …)
     * @param before the state before, null for a creation; secrets as {@link #MASKED}
     * @param after the state after; secrets as {@link #MASKED}
     */
    void record(String subjectType, String subject, String action, @Nullable String before, @Nullable String after);
}
