package com.orderdesk.access.internal;

import java.util.List;
import java.util.Set;

import com.orderdesk.access.ApiScope;
import com.orderdesk.shared.ProblemException;

/** 403: the API key is valid but was not issued with a scope this route needs; the problem names it. */
final class MissingScope extends ProblemException {

    MissingScope(Set<ApiScope> missing) {
        super(403, "missing-scope", "Missing scope", "This API key lacks the scope " + names(missing)
                + " this operation needs; ask an ADMIN for a key that has it");
        with("missingScopes", names(missing));
    }

    /** A route that no scope is declared for: refused to every key until someone decides. */
    MissingScope(String route) {
        super(403, "missing-scope", "Missing scope", "No API key scope is declared for " + route
                + ", so no key may call it yet");
        with("missingScopes", List.of());
    }

    private static List<String> names(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::value).toList();
    }
}
