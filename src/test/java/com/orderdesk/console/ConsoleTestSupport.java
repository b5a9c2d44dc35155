package com.orderdesk.console;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.orderdesk.access.OperatorRole;
import com.orderdesk.access.Operators;
import com.orderdesk.order.TestOrders;
import com.orderdesk.support.IntegrationTestSupport;
import com.orderdesk.support.RealPortIntegrationTest;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Console tests run the whole application on a real port, so that the payment adapters reach the
 * built-in provider simulators over HTTP exactly as in the sandbox, and the browser tests share
 * this one context (and database). Before each test: empty tables, an OPERATOR and an ADMIN, and
 * the payment methods CARD (GMO-PG, auth only) and CVS (DSK).
 */
@RealPortIntegrationTest
abstract class ConsoleTestSupport extends IntegrationTestSupport {

    static final String PASSWORD = "a-long-passphrase";
    static final String OPERATOR = "hanako";
    static final String ADMIN = "jiro";

    @Autowired
    protected Operators operators;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void operatorsAndPaymentMethods() {
        operators.create(OPERATOR, PASSWORD, OperatorRole.OPERATOR);
        operators.create(ADMIN, PASSWORD, OperatorRole.ADMIN);
        createMethod("CARD", "クレジットカード", "GMO_PG");
        createMethod("CVS", "コンビニ払い", "DSK");
        Response delivery = api.asAdmin().post("/api/admin/delivery-methods", Map.of("code", "YAMATO",
                "name", "宅急便", "carrier", "YAMATO", "fee", Map.of("type", "FLAT", "amount", 550),
                "dateWishAllowed", true, "timeSlotWishAllowed", true, "paymentMethodCodes", java.util.List.of()));
        if (delivery.status() != 201) {
            throw new IllegalStateException("could not create delivery method: " + delivery.text());
        }
    }

    /** A member with a home address, and (when {@code cardToken} is given) a card kept at GMO-PG's sandbox. */
    /**
     * A console job's page once its job completed, polled as the page's htmx does: {@code page}
     * answers the page's HTML for the job's URL.
     */
    protected static String completedJobPage(String jobUrl, JobPage page) throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> last = new java.util.concurrent.atomic.AtomicReference<>("");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String progress = page.html(jobUrl + "/progress");
            last.set(progress);
            return progress.contains("id=\"progress-text\">完了: ");
        });
        assertNoPolling(last.get());
        return page.html(jobUrl);
    }

    /** A finished job's fragment stops htmx from polling. */
    private static void assertNoPolling(String fragment) {
        org.assertj.core.api.Assertions.assertThat(fragment).doesNotContain("hx-get");
    }

    @FunctionalInterface
    protected interface JobPage {
        String html(String url) throws Exception;
    }

    protected String member(String name, String email, @org.jspecify.annotations.Nullable String cardToken) {
        Response created = api.asOperator().post("/api/admin/customers", Map.of("name", name, "kana", "スズキ イチロウ",
                "email", email, "phone", "03-5555-0101", "addresses", java.util.List.of(Map.of("label", "自宅",
                        "postalCode", "1000001", "prefecture", "東京都", "city", "千代田区千代田", "address1", "1-1"))));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create customer: " + created.text());
        }
        String id = created.json().at("/id").asString();
        if (cardToken != null) {
            Response card = api.asOperator().post("/api/admin/customers/" + id + "/cards", Map.of("token", cardToken));
            if (card.status() != 201) {
                throw new IllegalStateException("could not store card: " + card.text());
            }
        }
        return id;
    }

    private void createMethod(String code, String name, String provider) {
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("code", code);
        method.put("name", name);
        method.put("provider", provider);
        method.put("captureImmediately", false);
        method.put("completionText", "ご注文ありがとうございます。");
        Response created = api.asAdmin().post("/api/admin/payment-methods", method);
        if (created.status() != 201) {
            throw new IllegalStateException("could not create payment method: " + created.text());
        }
    }

    /** Places an order (3,830 yen) and returns its number. */
    protected String placeOrder(String paymentMethodCode, String customerName) {
        Map<String, Object> order = TestOrders.order();
        order.put("paymentMethodCode", paymentMethodCode);
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) order.get("customer");
        customer.put("name", customerName);
        Response placed = api.asOperator().post("/api/admin/orders", order);
        if (placed.status() != 201) {
            throw new IllegalStateException("could not place order: " + placed.text());
        }
        return placed.json().at("/number").asString();
    }

    /** A card order authorized (仮売上) at the GMO-PG simulator with a one-time token. */
    protected String authorizedCardOrder(String customerName, String token) {
        String number = placeOrder("CARD", customerName);
        // the OrderPlaced listener registers the payment first; authorizing before it would race it
        await().atMost(Duration.ofSeconds(15)).until(() ->
                api.asOperator().get("/api/admin/orders/" + number + "/payments").json().at("/payments").size() == 1);
        Response authorized = api.asOperator().post("/api/admin/orders/" + number + "/payment/authorize",
                Map.of("instrument", Map.of("token", token)));
        if (authorized.status() != 201 && authorized.status() != 200) {
            throw new IllegalStateException("could not authorize: " + authorized.text());
        }
        awaitPaymentStatusOnOrder(number, "AUTHORIZED");
        return number;
    }

    /** The order list reads the payment status the payment module reports asynchronously. */
    protected void awaitPaymentStatusOnOrder(String number, String status) {
        await().atMost(Duration.ofSeconds(15)).until(() -> status.equals(
                api.asOperator().get("/api/admin/orders/" + number).json().at("/payment/status").asString()));
    }

    /**
     * A convenience-store order that DSK's sandbox reports paid and then the payment cancelled
     * (入金取消): the payment module flags it for an operator (要確認). Goes through the simulator over
     * HTTP, as DSK posts its notices to this application's webhook.
     */
    protected String flaggedConvenienceOrder(String customerName) {
        String number = placeOrder("CVS", customerName);
        awaitPaymentStatusOnOrder(number, "PENDING");
        await().atMost(Duration.ofSeconds(15)).until(() -> !api.asOperator()
                .get("/api/admin/orders/" + number + "/payments").json().at("/payments/0/references/dskid").isMissingNode());
        String dskId = api.asOperator().get("/api/admin/orders/" + number + "/payments").json()
                .at("/payments/0/references/dskid").asString();
        sandbox("/api/sandbox/dsk/" + dskId + "/pay");
        awaitPaymentStatusOnOrder(number, "PAID");
        sandbox("/api/sandbox/dsk/" + dskId + "/cancel-payment");
        await().atMost(Duration.ofSeconds(15)).until(() -> api.asOperator()
                .get("/api/admin/orders/" + number + "/payments").json().at("/payments/0/needsAttention").asBoolean());
        return number;
    }

    /** Plays the shopper or the provider at a built-in simulator, over HTTP on this application's port. */
    protected void sandbox(String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path, e);
        }
    }
}
