package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * The checks the browser tests hold every page to, each returning one line per problem found on the
 * page already open: it scrolls sideways, or axe-core finds a serious or critical violation.
 */
final class PageChecks {

    /** axe.min.js as Deque ships it in its Playwright integration's jar, read once. */
    private static final String AXE = axeSource();

    private PageChecks() {
    }

    /** The page is wider than its window: the reader would have to scroll sideways. */
    static List<String> overflow(Page page, String path) {
        int width = page.viewportSize().width;
        List<?> sizes = (List<?>) page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        int scrollWidth = ((Number) sizes.get(0)).intValue();
        int clientWidth = ((Number) sizes.get(1)).intValue();
        return scrollWidth <= clientWidth ? List.of() : List.of(path + " at " + width + " px: " + scrollWidth + " > " + clientWidth);
    }

    /** axe-core's serious and critical violations on the page, one line each: the rule and where. */
    static List<String> axeViolations(Page page, String path) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '));
                }""");
        List<String> lines = new ArrayList<>();
        for (Object line : (List<?>) found) {
            lines.add(path + " " + page.viewportSize().width + " px: " + line);
        }
        return lines;
    }

    private static String axeSource() {
        try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:playwright").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
