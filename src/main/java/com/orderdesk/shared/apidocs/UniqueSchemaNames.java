package com.orderdesk.shared.apidocs;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Schema names without package names but without silent overwrites: a nested type is named with
 * its outer type ({@code StoreCheckoutController.OrderSummary} → {@code StoreCheckoutOrderSummary},
 * "Controller" left out), and every name remembers which classes asked for it, so that a test can
 * fail when two classes still share one (the second would silently replace the first's schema).
 */
class UniqueSchemaNames extends TypeNameResolver {

    private final Map<String, Set<String>> classesByName = new ConcurrentHashMap<>();

    @Override
    protected String nameForClass(Class<?> cls, Set<Options> options) {
        String name = super.nameForClass(cls, options);
        if (cls.getEnclosingClass() != null && !cls.getName().startsWith("java.") && name.equals(cls.getSimpleName())) {
            name = cls.getEnclosingClass().getSimpleName().replaceFirst("(Admin)?Controller$", "") + name;
        }
        if (cls.getName().startsWith("com.orderdesk.")) {
            classesByName.computeIfAbsent(name, key -> new TreeSet<>()).add(cls.getName());
        }
        return name;
    }

    /** Schema names claimed by more than one class, with those classes. */
    Map<String, Set<String>> collisions() {
        Map<String, Set<String>> collisions = new TreeMap<>();
        classesByName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                collisions.put(name, classes);
            }
        });
        return collisions;
    }
}
