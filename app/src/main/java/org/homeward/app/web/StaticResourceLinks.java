package org.homeward.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the templates give them. With the WebJars locator on the classpath,
 * Spring Boot would register a {@link ResourceUrlEncodingFilter} that passes every {@code @{...}} link
 * of every page through the static resource resolvers: for a link that is not a static file (nearly
 * all of them: {@code /registry/missing-persons/MP-17}, …) that is a class path search of every static
 * location, uncached, and it was about two thirds of the CPU a page cost (JFR, 2026-12-03). The
 * versionless WebJar paths the templates use ({@code /webjars/govuk-frontend/dist/…}) need no
 * rewriting: the locator resolves them when they are requested, and caches that.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    /** Present but disabled, so that Boot's own registration (conditional on no such bean) stays away. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
