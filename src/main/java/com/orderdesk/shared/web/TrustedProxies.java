package com.orderdesk.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Forwarded} / {@code X-Forwarded-*} headers are believed only from the load balancers listed
 * in {@code orderdesk.web.trusted-proxies} (IPs and CIDRs; empty: none): from them the client
 * address, scheme and host are taken (so HSTS, absolute URLs and the webhook allowlists see the
 * real client), from anyone else the headers are removed before anything reads them (so a caller
 * cannot spoof an allowlisted address). Runs before every other filter, Spring Security included.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxyProperties.class)
class TrustedProxies {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> trustedProxiesFilter(
            TrustedProxyProperties properties) {
        List<IpAddressMatcher> trusted = properties.trustedProxies().stream().map(String::strip)
                .filter(entry -> !entry.isEmpty()).map(IpAddressMatcher::new).toList();
        ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
        ForwardedHeaderFilter remove = new ForwardedHeaderFilter();
        remove.setRemoveOnly(true);
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String from = request.getRemoteAddr();
                boolean fromProxy = trusted.stream().anyMatch(matcher -> matcher.matches(from));
                (fromProxy ? apply : remove).doFilter(request, response, chain);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("trustedProxies");
        return registration;
    }
}
