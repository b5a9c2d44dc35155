package com.orderdesk.payment.gateway.kit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link SandboxFaults} in front of the simulators' paths only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxFaultsProperties.class)
class SandboxFaultsConfiguration {

    @Bean
    FilterRegistrationBean<SandboxFaults> sandboxFaults(SandboxFaultsProperties properties) {
        FilterRegistrationBean<SandboxFaults> registration = new FilterRegistrationBean<>(new SandboxFaults(properties));
        registration.addUrlPatterns(SandboxFaults.PREFIX + "*");
        registration.setName("sandboxFaults");
        return registration;
    }
}
