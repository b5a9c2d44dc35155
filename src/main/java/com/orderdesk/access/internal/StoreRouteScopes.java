package com.orderdesk.access.internal;

import static com.orderdesk.access.ApiScope.CUSTOMERS_READ;
import static com.orderdesk.access.ApiScope.CUSTOMERS_WRITE;
import static com.orderdesk.access.ApiScope.ORDERS_READ;
import static com.orderdesk.access.ApiScope.ORDERS_WRITE;
import static com.orderdesk.access.ApiScope.PAYMENTS_READ;
import static com.orderdesk.access.ApiScope.PAYMENTS_WRITE;
import static com.orderdesk.access.ApiScope.SUBSCRIPTIONS_READ;
import static com.orderdesk.access.ApiScope.SUBSCRIPTIONS_WRITE;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.orderdesk.access.ApiScope;

/**
 * Which scopes each store-API route needs, by its method and handler pattern (as the handler
 * mapping and the OpenAPI document write it). One table, so that a new store route is a conscious
 * decision: a route missing here is refused to every key ({@link StoreScopeCheck}), and
 * {@code StoreRouteScopesIntegrationTests} fails until it is added.
 *
 * <p>Stored cards count as payment data, not customer data: a key that syncs customer records has
 * no business listing or deleting a customer's cards at the card provider. The checkout places an
 * order and starts its payment, so it needs both write scopes.
 */
final class StoreRouteScopes {

    private static final Map<String, Set<ApiScope>> SCOPES = Map.ofEntries(
            Map.entry("GET /api/store/orders", Set.of(ORDERS_READ)),
            Map.entry("GET /api/store/orders/{number}", Set.of(ORDERS_READ)),
            Map.entry("POST /api/store/orders", Set.of(ORDERS_WRITE)),
            Map.entry("POST /api/store/checkout", Set.of(ORDERS_WRITE, PAYMENTS_WRITE)),
            Map.entry("GET /api/store/orders/{number}/payment", Set.of(PAYMENTS_READ)),
            Map.entry("POST /api/store/orders/{number}/payment", Set.of(PAYMENTS_WRITE)),
            Map.entry("POST /api/store/orders/{number}/payment/authentication", Set.of(PAYMENTS_WRITE)),
            Map.entry("POST /api/store/orders/{number}/payment/review", Set.of(PAYMENTS_WRITE)),
            Map.entry("GET /api/store/payment-methods", Set.of(PAYMENTS_READ)),
            Map.entry("GET /api/store/customers/{customerId}/cards", Set.of(PAYMENTS_READ)),
            Map.entry("POST /api/store/customers/{customerId}/cards", Set.of(PAYMENTS_WRITE)),
            Map.entry("DELETE /api/store/customers/{customerId}/cards/{cardId}", Set.of(PAYMENTS_WRITE)),
            Map.entry("POST /api/store/customers", Set.of(CUSTOMERS_WRITE)),
            Map.entry("GET /api/store/customers/{id}", Set.of(CUSTOMERS_READ)),
            Map.entry("POST /api/store/customers/{id}/kakebarai", Set.of(CUSTOMERS_WRITE)),
            Map.entry("GET /api/store/customers/{id}/kakebarai", Set.of(CUSTOMERS_READ)),
            Map.entry("POST /api/store/subscriptions", Set.of(SUBSCRIPTIONS_WRITE)),
            Map.entry("GET /api/store/subscriptions/{number}", Set.of(SUBSCRIPTIONS_READ)),
            Map.entry("GET /api/store/subscriptions/{number}/orders", Set.of(SUBSCRIPTIONS_READ)),
            Map.entry("POST /api/store/subscriptions/{number}/pause", Set.of(SUBSCRIPTIONS_WRITE)),
            Map.entry("POST /api/store/subscriptions/{number}/resume", Set.of(SUBSCRIPTIONS_WRITE)),
            Map.entry("POST /api/store/subscriptions/{number}/skip", Set.of(SUBSCRIPTIONS_WRITE)),
            Map.entry("POST /api/store/subscriptions/{number}/cancel", Set.of(SUBSCRIPTIONS_WRITE)));

    private StoreRouteScopes() {
    }

    /**
     * The scopes a route needs; empty when the route is not in the table. HEAD is answered like GET.
     *
     * @param pattern the handler's path pattern ({@code /api/store/orders/{number}})
     */
    static Optional<Set<ApiScope>> of(String method, String pattern) {
        String verb = method.equals("HEAD") ? "GET" : method;
        return Optional.ofNullable(SCOPES.get(verb + " " + pattern));
    }
}
