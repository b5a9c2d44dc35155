package com.orderdesk.shipping.internal;

import java.time.Clock;
import java.util.List;

import com.orderdesk.shared.EntityTags;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The delivery method catalogue (配送設定). Removing a method retires it: orders that use it keep
 * their code and stay editable, but new orders can no longer choose it.
 */
@Service
@NamedInterface("delivery-methods")
public class DeliveryMethods {

    private final DeliveryMethodRepository methods;
    private final Clock clock;

    DeliveryMethods(DeliveryMethodRepository methods, Clock clock) {
        this.methods = methods;
        this.clock = clock;
    }

    @Transactional
    public DeliveryMethod create(String code, DeliveryMethodData data) {
        if (methods.findByCode(code).isPresent()) {
            throw new DeliveryMethodCodeTaken(code);
        }
        return methods.saveAndFlush(new DeliveryMethod(code, data, clock.instant()));
    }

    @Transactional(readOnly = true)
    public DeliveryMethod get(String code) {
        return methods.findByCode(code).orElseThrow(() -> new DeliveryMethodNotFound(code));
    }

    @Transactional(readOnly = true)
    public List<DeliveryMethod> all(boolean includeRetired) {
        return methods.findAllByCode().stream().filter(method -> includeRetired || !method.retired()).toList();
    }

    /** Replaces the settings (a retired method becomes active again). */
    @Transactional
    public DeliveryMethod update(String code, DeliveryMethodData data) {
        return update(code, data, null);
    }

    /**
     * @param expectedVersion the version the change was made on (If-Match); null for any
     * @throws com.orderdesk.shared.StaleVersion (412) when the method changed since
     */
    @Transactional
    public DeliveryMethod update(String code, DeliveryMethodData data, @Nullable Long expectedVersion) {
        DeliveryMethod method = get(code);
        EntityTags.ensureCurrent(expectedVersion, method.version(), "delivery method", code);
        method.apply(data, clock.instant());
        return methods.saveAndFlush(method);
    }

    @Transactional
    public void retire(String code) {
        get(code).retire(clock.instant());
    }
}
