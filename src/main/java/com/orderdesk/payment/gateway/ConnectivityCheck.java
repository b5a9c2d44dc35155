package com.orderdesk.payment.gateway;

import com.orderdesk.payment.ProviderCode;

/**
 * Optional feature: an adapter that can tell an operator whether OrderDesk reaches its provider
 * with the stored settings, by the cheapest harmless call its fact sheet records (a look-up of a
 * transaction that does not exist; never a call that registers, changes or bills anything). One
 * small bean per adapter; a provider without such a call has none, and the settings page says the
 * check is not available.
 */
public interface ConnectivityCheck {

    ProviderCode provider();

    /**
     * Makes the harmless call with these settings. Never throws for a provider's answer or a
     * transport failure: both are the result. Never null.
     */
    ConnectivityResult check(ProviderSettings settings);

    /**
     * What the call showed. {@code detail} is for operators: the provider's answer codes or the
     * transport failure, never a credential.
     */
    record ConnectivityResult(Outcome outcome, String detail) {

        public enum Outcome {
            /** The provider answered and did not refuse the shop's credentials. */
            CONNECTED,
            /** The provider answered that it does not know the shop or its credentials. */
            CREDENTIALS_REJECTED,
            /** No answer of the provider: connection refused, timeout, an HTTP error that is not the provider's. */
            UNREACHABLE
        }

        public static ConnectivityResult connected(String detail) {
            return new ConnectivityResult(Outcome.CONNECTED, detail);
        }

        public static ConnectivityResult credentialsRejected(String detail) {
            return new ConnectivityResult(Outcome.CREDENTIALS_REJECTED, detail);
        }

        public static ConnectivityResult unreachable(String detail) {
            return new ConnectivityResult(Outcome.UNREACHABLE, detail);
        }
    }
}
