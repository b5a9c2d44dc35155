package com.orderdesk.console.web;

import com.orderdesk.access.Operators;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The browser's chain: form sign-in with a server session, CSRF tokens on every form, sign-out by
 * POST. Ordered before the REST chains' catch-all, and matching only the console's own paths, so
 * {@code /api/**} keeps HTTP Basic and API keys without sessions. Settings pages are ADMIN only;
 * a session follows its account's later disabling or role change ({@link SignedInOperatorCheck}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String ROOT = "/console";
    static final String LOGIN = ROOT + "/login";

    @Bean
    @Order(0)
    SecurityFilterChain consoleChain(HttpSecurity http, Operators operators) throws Exception {
        return http.securityMatcher(ROOT, ROOT + "/**", "/webjars/**")
                .addFilterBefore(new SignedInOperatorCheck(operators), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, ROOT + "/assets/**", "/webjars/**").permitAll()
                        .requestMatchers(ROOT + "/settings/**").hasRole("ADMIN")
                        .anyRequest().hasRole("OPERATOR"))
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl(ROOT + "/orders", false).failureUrl(LOGIN + "?error").permitAll())
                .logout(logout -> logout.logoutUrl(ROOT + "/logout").logoutSuccessUrl(LOGIN + "?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(ex -> ex.accessDeniedPage(ROOT + "/forbidden"))
                .build();
    }
}
