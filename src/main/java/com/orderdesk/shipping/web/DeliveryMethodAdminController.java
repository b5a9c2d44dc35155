package com.orderdesk.shipping.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.shared.Prefectures;
import com.orderdesk.shipping.Carrier;
import com.orderdesk.shipping.internal.DeliveryMethod;
import com.orderdesk.shipping.internal.DeliveryMethodData;
import com.orderdesk.shipping.internal.DeliveryMethods;
import com.orderdesk.shipping.internal.FeeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 配送設定: the delivery methods operators offer, with fees, wish options and allowed payment methods. */
@RestController
@RequestMapping("/api/admin/delivery-methods")
class DeliveryMethodAdminController {

    static final long MAX_FEE = 9_999_999L;

    private final DeliveryMethods methods;

    DeliveryMethodAdminController(DeliveryMethods methods) {
        this.methods = methods;
    }

    /** {@code amount} is the flat fee, or for BY_PREFECTURE the fee of prefectures not listed. */
    record FeeInput(@NotNull FeeType type, @NotNull @PositiveOrZero @Max(MAX_FEE) Long amount,
            @Nullable Map<String, @NotNull @PositiveOrZero @Max(MAX_FEE) Long> byPrefecture) {
    }

    record DeliveryMethodInput(
            @Nullable @Pattern(regexp = "^[A-Za-z0-9_-]{1,32}$", message = "must be 1-32 letters, digits, '_' or '-'") String code,
            @NotBlank @Size(max = 100) String name,
            @NotNull Carrier carrier,
            @NotNull @Valid FeeInput fee,
            boolean dateWishAllowed,
            boolean timeSlotWishAllowed,
            @Nullable Set<@NotBlank @Size(max = 32) String> paymentMethodCodes) {

        DeliveryMethodData toData() {
            return DeliveryMethodData.checked(name, carrier, fee.type(), fee.amount(),
                    fee.byPrefecture() == null ? Map.of() : fee.byPrefecture(), dateWishAllowed, timeSlotWishAllowed,
                    paymentMethodCodes == null ? Set.of() : paymentMethodCodes);
        }
    }

    record FeeView(FeeType type, long amount, Map<String, Long> byPrefecture) {
    }

    record DeliveryMethodView(String code, long version, String name, Carrier carrier, FeeView fee,
            boolean dateWishAllowed, boolean timeSlotWishAllowed, List<String> paymentMethodCodes, boolean retired) {

        static DeliveryMethodView of(DeliveryMethod method) {
            return new DeliveryMethodView(method.code(), method.version(), method.name(), method.carrier(),
                    new FeeView(method.feeType(), method.baseFee(), new TreeMap<>(method.prefectureFees())),
                    method.dateWishAllowed(), method.timeSlotWishAllowed(),
                    method.paymentMethodCodes().stream().sorted().toList(), method.retired());
        }
    }

    record QuotedFee(String code, String prefecture, long fee) {
    }

    @GetMapping
    List<DeliveryMethodView> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return methods.all(includeRetired).stream().map(DeliveryMethodView::of).toList();
    }

    @PostMapping
    ResponseEntity<DeliveryMethodView> create(@Valid @RequestBody DeliveryMethodInput input) {
        if (input.code() == null) {
            throw new InvalidInput("code", "must not be blank");
        }
        DeliveryMethod method = methods.create(input.code(), input.toData());
        return EntityTags.created("/api/admin/delivery-methods/" + method.code(), method.version(),
                DeliveryMethodView.of(method));
    }

    @GetMapping("/{code}")
    ResponseEntity<DeliveryMethodView> get(@PathVariable String code) {
        DeliveryMethod method = methods.get(code);
        return EntityTags.ok(method.version(), DeliveryMethodView.of(method));
    }

    /**
     * Replaces the settings; a {@code code} in the body, if sent, must match the path. If-Match (the
     * ETag of GET) is required: 428 without it, 412 when the method changed meanwhile.
     */
    @PutMapping("/{code}")
    ResponseEntity<DeliveryMethodView> update(@PathVariable String code,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody DeliveryMethodInput input) {
        Long expected = EntityTags.requiredVersion(ifMatch, "delivery method");
        if (input.code() != null && !input.code().equals(code)) {
            throw new InvalidInput("code", "cannot change; it differs from the code in the path");
        }
        DeliveryMethod method = methods.update(code, input.toData(), expected);
        return EntityTags.ok(method.version(), DeliveryMethodView.of(method));
    }

    /** Retires the method: existing orders keep it, new orders cannot choose it. */
    @DeleteMapping("/{code}")
    ResponseEntity<Void> retire(@PathVariable String code) {
        methods.retire(code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{code}/fee")
    QuotedFee fee(@PathVariable String code, @RequestParam String prefecture) {
        if (!Prefectures.isValid(prefecture)) {
            throw new InvalidInput("prefecture", "is not a prefecture (都道府県) name");
        }
        return new QuotedFee(code, prefecture, methods.get(code).feeFor(prefecture));
    }
}
