package com.orderdesk.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.orderdesk.access.ApiScope;
import com.orderdesk.support.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every store route, taken from the application's own route list, has its scopes declared, and a
 * key holding every scope but those is refused on it with a problem naming exactly them.
 */
class StoreRouteScopesIntegrationTests extends IntegrationTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Autowired
    JsonMapper json;

    private List<String[]> storeRoutes() {
        List<String[]> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/store/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        routes.add(new String[] {method.name(), path});
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void everyStoreRouteDeclaresItsScopes() {
        Set<String> undeclared = new TreeSet<>();
        List<String[]> routes = storeRoutes();
        routes.forEach(route -> {
            if (StoreRouteScopes.of(route[0], route[1]).isEmpty()) {
                undeclared.add(route[0] + " " + route[1]);
            }
        });
        assertThat(undeclared).as("store routes without declared scopes").isEmpty();
        assertThat(routes).hasSizeGreaterThan(20);
    }

    @Test
    void aKeyLackingOnlyTheRoutesScopesIsRefusedNamingThem() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String[] route : storeRoutes()) {
            Set<ApiScope> required = StoreRouteScopes.of(route[0], route[1]).orElseThrow();
            Set<ApiScope> others = EnumSet.complementOf(EnumSet.copyOf(required));
            String key = keys.issue("lacks-" + UUID.randomUUID(), "test", null, others, null).plainKey();
            String uri = route[1].replaceAll("\\{[^}]*number[^}]*}", "OD-000001").replaceAll("\\{[^}]+}",
                    UUID.randomUUID().toString());
            var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route[0]), uri).header("X-Api-Key", key);
            if (!route[0].equals("GET")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            List<String> named = response.getStatus() == 403
                    ? json.readTree(response.getContentAsString()).at("/missingScopes").valueStream()
                            .map(node -> node.asString()).toList()
                    : List.of();
            List<String> expected = required.stream().sorted().map(ApiScope::value).toList();
            if (response.getStatus() != 403 || !named.equals(expected)) {
                wrong.add(route[0] + " " + route[1] + ": " + response.getStatus() + " " + named + ", expected " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final HandlerMethod HANDLER = handler();

    private static HandlerMethod handler() {
        try {
            return new HandlerMethod(new Object(), Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRouteWithoutDeclaredScopesIsRefusedEvenToAKeyWithEveryScope() {
        MockHttpServletRequest request = new MockHttpServletRequest("DELETE", "/api/store/orders/OD-000001");
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/store/orders/{number}");
        List<SimpleGrantedAuthority> everyScope = ApiScope.all().stream()
                .map(scope -> new SimpleGrantedAuthority(ApiKeyAuthenticationFilter.SCOPE_AUTHORITY + scope.value())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("integrator", null, everyScope));
        try {
            assertThatThrownBy(() -> new StoreScopeCheck().preHandle(request, new MockHttpServletResponse(), HANDLER))
                    .isInstanceOf(MissingScope.class).hasMessageContaining("DELETE /api/store/orders/{number}");
            request.setMethod("HEAD");
            request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/store/orders");
            assertThat(new StoreScopeCheck().preHandle(request, new MockHttpServletResponse(), HANDLER))
                    .as("HEAD is served like GET").isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
