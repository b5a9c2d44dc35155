package com.orderdesk.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conventions every endpoint of the API follows without declaring them: unknown query parameters
 * are refused, as are query values with a NUL or a lone surrogate ({@link StrictText}), and bodies are JSON only (no YAML, XML, CBOR or Smile alternative that would skip
 * the JSON checks such as the unknown-field refusal). Text, bytes, forms and files stay for the
 * endpoints that take or give them (CSV, webhooks, the console).
 */
@Configuration(proxyBeanMethods = false)
class ApiConventions implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownQueryParameters()).addPathPatterns("/api/**");
        registry.addInterceptor(new StrictQueryParameters()).addPathPatterns("/api/**");
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(ApiConventions::isOtherDataFormat));
    }

    private static boolean isOtherDataFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().map(MediaType::getSubtype)
                .anyMatch(subtype -> subtype.contains("yaml") || subtype.contains("xml") || subtype.contains("cbor")
                        || subtype.contains("smile"));
    }
}
