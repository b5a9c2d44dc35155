package com.orderdesk.subscription.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.orderdesk.payment.PaymentDetails;
import com.orderdesk.shared.EntityTags;
import com.orderdesk.shared.InvalidInput;
import com.orderdesk.subscription.SubscriptionStatus;
import com.orderdesk.subscription.internal.Subscription;
import com.orderdesk.subscription.internal.SubscriptionCommands;
import com.orderdesk.subscription.internal.SubscriptionGenerator;
import com.orderdesk.subscription.internal.SubscriptionOrder;
import com.orderdesk.subscription.internal.SubscriptionQueries;
import com.orderdesk.subscription.internal.SubscriptionQueries.DryRun;
import com.orderdesk.subscription.internal.SubscriptionQueries.PlannedOrder;
import com.orderdesk.subscription.web.SubscriptionInputs.IntervalChange;
import com.orderdesk.subscription.web.SubscriptionInputs.PatchRequest;
import com.orderdesk.subscription.web.SubscriptionInputs.PaymentChange;
import com.orderdesk.subscription.web.SubscriptionInputs.StartRequest;
import com.orderdesk.subscription.web.SubscriptionViews.CycleOrderView;
import com.orderdesk.subscription.web.SubscriptionViews.HistoryView;
import com.orderdesk.subscription.web.SubscriptionViews.SubscriptionView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' 定期購入 screens: subscriptions and their change history, the orders of each cycle with
 * their payment, the upcoming orders, the generator's dry run and an immediate run, and the way
 * forward for a declined card (retry with the updated card; switching the order's payment method
 * is the order API's {@code PATCH /api/admin/orders/{number}}).
 */
@RestController
@RequestMapping("/api/admin")
class SubscriptionAdminController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_UPCOMING_DAYS = 366;

    private final SubscriptionCommands commands;
    private final SubscriptionQueries queries;
    private final SubscriptionGenerator generator;
    private final SubscriptionViews views;

    SubscriptionAdminController(SubscriptionCommands commands, SubscriptionQueries queries,
            SubscriptionGenerator generator, SubscriptionViews views) {
        this.commands = commands;
        this.queries = queries;
        this.generator = generator;
        this.views = views;
    }

    record SubscriptionPage(List<SubscriptionView> items, int page, int size, long totalElements) {
    }

    @GetMapping("/subscriptions")
    SubscriptionPage list(@RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(name = "status", required = false) @Nullable List<SubscriptionStatus> statuses,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        Page<Subscription> found = queries.list(customerId, statuses == null ? List.of() : statuses, page, size);
        return new SubscriptionPage(found.getContent().stream().map(views::of).toList(), page, size,
                found.getTotalElements());
    }

    @PostMapping("/subscriptions")
    ResponseEntity<SubscriptionView> start(@Valid @RequestBody StartRequest request) {
        Subscription subscription = commands.start(null, request.toContent(), request.paymentMethodCode().strip(),
                request.card(), request.interval().toInterval("interval."), request.firstDeliveryDate());
        SubscriptionView view = views.of(subscription);
        return ResponseEntity.created(URI.create("/api/admin/subscriptions/" + subscription.number()))
                .eTag(view.etag()).body(view);
    }

    @GetMapping("/subscriptions/{number}")
    ResponseEntity<SubscriptionView> get(@PathVariable String number) {
        return withEtag(commands.find(number));
    }

    @PatchMapping(path = "/subscriptions/{number}", consumes = {"application/json", "application/merge-patch+json"})
    ResponseEntity<SubscriptionView> edit(@PathVariable String number,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PatchRequest request) {
        return withEtag(commands.edit(number, EntityTags.requiredVersion(ifMatch, "subscription"), request.toChanges()));
    }

    @PostMapping("/subscriptions/{number}/pause")
    ResponseEntity<SubscriptionView> pause(@PathVariable String number) {
        return withEtag(commands.pause(number));
    }

    @PostMapping("/subscriptions/{number}/resume")
    ResponseEntity<SubscriptionView> resume(@PathVariable String number) {
        return withEtag(commands.resume(number));
    }

    @PostMapping("/subscriptions/{number}/skip")
    ResponseEntity<SubscriptionView> skip(@PathVariable String number) {
        return withEtag(commands.skipNext(number));
    }

    @PostMapping("/subscriptions/{number}/cancel")
    ResponseEntity<SubscriptionView> cancel(@PathVariable String number) {
        return withEtag(commands.cancel(number));
    }

    @PostMapping("/subscriptions/{number}/interval")
    ResponseEntity<SubscriptionView> changeInterval(@PathVariable String number,
            @Valid @RequestBody IntervalChange request) {
        return withEtag(commands.changeInterval(number, request.interval().toInterval("interval."),
                request.nextDeliveryDate()));
    }

    @PostMapping("/subscriptions/{number}/payment-method")
    ResponseEntity<SubscriptionView> changePayment(@PathVariable String number,
            @Valid @RequestBody PaymentChange request) {
        return withEtag(commands.changePayment(number, request.paymentMethodCode().strip(), request.card()));
    }

    @GetMapping("/subscriptions/{number}/history")
    List<HistoryView> history(@PathVariable String number) {
        return commands.history(number).stream().map(HistoryView::of).toList();
    }

    @GetMapping("/subscriptions/{number}/orders")
    List<CycleOrderView> orders(@PathVariable String number) {
        return commands.orders(number).stream().map(order -> views.live(number, order)).toList();
    }

    /** Authorizes a declined cycle order again with the subscription's (updated) stored card. */
    @PostMapping("/subscriptions/{number}/orders/{cycle}/retry-payment")
    PaymentDetails retryPayment(@PathVariable String number, @PathVariable int cycle) {
        return commands.retryCard(number, cycle);
    }

    /** Orders the generator will place from today through today + {@code days}, with amounts. */
    @GetMapping("/subscriptions/upcoming")
    List<PlannedOrder> upcoming(@RequestParam(defaultValue = "14") int days) {
        if (days < 0 || days > MAX_UPCOMING_DAYS) {
            throw new InvalidInput("days", "must be between 0 and " + MAX_UPCOMING_DAYS);
        }
        return queries.upcoming(days);
    }

    /** What the generator would do if it ran on {@code date}; nothing is written. */
    @GetMapping("/subscriptions/generation/dry-run")
    DryRun dryRun(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return queries.dryRun(date);
    }

    /** Runs the generator now (as the schedule would): due orders placed, unstarted payments started. */
    @PostMapping("/subscriptions/generation/runs")
    SubscriptionGenerator.Run run() {
        return generator.run();
    }

    /**
     * Subscription orders across subscriptions, newest first, by their payment's status: FAILED lists
     * the 「カード未決済」 orders waiting for the operator.
     */
    @GetMapping("/subscription-orders")
    List<CycleOrderView> ordersByPayment(@RequestParam(required = false) @Nullable String paymentStatus) {
        List<SubscriptionOrder> found = queries.ordersWithPayment(paymentStatus == null ? null : paymentStatus.strip().toUpperCase());
        Set<UUID> ids = found.stream().map(SubscriptionOrder::subscriptionId).collect(Collectors.toSet());
        Map<UUID, String> numbers = queries.numbersOf(ids);
        return found.stream().map(order -> views.of(numbers.getOrDefault(order.subscriptionId(), ""), order)).toList();
    }

    private ResponseEntity<SubscriptionView> withEtag(Subscription subscription) {
        SubscriptionView view = views.of(subscription);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }
}
