package com.orderdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderdesk.support.IntegrationTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role × route matrix, generated from the application's own route list (every handler method
 * {@link RequestMappingHandlerMapping} knows): each route is called as anonymous, OPERATOR, ADMIN,
 * a store API key of another integrator and an OPERATOR's personal access token (which must get
 * what the OPERATOR gets on the REST API, and nothing in the browser console), and must answer as
 * its declared access says. A route
 * whose path this test does not classify fails it, so a new route cannot ship without someone
 * deciding who may call it. Ownership inside the store API (another store's order is 404) is
 * {@code StoreTenantIsolationIntegrationTests}' matrix.
 */
class RouteAccessMatrixIntegrationTests extends IntegrationTestSupport {

    /** Who may call a route. */
    enum Access {
        PUBLIC, INTEGRATOR, OPERATOR, ADMIN, CONSOLE_PUBLIC, CONSOLE_OPERATOR, CONSOLE_ADMIN,
        /** Nobody: refused (401 anonymous, 403 signed in) whoever calls. */
        DENIED,
        /** The console's "forbidden" page: 403 for operators by design, sign-in for the anonymous. */
        CONSOLE_FORBIDDEN_PAGE,
        /** Operators signed in by password only: creating a token with a token is refused (403). */
        OPERATOR_BY_PASSWORD
    }

    enum Principal { ANONYMOUS, OPERATOR, ADMIN, OTHER_INTEGRATOR, OPERATOR_TOKEN }

    /** Admin-API routes only an ADMIN may call (method or * for all, path prefix). */
    private static final List<String[]> ADMIN_ONLY = List.of(
            new String[] {"*", "/api/admin/users"},
            new String[] {"*", "/api/admin/api-keys"},
            new String[] {"*", "/api/admin/webhook-endpoints"},
            new String[] {"*", "/api/admin/audit-log"},
            new String[] {"PUT", "/api/admin/providers/"},
            new String[] {"PUT", "/api/admin/mail/templates/"},
            new String[] {"POST", "/api/admin/mail/templates/{code}/versions/"});

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    static @Nullable Access declared(String method, String path) {
        if (path.startsWith("/v3/api-docs.yaml")) {
            return Access.DENIED; // the API is described (and spoken) in JSON only
        }
        if (path.equals("/console/forbidden")) {
            return Access.CONSOLE_FORBIDDEN_PAGE;
        }
        if (path.startsWith("/webhooks/") || path.startsWith("/api/sandbox/") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui") || path.equals("/error")) {
            return Access.PUBLIC;
        }
        if (path.startsWith("/api/store/")) {
            return Access.INTEGRATOR;
        }
        if (path.equals("/console/login")) {
            return Access.CONSOLE_PUBLIC;
        }
        if (path.startsWith("/console/settings")) {
            return Access.CONSOLE_ADMIN;
        }
        if (path.equals("/console") || path.startsWith("/console/")) {
            return Access.CONSOLE_OPERATOR;
        }
        if (method.equals("POST") && path.equals("/api/admin/users/me/tokens")) {
            return Access.OPERATOR_BY_PASSWORD;
        }
        if (path.startsWith("/api/admin/users/me/")) {
            return Access.OPERATOR;
        }
        for (String[] rule : ADMIN_ONLY) {
            if ((rule[0].equals("*") || rule[0].equals(method)) && path.startsWith(rule[1])) {
                return Access.ADMIN;
            }
        }
        if (path.startsWith("/api/admin/")) {
            return Access.OPERATOR;
        }
        return null;
    }

    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Route> routes() {
        Set<Route> routes = new java.util.LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.name(), path));
                }
            }
        }
        return new ArrayList<>(routes);
    }

    private static String sample(String path) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase();
            String value = name.contains("number") ? "OD-999999" : name.contains("provider") ? "gmo-pg"
                    : name.contains("code") || name.contains("carrier") ? "X" : UUID.randomUUID().toString();
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(uri);
        return uri.toString().replace("/**", "/x");
    }

    private MockHttpServletResponse call(Route route, Principal principal, String integratorKey, String operatorToken)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()),
                sample(route.path()));
        if (!route.method().equals("GET") && !route.method().equals("HEAD")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
            if (route.path().startsWith("/console")) {
                request.with(csrf());
            }
        }
        UnaryOperator<MockHttpServletRequestBuilder> as = switch (principal) {
            case ANONYMOUS -> builder -> builder;
            case OPERATOR -> builder -> builder.with(user("matrix-operator").roles("OPERATOR"));
            case ADMIN -> builder -> builder.with(user("matrix-admin").roles("ADMIN"));
            case OTHER_INTEGRATOR -> builder -> builder.header("X-Api-Key", integratorKey);
            case OPERATOR_TOKEN -> builder -> builder.header("Authorization", "Bearer " + operatorToken);
        };
        try {
            return mvc.perform(as.apply(request)).andReturn().getResponse();
        } catch (Exception unhandled) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            return failed;
        }
    }

    /** What the principal must get on a route of this access; null when it passes. */
    private static @Nullable String violation(Access access, Principal principal, MockHttpServletResponse response) {
        int status = response.getStatus();
        boolean refused = status == 401 || status == 403;
        String location = String.valueOf(response.getHeader("Location"));
        boolean toSignIn = status == 302 && location.contains("/console/login");
        boolean console = access == Access.CONSOLE_OPERATOR || access == Access.CONSOLE_ADMIN
                || access == Access.CONSOLE_FORBIDDEN_PAGE;
        // A token is the operator on the REST API; the console's session chain does not read it.
        boolean operator = principal == Principal.OPERATOR || (principal == Principal.OPERATOR_TOKEN && !console);
        boolean staff = operator || principal == Principal.ADMIN;
        boolean allowed = switch (access) {
            case PUBLIC, CONSOLE_PUBLIC -> true;
            case INTEGRATOR -> principal == Principal.OTHER_INTEGRATOR;
            case OPERATOR, CONSOLE_OPERATOR -> staff;
            case OPERATOR_BY_PASSWORD -> principal == Principal.OPERATOR || principal == Principal.ADMIN;
            case ADMIN, CONSOLE_ADMIN -> principal == Principal.ADMIN;
            case DENIED, CONSOLE_FORBIDDEN_PAGE -> false;
        };
        if (allowed) {
            return refused || toSignIn ? "refused with " + status : null;
        }
        return switch (access) {
            case DENIED -> refused ? null : "expected 401/403, got " + status;
            case CONSOLE_OPERATOR, CONSOLE_ADMIN, CONSOLE_FORBIDDEN_PAGE -> staff ? (status == 403 ? null : "expected 403, got " + status)
                    : (toSignIn ? null : "expected a redirect to sign in, got " + status);
            case INTEGRATOR -> principal == Principal.ANONYMOUS ? (status == 401 ? null : "expected 401, got " + status)
                    : (refused ? null : "expected 401/403, got " + status);
            default -> {
                int expected = staff ? 403 : 401;
                yield status == expected ? null : "expected " + expected + ", got " + status;
            }
        };
    }

    @Test
    void everyRouteAnswersEveryPrincipalAsItsDeclaredAccessSays() throws Exception {
        String integratorKey = api.asAdmin().post("/api/admin/api-keys", Map.of("name", "other-integrator")).json()
                .at("/key").asString();
        assertThat(api.asAdmin().post("/api/admin/users", Map.of("username", "matrix-token-operator", "password",
                "a-long-passphrase", "role", "OPERATOR")).status()).isEqualTo(201);
        String operatorToken = api.withBasic("matrix-token-operator", "a-long-passphrase")
                .post("/api/admin/users/me/tokens", Map.of("name", "matrix")).json().at("/token").asString();
        List<Route> routes = routes();
        Set<String> unclassified = new TreeSet<>();
        List<String> violations = new ArrayList<>();
        int calls = 0;
        for (Route route : routes) {
            Access access = declared(route.method(), route.path());
            if (access == null) {
                unclassified.add(route.toString());
                continue;
            }
            for (Principal principal : Principal.values()) {
                MockHttpServletResponse response = call(route, principal, integratorKey, operatorToken);
                calls++;
                String violation = violation(access, principal, response);
                if (violation != null) {
                    violations.add(route + " as " + principal + " (" + access + "): " + violation);
                }
            }
        }
        System.out.println("Route access matrix: " + routes.size() + " routes × " + Principal.values().length
                + " principals = " + calls + " calls");

        assertThat(unclassified).as("routes without a declared access in this matrix").isEmpty();
        assertThat(violations).as("routes answering a principal against their declared access").isEmpty();
        assertThat(routes.size()).isGreaterThan(100);
    }
}
