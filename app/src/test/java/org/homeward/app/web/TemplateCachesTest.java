package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** The template engine keeps every expression of the templates parsed, so that no page parses another's again. */
@SpringBootTest
class TemplateCachesTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("th:[a-z-]+=\"([^\"]*)\"");

    @Autowired
    ITemplateEngine engine;

    @Test
    void the_engine_keeps_more_expressions_than_the_templates_hold() throws IOException {
        StandardCacheManager caches = (StandardCacheManager) ((SpringTemplateEngine) engine).getCacheManager();
        assertThat(caches.getExpressionCacheMaxSize()).isEqualTo(TemplateCaches.EXPRESSIONS);
        assertThat(caches.getTemplateCacheMaxSize()).isEqualTo(TemplateCaches.TEMPLATES);

        Set<String> expressions = new HashSet<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        for (Resource template : templates) {
            Matcher attribute = ATTRIBUTE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (attribute.find()) {
                expressions.add(attribute.group(1));
            }
        }
        assertThat(templates).hasSizeGreaterThan(50);
        // each cached as Thymeleaf parsed it and as its SpEL: the cache must hold both, with room
        assertThat(2 * expressions.size()).isGreaterThan(StandardCacheManager.DEFAULT_EXPRESSION_CACHE_MAX_SIZE)
                .isLessThan(TemplateCaches.EXPRESSIONS / 2);
    }
}
