package com.orderdesk.access.internal;

import java.util.List;

import com.orderdesk.access.ApiScope;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Writes each store operation's required API-key scopes into the OpenAPI document, from the same
 * table the scope check uses: {@code x-required-scopes} for tools and a sentence in the
 * description for readers. (OpenAPI 3.0 lets only OAuth2 schemes carry scopes in a security
 * requirement, so an API-key scheme's stay in an extension.) Runs after the shared conventions.
 */
@Component
class StoreScopeDocumentation implements GlobalOpenApiCustomizer, Ordered {

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/store/")) {
                item.readOperationsMap().forEach((method, operation) -> StoreRouteScopes.of(method.name(), path)
                        .ifPresent(scopes -> describe(operation, scopes.stream().sorted().map(ApiScope::value).toList())));
            }
        });
    }

    private static void describe(Operation operation, List<String> scopes) {
        operation.addExtension("x-required-scopes", scopes);
        String sentence = " The API key needs the scope" + (scopes.size() > 1 ? "s " : " ") + String.join(" and ", scopes)
                + " (403 missing-scope otherwise).";
        operation.setDescription(operation.getDescription() == null ? sentence.strip() : operation.getDescription() + sentence);
    }
}
