package com.orderdesk.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Subscriptions run for months of simulated time through the REST API, on PostgreSQL, with GMO-PG
 * and DSK played by the sandbox: exactly one order per cycle, each payment as its manual describes.
 */
@RecordApplicationEvents
class SubscriptionGenerationIntegrationTests extends SubscriptionIntegrationTestSupport {

    @Autowired
    ApplicationEvents events;

    /** Runs the generator twice on every day from {@code from} through {@code to}; returns the orders placed. */
    private List<String> runDaily(LocalDate from, LocalDate to, List<String> paymentStatusesSeen) {
        List<String> placed = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            setDate(day);
            List<String> today = runGenerator();
            assertThat(runGenerator()).as("a rerun on %s places nothing", day).isEmpty();
            for (String number : today) {
                paymentStatusesSeen.add(paymentsOfOrder(number).get(0).at("/status").asString());
            }
            placed.addAll(today);
        }
        return placed;
    }

    @Test
    void aMonthlyCardSubscriptionFromThe31stOrdersOncePerCycleThroughMonthEndsAndTheLeapDayWithAutomaticAuthorization() {
        String card = storeCard("tok_sandbox_ok");
        Map<String, Object> body = subscription(CARD, interval("MONTHS", 1));
        body.put("storedCardId", card);
        body.put("firstDeliveryDate", "2028-01-31");
        body.put("leadDays", 3);
        String number = start(body);

        List<String> statuses = new ArrayList<>();
        List<String> placed = runDaily(LocalDate.of(2028, 1, 20), LocalDate.of(2028, 6, 10), statuses);

        assertThat(placed).hasSize(5).doesNotHaveDuplicates();
        assertThat(statuses).as("自動仮売上 with the stored card").containsOnly("AUTHORIZED");
        JsonNode orders = ordersOf(number);
        assertThat(orders.valueStream().map(order -> order.at("/deliveryDate").asString()).toList())
                .containsExactly("2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31");
        assertThat(orders.valueStream().map(order -> order.at("/cycle").asInt()).toList()).containsExactly(1, 2, 3, 4, 5);
        assertThat(count("orders")).isEqualTo(5);
        assertThat(count("payments")).isEqualTo(5);
        JsonNode second = api.asOperator().get("/api/admin/orders/" + placed.get(1)).json();
        assertThat(second.at("/channel").asString()).isEqualTo("SUBSCRIPTION");
        assertThat(second.at("/deliveryDate").asString()).isEqualTo("2028-02-29");
        assertThat(second.at("/placedAt").asString()).startsWith("2028-02-26");
        assertThat(second.at("/totals/total").asLong()).isEqualTo(2710);
        assertThat(second.at("/customerId").asString()).isEqualTo(customerId);
        JsonNode subscription = subscriptionOf(number);
        assertThat(subscription.at("/deliveries").asInt()).isEqualTo(5);
        assertThat(subscription.at("/nextDeliveryDate").asString()).isEqualTo("2028-06-30");
        assertThat(api.asOperator().get("/api/admin/orders?reference=" + number).json().at("/totalElements").asLong())
                .as("the order list finds a subscription's orders by its number").isEqualTo(5);
        assertThat(events.stream(SubscriptionOrderCreated.class)).hasSize(5)
                .allMatch(created -> created.paymentStatus().equals("AUTHORIZED") && created.nextActionUrl() == null);
    }

    @Test
    void aConvenienceStoreSubscriptionOnTheLastDayRegistersEveryCycleAnewWithItsOwnSelectionUrl() {
        Map<String, Object> body = subscription(CVS, Map.of("unit", "DAY_OF_MONTH", "every", 1, "dayOfMonth", 31));
        body.put("firstDeliveryDate", "2028-01-25");
        body.put("leadDays", 2);
        String number = start(body);
        assertThat(subscriptionOf(number).at("/nextDeliveryDate").asString()).isEqualTo("2028-01-31");

        List<String> statuses = new ArrayList<>();
        List<String> placed = runDaily(LocalDate.of(2028, 1, 20), LocalDate.of(2028, 4, 5), statuses);

        assertThat(placed).hasSize(3);
        assertThat(statuses).as("未入金 until the shopper pays at the store").containsOnly("PENDING");
        JsonNode orders = ordersOf(number);
        assertThat(orders.valueStream().map(order -> order.at("/deliveryDate").asString()).toList())
                .containsExactly("2028-01-31", "2028-02-29", "2028-03-31");
        List<String> urls = orders.valueStream().map(order -> order.at("/nextActionUrl").asString()).toList();
        assertThat(urls).allMatch(url -> url.startsWith("http")).doesNotHaveDuplicates();
        assertThat(orders.valueStream().map(order -> order.at("/paymentLabel").asString())).containsOnly("未入金");
        assertThat(events.stream(SubscriptionOrderCreated.class).map(SubscriptionOrderCreated::nextActionUrl).toList())
                .containsExactlyElementsOf(urls);
        for (String order : placed) {
            assertThat(paymentsOfOrder(order)).hasSize(1);
        }
    }

    @Test
    void skipPauseAndResumeMoveTheScheduleAndLeaveTheirMarkInTheHistory() {
        String card = storeCard("tok_sandbox_ok");
        Map<String, Object> body = subscription(CARD, interval("WEEKS", 1));
        body.put("storedCardId", card);
        body.put("firstDeliveryDate", "2028-01-24");
        String number = start(body);

        Response skipped = api.asOperator().post("/api/admin/subscriptions/" + number + "/skip", Map.of());
        assertThat(skipped.json().at("/nextDeliveryDate").asString()).isEqualTo("2028-01-31");
        assertThat(runDaily(LocalDate.of(2028, 1, 20), LocalDate.of(2028, 1, 31), new ArrayList<>())).hasSize(1);

        assertThat(api.asOperator().post("/api/admin/subscriptions/" + number + "/pause", Map.of()).json()
                .at("/status").asString()).isEqualTo("PAUSED");
        assertThat(runDaily(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 16), new ArrayList<>()))
                .as("a paused subscription orders nothing").isEmpty();
        Response pausedAgain = api.asOperator().post("/api/admin/subscriptions/" + number + "/pause", Map.of());
        assertThat(pausedAgain.status()).isEqualTo(409);
        assertThat(pausedAgain.json().at("/detail").asString()).contains("PAUSED");

        Response resumed = api.asOperator().post("/api/admin/subscriptions/" + number + "/resume", Map.of());
        assertThat(resumed.json().at("/status").asString()).isEqualTo("ACTIVE");
        assertThat(resumed.json().at("/nextDeliveryDate").asString()).isEqualTo("2028-02-21");
        assertThat(runDaily(LocalDate.of(2028, 2, 17), LocalDate.of(2028, 2, 28), new ArrayList<>())).hasSize(2);

        assertThat(ordersOf(number).valueStream().map(order -> order.at("/deliveryDate").asString()).toList())
                .containsExactly("2028-01-31", "2028-02-21", "2028-02-28");
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("Cycle 1 (delivery 2028-01-24) skipped"))
                .anyMatch(line -> line.startsWith("Paused"))
                .anyMatch(line -> line.contains("cycles 3–4 fell into the pause"))
                .anyMatch(line -> line.startsWith("Cycle 6 ordered as"));
        assertThat(count("orders")).isEqualTo(3);
    }

    @Test
    void missedCyclesAreCaughtUpWithOneOrderAndTheDryRunAndUpcomingListSayWhatWillHappen() {
        String card = storeCard("tok_sandbox_ok");
        Map<String, Object> body = subscription(CARD, interval("MONTHS", 1));
        body.put("storedCardId", card);
        body.put("firstDeliveryDate", "2028-01-31");
        String number = start(body);

        JsonNode upcoming = api.asOperator().get("/api/admin/subscriptions/upcoming?days=71").json();
        assertThat(upcoming.valueStream().map(order -> order.at("/deliveryDate").asString()).toList())
                .containsExactly("2028-01-31", "2028-02-29", "2028-03-31");
        assertThat(upcoming.valueStream().map(order -> order.at("/total").asLong())).containsOnly(2710L);

        JsonNode dryRun = api.asOperator().get("/api/admin/subscriptions/generation/dry-run?date=2028-04-10").json();
        assertThat(dryRun.at("/orders").size()).isEqualTo(1);
        assertThat(dryRun.at("/orders/0/cycle").asInt()).isEqualTo(3);
        assertThat(dryRun.at("/orders/0/missedCycles").asInt()).isEqualTo(2);
        assertThat(count("orders")).as("a dry run writes nothing").isZero();

        setDate(LocalDate.of(2028, 4, 10));
        List<String> placed = runGenerator();

        assertThat(placed).as("one order, not a burst").hasSize(1);
        assertThat(ordersOf(number).get(0).at("/cycle").asInt()).isEqualTo(3);
        assertThat(historyOf(number)).anyMatch(line -> line.contains("cycles 1–2 were missed"));
        assertThat(subscriptionOf(number).at("/nextDeliveryDate").asString()).isEqualTo("2028-04-30");
        assertThat(api.asOperator().get("/api/admin/subscriptions/generation/dry-run?date=2028-04-10").json()
                .at("/orders").size()).isZero();
    }

    @Test
    void anEditTakesEffectFromTheNextCycleAndIsInTheHistory() {
        String card = storeCard("tok_sandbox_ok");
        Map<String, Object> body = subscription(CARD, interval("MONTHS", 1));
        body.put("storedCardId", card);
        body.put("firstDeliveryDate", "2028-01-20");
        String number = start(body);
        String first = runGenerator().get(0);

        Response edited = api.asOperator().patch("/api/admin/subscriptions/" + number,
                Map.of("lines", List.of(com.orderdesk.order.TestOrders.line("TEA-002", 2160, 1, "REDUCED_8")),
                        "shippingFee", 0), "If-Match", "\"" + subscriptionOf(number).at("/version").asLong() + "\"");
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.json().at("/orderTotal").asLong()).isEqualTo(2160);
        Response stale = api.asOperator().patch("/api/admin/subscriptions/" + number, Map.of("shippingFee", 100),
                "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.asOperator().patchUnconditionally("/api/admin/subscriptions/" + number, Map.of("shippingFee", 100)).status())
                .as("If-Match is required").isEqualTo(428);

        setDate(LocalDate.of(2028, 2, 20));
        String second = runGenerator().get(0);

        assertThat(api.asOperator().get("/api/admin/orders/" + first).json().at("/totals/total").asLong()).isEqualTo(2710);
        assertThat(api.asOperator().get("/api/admin/orders/" + second).json().at("/totals/total").asLong()).isEqualTo(2160);
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith("Edited from cycle 2: lines changed"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        Map<String, Object> noCard = subscription(CARD, interval("MONTHS", 1));
        Response refused = api.asOperator().post("/api/admin/subscriptions", noCard);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("storedCardId");

        Map<String, Object> unknownCustomer = subscription(CVS, interval("MONTHS", 1));
        unknownCustomer.put("customerId", "00000000-0000-0000-0000-000000000001");
        assertThat(api.asOperator().post("/api/admin/subscriptions", unknownCustomer).json().at("/errors/0/field")
                .asString()).isEqualTo("customerId");

        Map<String, Object> noDay = subscription(CVS, Map.of("unit", "DAY_OF_MONTH"));
        Response dayMissing = api.asOperator().post("/api/admin/subscriptions", noDay);
        assertThat(dayMissing.status()).isEqualTo(400);
        assertThat(dayMissing.json().at("/errors/0/field").asString()).isEqualTo("interval.dayOfMonth");

        Map<String, Object> past = subscription(CVS, interval("DAYS", 10));
        past.put("firstDeliveryDate", "2028-01-19");
        assertThat(api.asOperator().post("/api/admin/subscriptions", past).json().at("/errors/0/field").asString())
                .isEqualTo("firstDeliveryDate");

        assertThat(count("subscriptions")).isZero();
        assertThat(api.asOperator().get("/api/admin/subscriptions/SUB-999999").status()).isEqualTo(404);
    }

    @Test
    void aCycleAnOrderCheckRefusesIsNotOrderedButNotedOnceAndIsOrderedOnceTheCauseIsFixed() {
        String number = start(subscription(CVS, interval("MONTHS", 1)));
        Map<String, Object> cvs = method(CVS, "コンビニ払い", "DSK", Map.of("paymentDeadlineDays", "5"));
        cvs.put("enabled", false);
        Response disabled = api.asAdmin().put("/api/admin/payment-methods/" + CVS, cvs);
        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);

        Response run = api.asOperator().post("/api/admin/subscriptions/generation/runs", Map.of());
        assertThat(runGenerator()).isEmpty();

        assertThat(run.json().at("/orderNumbers").size()).isZero();
        assertThat(run.json().at("/refused/0").asString()).startsWith(number + ": ");
        assertThat(count("orders")).isZero();
        assertThat(subscriptionOf(number).at("/generationProblem").asString()).isNotBlank();
        assertThat(historyOf(number).stream().filter(line -> line.startsWith("Cycle 1 not ordered:")))
                .as("noted once, not on every run").hasSize(1);

        cvs.put("enabled", true);
        api.asAdmin().put("/api/admin/payment-methods/" + CVS, cvs);
        assertThat(runGenerator()).hasSize(1);
        assertThat(subscriptionOf(number).at("/generationProblem").isNull()).isTrue();
    }
}
