package com.orderdesk.shared.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): info,
 * security schemes, one group per audience (admin, store, webhooks, sandbox). Everything per
 * operation (areas, summaries, errors, limits, security) comes from conventions in this package,
 * so that controllers stay free of documentation annotations.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String OPERATOR_LOGIN = "operatorLogin";
    static final String API_KEY = "apiKey";
    static final String PERSONAL_TOKEN = "personalToken";

    @Bean
    OpenAPI orderDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("OrderDesk API").version("v1")
                        .description("""
                                Order admin backend of a Japanese online shop: the operators' admin API (受注・決済・出荷・顧客),
                                the integrators' store API, the payment providers' notification endpoints and the sandbox.
                                Errors are RFC 9457 problem documents (`application/problem#x2Bjson`); `Accept-Language: ja`
                                gives Japanese titles. Money is whole yen. Times are UTC; business deadlines also come as
                                Japan dates.""".replace("#x2B", "+"))
                        .contact(new Contact().name("OrderDesk maintainers").url("https://orderdesk.example.jp/support")))
                .servers(List.of(new Server().url("/")
                        .description("This OrderDesk instance (local, staging or production: the one serving this document)")
                        .extensions(Map.of("x-internal", false))))
                .components(new Components()
                        .addSecuritySchemes(OPERATOR_LOGIN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An operator account (roles OPERATOR, ADMIN) by HTTP Basic; its password is stored as BCrypt."))
                        .addSecuritySchemes(PERSONAL_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("odp_<prefix>_<secret>")
                                .description("An operator's personal access token (`Authorization: Bearer odp_…`) for scripts, created"
                                        + " with the password at POST /api/admin/users/me/tokens and shown once. It acts with the"
                                        + " operator's current role, within its scopes (admin:read for GET, admin:write for the rest),"
                                        + " until it expires or is revoked; checking it costs no password hashing."))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("An integrator API key (`odk_…`), issued by an ADMIN under /api/admin/api-keys and shown once."
                                        + " A key holds scopes (orders:read, orders:write, payments:read, payments:write,"
                                        + " customers:read, customers:write, subscriptions:read, subscriptions:write; each operation"
                                        + " names the ones it needs in x-required-scopes) and may expire: a missing scope is 403,"
                                        + " an expired key 401.")))
                .tags(ApiAreas.tags());
    }

    @Bean
    GroupedOpenApi adminApi() {
        return GroupedOpenApi.builder().group("admin").displayName("管理 Admin API").pathsToMatch("/api/admin/**").build();
    }

    @Bean
    GroupedOpenApi storeApi() {
        return GroupedOpenApi.builder().group("store").displayName("ストア Store API").pathsToMatch("/api/store/**").build();
    }

    @Bean
    GroupedOpenApi webhooksApi() {
        return GroupedOpenApi.builder().group("webhooks").displayName("通知 Provider notifications").pathsToMatch("/webhooks/**").build();
    }

    /** Only while the simulators are served ({@code orderdesk.sandbox.enabled}, on by default). */
    @Bean
    @ConditionalOnBooleanProperty(name = "orderdesk.sandbox.enabled", matchIfMissing = true)
    GroupedOpenApi sandboxApi() {
        return GroupedOpenApi.builder().group("sandbox").displayName("サンドボックス Sandbox").pathsToMatch("/api/sandbox/**").build();
    }

    /** Schema names from {@link UniqueSchemaNames}: nested records carry their outer type's name. */
    @Bean
    ModelConverter uniqueSchemaNameResolver(UniqueSchemaNames names) {
        return new ModelResolver(Json.mapper(), names);
    }

    @Bean
    UniqueSchemaNames uniqueSchemaNames() {
        return new UniqueSchemaNames();
    }
}
