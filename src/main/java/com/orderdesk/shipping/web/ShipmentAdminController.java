package com.orderdesk.shipping.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderdesk.order.OrderStatus;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.Shipment;
import com.orderdesk.shipping.internal.ShipmentCommands.NewShipment;
import com.orderdesk.shipping.internal.ShipmentCommands.ShipmentEdit;
import com.orderdesk.shipping.internal.ShipmentCommands.ShipmentOutcome;
import com.orderdesk.shipping.internal.ShipmentLine;
import com.orderdesk.shipping.internal.Shipments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An order's shipments (発送): register with tracking numbers (送り状番号), change, delete. */
@RestController
@RequestMapping("/api/admin/orders/{number}/shipments")
class ShipmentAdminController {

    private final Shipments shipments;

    ShipmentAdminController(Shipments shipments) {
        this.shipments = shipments;
    }

    record LineInput(@NotNull @Min(1) Integer lineNo, @NotNull @Min(1) @Max(9999) Integer quantity) {
    }

    /**
     * One tracking number in {@code trackingNumber}, or several (a multi-piece shipment) in {@code trackingNumbers}.
     * {@code sharedSlip} true (同梱): the slip may already cover other orders of the same delivery address,
     * packed in the same parcel; without it a number registered on another order is refused.
     */
    record RegisterRequest(@NotNull Carrier carrier, @Nullable @Size(max = 64) String trackingNumber,
            @Nullable @Size(max = 20) List<@NotNull @Size(max = 64) String> trackingNumbers,
            @Nullable LocalDate shippedOn, @Nullable @Size(max = 500) List<@Valid @NotNull LineInput> lines,
            @Nullable Boolean reportToPaymentProvider, @Nullable Boolean sharedSlip) {

        NewShipment toCommand() {
            List<ShipmentLine> shipmentLines = lines == null ? null
                    : lines.stream().map(line -> new ShipmentLine(line.lineNo(), line.quantity())).toList();
            return new NewShipment(carrier, numbers(trackingNumber, trackingNumbers), shippedOn, shipmentLines,
                    trackingNumbers != null ? "trackingNumbers" : "trackingNumber", reportToPaymentProvider,
                    Boolean.TRUE.equals(sharedSlip));
        }
    }

    record ChangeRequest(@Nullable Carrier carrier, @Nullable @Size(max = 64) String trackingNumber,
            @Nullable @Size(max = 20) List<@NotNull @Size(max = 64) String> trackingNumbers,
            @Nullable LocalDate shippedOn) {

        ShipmentEdit toCommand() {
            List<String> numbers = trackingNumber == null && trackingNumbers == null ? null
                    : numbers(trackingNumber, trackingNumbers);
            return new ShipmentEdit(carrier, numbers, shippedOn, trackingNumbers != null ? "trackingNumbers" : "trackingNumber");
        }
    }

    record DeletedResponse(UUID shipmentId, OrderStatus orderStatus) {
    }

    @GetMapping
    List<ShipmentView> list(@PathVariable String number) {
        return shipments.of(number).stream().map(ShipmentView::of).toList();
    }

    @PostMapping
    ResponseEntity<ShipmentView> register(@PathVariable String number, @Valid @RequestBody RegisterRequest request) {
        ShipmentOutcome outcome = shipments.register(number, request.toCommand());
        return EntityTags.created("/api/admin/orders/" + number + "/shipments/" + outcome.shipment().id(),
                outcome.shipment().version(), ShipmentView.of(outcome));
    }

    @GetMapping("/{shipmentId}")
    ResponseEntity<ShipmentView> get(@PathVariable String number, @PathVariable UUID shipmentId) {
        Shipment shipment = shipments.get(number, shipmentId);
        return EntityTags.ok(shipment.version(), ShipmentView.of(shipment));
    }

    /** If-Match (the ETag of GET) is required: 428 without it, 412 when the shipment changed meanwhile. */
    @PatchMapping("/{shipmentId}")
    ResponseEntity<ShipmentView> change(@PathVariable String number, @PathVariable UUID shipmentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ChangeRequest request) {
        ShipmentOutcome outcome = shipments.change(number, shipmentId, request.toCommand(),
                EntityTags.requiredVersion(ifMatch, "shipment"));
        return EntityTags.ok(outcome.shipment().version(), ShipmentView.of(outcome));
    }

    @DeleteMapping("/{shipmentId}")
    DeletedResponse delete(@PathVariable String number, @PathVariable UUID shipmentId) {
        return new DeletedResponse(shipmentId, shipments.delete(number, shipmentId));
    }

    private static List<String> numbers(@Nullable String single, @Nullable List<String> several) {
        if (single != null && several != null) {
            throw new InvalidInput("trackingNumbers", "send either trackingNumber or trackingNumbers, not both");
        }
        List<String> numbers = new ArrayList<>();
        if (single != null) {
            numbers.add(single);
        }
        if (several != null) {
            numbers.addAll(several);
        }
        return numbers;
    }
}
