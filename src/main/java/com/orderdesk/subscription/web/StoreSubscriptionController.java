package com.orderdesk.subscription.web;

import java.net.URI;
import java.util.List;

import com.orderdesk.shared.StoreCaller;
import com.orderdesk.subscription.internal.Subscription;
import com.orderdesk.subscription.internal.SubscriptionCommands;
import com.orderdesk.subscription.internal.SubscriptionGenerator;
import com.orderdesk.subscription.web.SubscriptionInputs.StartRequest;
import com.orderdesk.subscription.web.SubscriptionViews.CycleOrderView;
import com.orderdesk.subscription.web.SubscriptionViews.SubscriptionView;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The storefront's 定期購入: start a subscription at checkout for a registered customer (its first
 * order is placed at once when due today, with the payment's next action for the shopper), read it
 * back with its orders, and let the customer pause, resume, skip the next delivery or cancel.
 */
@RestController
@RequestMapping("/api/store/subscriptions")
class StoreSubscriptionController {

    private final SubscriptionCommands commands;
    private final SubscriptionGenerator generator;
    private final SubscriptionViews views;

    StoreSubscriptionController(SubscriptionCommands commands, SubscriptionGenerator generator,
            SubscriptionViews views) {
        this.commands = commands;
        this.generator = generator;
        this.views = views;
    }

    /** The started subscription and, when it was due today, its first order with the payment. */
    record StartResponse(SubscriptionView subscription, @Nullable CycleOrderView firstOrder) {
    }

    @PostMapping
    ResponseEntity<StartResponse> start(@Valid @RequestBody StartRequest request) {
        Subscription started = commands.start(StoreCaller.currentStore(), request.toContent(), request.paymentMethodCode().strip(),
                request.card(), request.interval().toInterval("interval."), request.firstDeliveryDate());
        CycleOrderView first = generator.orderNowIfDue(started.id())
                .map(order -> views.live(started.number(), order)).orElse(null);
        return ResponseEntity.created(URI.create("/api/store/subscriptions/" + started.number()))
                .body(new StartResponse(views.of(commands.find(started.number())), first));
    }

    @GetMapping("/{number}")
    SubscriptionView get(@PathVariable String number) {
        return views.of(own(number));
    }

    @GetMapping("/{number}/orders")
    List<CycleOrderView> orders(@PathVariable String number) {
        own(number);
        return commands.orders(number).stream().map(order -> views.live(number, order)).toList();
    }

    @PostMapping("/{number}/pause")
    SubscriptionView pause(@PathVariable String number) {
        own(number);
        return views.of(commands.pause(number));
    }

    @PostMapping("/{number}/resume")
    SubscriptionView resume(@PathVariable String number) {
        own(number);
        return views.of(commands.resume(number));
    }

    @PostMapping("/{number}/skip")
    SubscriptionView skip(@PathVariable String number) {
        own(number);
        return views.of(commands.skipNext(number));
    }

    @PostMapping("/{number}/cancel")
    SubscriptionView cancel(@PathVariable String number) {
        own(number);
        return views.of(commands.cancel(number));
    }

    /** Another store's subscription is 404, as if it did not exist (tenant isolation). */
    private Subscription own(String number) {
        return commands.findForStore(number, StoreCaller.currentStore());
    }
}
