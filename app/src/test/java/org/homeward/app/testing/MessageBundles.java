package org.homeward.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles the application reads, as spring.messages.basename lists them: messages and one per feature. */
public final class MessageBundles {

    private MessageBundles() {
    }

    public static List<String> basenames() {
        Properties application = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream("application.properties")) {
            application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::trim).toList();
    }

    /** Every bundle as Spring's plain message source reads it (java.text formatting), for tests without a context. */
    public static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames(basenames().toArray(String[]::new));
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
