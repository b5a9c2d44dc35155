package com.orderdesk.console.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the font the project ships for its PDFs ({@code classpath:fonts/}: IPAexGothic and its
 * licence, which the IPA Font License asks to travel with the font) to the console's CSS, so the
 * console needs no Japanese font on the operator's machine or the screenshot machine. One file in
 * the repository serves both the 帳票 and the pages.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleFonts implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/console/assets/fonts/**")
                .addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
    }
}
