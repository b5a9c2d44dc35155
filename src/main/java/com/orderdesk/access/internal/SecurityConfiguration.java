package com.orderdesk.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains with nothing in common: provider webhooks (open; each adapter authenticates
 * its own provider), the store API (API key) and everything else (operators over HTTP Basic or a
 * personal access token as a bearer token).
 * All are stateless, so CSRF protection, which guards cookie sessions, is not needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_OPERATOR");
    }

    @Bean
    @Order(1)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/webhooks/**", "/api/sandbox/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain storeChain(HttpSecurity http, ApiKeys apiKeys, JsonMapper jsonMapper, SignInProperties limits)
            throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(jsonMapper);
        Limiters requestsPerKey = new Limiters("api-key", limits.apiKeyRequestsPerWindow(), limits.apiKeyWindow());
        return http.securityMatcher("/api/store/**")
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, requestsPerKey, problems),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("INTEGRATOR"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems.apiKeyEntryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain adminChain(HttpSecurity http, JsonMapper jsonMapper, PersonalTokens tokens,
            SignInProperties limits) throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(jsonMapper);
        Limiters requestsPerToken = new Limiters("personal-token", limits.personalTokenRequestsPerWindow(),
                limits.apiKeyWindow());
        return http
                .addFilterBefore(new PersonalTokenAuthenticationFilter(tokens, requestsPerToken, problems),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/admin/users/me/**").hasRole("OPERATOR")
                        .requestMatchers("/api/admin/users", "/api/admin/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/admin/api-keys", "/api/admin/api-keys/**").hasRole("ADMIN")
                        .requestMatchers("/api/admin/audit-log", "/api/admin/audit-log/**").hasRole("ADMIN")
                        .requestMatchers("/api/admin/webhook-endpoints", "/api/admin/webhook-endpoints/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/admin/providers/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/admin/mail/templates/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/admin/mail/templates/*/versions/**").hasRole("ADMIN")
                        .requestMatchers("/api/admin/**").hasRole("OPERATOR")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.basicEntryPoint()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems.basicEntryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
