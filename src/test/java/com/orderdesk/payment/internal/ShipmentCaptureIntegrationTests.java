package com.orderdesk.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderdesk.payment.PaymentIntegrationTestSupport;
import com.orderdesk.payment.PaymentStatus;
import com.orderdesk.payment.ScriptedGateway;
import com.orderdesk.payment.gateway.GatewayResult;
import com.orderdesk.payment.gateway.GatewayStatusResult;
import com.orderdesk.payment.gateway.OperationKind;
import com.orderdesk.payment.gateway.ShipmentReporting.ReportedShipment;
import com.orderdesk.payment.gateway.ShipmentReporting.ShipmentReport;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.ShippingTestData;
import com.orderdesk.support.TestApi.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Shipment-driven capture end to end: shipments registered, changed and deleted through the admin
 * API are reported to, reported again to, and withdrawn at a capture-on-shipment provider (the
 * scripted gateway), which books or takes back the capture; what the provider cannot follow is
 * refused to the operator before shipping commits, or flagged when the provider refuses later.
 */
class ShipmentCaptureIntegrationTests extends PaymentIntegrationTestSupport {

    static final String FIRST = ShippingTestData.yamato(12345678901L);
    static final String SECOND = ShippingTestData.yamato(38971107401L);

    @Autowired
    Reconciliation reconciliation;

    @BeforeEach
    void captureOnShipment() {
        gateway.capabilities(ScriptedGateway.capabilities(true, true));
    }

    @Test
    void aRegisteredShipmentIsReportedAndBooksTheCapture() {
        String number = authorizedOrder();

        String shipment = ship(number, FIRST);

        JsonNode payment = awaitStatus(number, "CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(3830);
        ShipmentReport report = gateway.shipmentReports().getFirst();
        assertThat(report.shipment()).isEqualTo(new ReportedShipment(Carrier.YAMATO, List.of(FIRST),
                LocalDate.parse("2026-11-20")));
        assertThat(report.orderNumbers()).containsExactly(number);
        assertThat(report.shipmentId().toString()).isEqualTo(shipment);
        assertThat(payment.at("/operations/1/kind").asString()).isEqualTo("SHIPMENT_REPORT");
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith(ScriptedGateway.CODE.displayName() + " 出荷報告 3,830円"));
    }

    @Test
    void operatorCaptureExplainsThatTheShipmentDoesIt() {
        String number = authorizedOrder();

        Response refused = api.asOperator().post(commandUri(number, "capture"), Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().at("/detail").asString())
                .contains("captures when the shipment is reported", "/api/admin/orders/" + number + "/shipments");
        assertThat(gateway.calls(OperationKind.CAPTURE)).isEmpty();
    }

    @Test
    void aChangedShipmentIsReportedAgainWithThePreviousSlip() {
        String number = authorizedOrder();
        String shipment = ship(number, FIRST);
        awaitStatus(number, "CAPTURED");

        Response changed = api.asOperator().patch(shipmentUri(number, shipment), Map.of("trackingNumber", SECOND));

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().at("/warnings").size()).as("OrderDesk reports the change itself").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.shipmentReports().size() == 2);
        assertThat(gateway.shipmentReports().get(1).shipment().trackingNumbers()).containsExactly(SECOND);
        assertThat(gateway.previousShipments()).singleElement()
                .satisfies(previous -> assertThat(previous.trackingNumbers()).containsExactly(FIRST));
        JsonNode payment = awaitOperations(number, 3);
        assertThat(payment.at("/status").asString()).isEqualTo("CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).as("captured once").isEqualTo(3830);
    }

    @Test
    void aChangeTheProviderCannotFollowIsRefusedWithTheReasonAndNothingChanges() {
        String number = authorizedOrder();
        String shipment = ship(number, FIRST);
        awaitStatus(number, "CAPTURED");
        gateway.refuseAmendments(Optional.of("the invoice was already issued"));

        Response changed = api.asOperator().patch(shipmentUri(number, shipment), Map.of("trackingNumber", SECOND));
        Response deleted = api.asOperator().delete(shipmentUri(number, shipment));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().at("/type").asString()).endsWith("shipment-amendment-refused");
        assertThat(changed.json().at("/detail").asString()).contains(FIRST, "the invoice was already issued");
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.json().at("/reason").asString()).contains("cannot follow: the invoice was already issued");
        assertThat(api.asOperator().get("/api/admin/orders/" + number + "/shipments").json().at("/0/trackingNumbers/0")
                .asString()).isEqualTo(FIRST);
        assertThat(gateway.shipmentReports()).hasSize(1);
    }

    @Test
    void aDeletedShipmentIsWithdrawnAndTheCaptureTakenBackUntilItShipsAgain() {
        String number = authorizedOrder();
        String shipment = ship(number, FIRST);
        awaitStatus(number, "CAPTURED");

        Response deleted = api.asOperator().delete(shipmentUri(number, shipment));

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        JsonNode withdrawn = awaitStatus(number, "AUTHORIZED");
        assertThat(withdrawn.at("/capturedAmount").asLong()).isZero();
        assertThat(gateway.calls(OperationKind.SHIPMENT_WITHDRAWAL)).hasSize(1);
        assertThat(historyOf(number)).anyMatch(line -> line.startsWith(ScriptedGateway.CODE.displayName() + " 出荷取消 3,830円"));

        ship(number, SECOND);

        JsonNode again = awaitStatus(number, "CAPTURED");
        assertThat(again.at("/capturedAmount").asLong()).isEqualTo(3830);
    }

    @Test
    void aReportTheProviderDeclinesFlagsThePaymentAndTheCorrectedShipmentIsReportedAgain() {
        String number = authorizedOrder();
        gateway.script(OperationKind.SHIPMENT_REPORT, GatewayResult.declined(OperationKind.SHIPMENT_REPORT,
                "kaasl014E", "送り状番号のチェックデジットが不正です"));
        String shipment = ship(number, FIRST);

        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).get(0).at("/needsAttention").asBoolean());
        JsonNode flagged = paymentsOf(number).get(0);
        assertThat(flagged.at("/status").asString()).isEqualTo("AUTHORIZED");
        assertThat(flagged.at("/attentionReason").asString()).contains("refused the shipment report", FIRST, "kaasl014E");

        Response changed = api.asOperator().patch(shipmentUri(number, shipment), Map.of("trackingNumber", SECOND));

        assertThat(changed.status()).as("a refused report holds nothing back").isEqualTo(200);
        awaitStatus(number, "CAPTURED");
        assertThat(gateway.previousShipments()).as("the provider never held the first slip").isEmpty();
    }

    @Test
    void anUnknownReportIsSettledByReconciliation() {
        String number = authorizedOrder();
        gateway.script(OperationKind.SHIPMENT_REPORT, GatewayResult.unknown(OperationKind.SHIPMENT_REPORT, "timeout"));
        ship(number, FIRST);
        awaitOperations(number, 2);
        gateway.status(new GatewayStatusResult(true, PaymentStatus.CAPTURED, "3", 3830L, null, Map.of(), null));
        clock.advance(Duration.ofMinutes(1));

        reconciliation.reconcileDue();

        JsonNode payment = awaitStatus(number, "CAPTURED");
        assertThat(payment.at("/capturedAmount").asLong()).isEqualTo(3830);
        assertThat(payment.at("/operations/1/outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(payment.at("/operations/1/resolution").asString()).startsWith("confirmed by status query");
    }

    private String ship(String number, String trackingNumber) {
        Response shipped = api.asOperator().post("/api/admin/orders/" + number + "/shipments",
                ShippingTestData.shipment("YAMATO", trackingNumber));
        assertThat(shipped.status()).as(shipped.text()).isEqualTo(201);
        return shipped.json().at("/id").asString();
    }

    private static String shipmentUri(String number, String shipment) {
        return "/api/admin/orders/" + number + "/shipments/" + shipment;
    }

    private JsonNode awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentsOf(number).get(0).at("/status").asString().equals(status));
        return paymentsOf(number).get(0);
    }

    private JsonNode awaitOperations(String number, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode operations = paymentsOf(number).get(0).at("/operations");
            return operations.size() == count && !operations.get(count - 1).at("/outcome").isMissingNode()
                    && !operations.get(count - 1).at("/outcome").isNull();
        });
        return paymentsOf(number).get(0);
    }
}
