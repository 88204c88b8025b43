package org.homeward.app.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Thymeleaf's caches sized for Homeward's templates. Its defaults keep 200 parsed templates and 500
 * parsed expressions, while the templates hold about 2,800 distinct expressions, each cached once as
 * Thymeleaf parsed it and once more as its SpEL (compiled to bytecode after its first runs, see
 * {@code spring.thymeleaf.enable-spring-el-compiler}), and a template is cached once per fragment
 * selection. With 500 places every page evicted the expressions of the page before: under load a
 * rendered page parsed a tenth of its expressions again and its SpEL was compiled again and again
 * (JFR and the SpEL compiler's class loaders, 2026-12-04). Entries stay soft references, so memory
 * pressure may still drop them.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

    /** Parsed templates and fragment selections: about 90 templates, each selected whole or by a few fragments. */
    static final int TEMPLATES = 2_000;
    /** Parsed expressions: every distinct expression of the templates, twice, with room for growth. */
    static final int EXPRESSIONS = 20_000;

    /** Static: a post-processor is made before the other beans of its configuration. */
    @Bean
    static BeanPostProcessor templateCacheSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setTemplateCacheMaxSize(TEMPLATES);
                    caches.setExpressionCacheMaxSize(EXPRESSIONS);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
