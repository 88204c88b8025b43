package org.homeward.app.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Base of the browser tests: the whole application on a random port with a fresh database, and a
 * headless Debian Chromium ({@value #CHROMIUM}) driven by Playwright. Each test gets a new
 * {@link #page} in a new browser context (no cookies shared between tests). Without Chromium the
 * tests are skipped, saying so. Extend it, then {@code open("/path")} and assert on what a person
 * sees: {@code assertThat(page.getByRole(AriaRole.HEADING, ...)).hasText(...)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    public static final String CHROMIUM = "/usr/bin/chromium";

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;
    private final List<BrowserContext> otherContexts = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)),
                "Browser tests skipped: " + CHROMIUM + " is missing (apt-get install chromium)");
        startBrowserOnce();
    }

    /** One Playwright driver and one Chromium for the whole test JVM; closed when it exits. */
    private static synchronized void startBrowserOnce() {
        if (browser != null) {
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser, "close-playwright"));
    }

    private static synchronized void closeBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        if (browserContext != null) {
            browserContext.close();
        }
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
    }

    /** A page in a context of its own (another language, screen size or person), closed after the test. */
    protected Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        otherContexts.add(context);
        return context.newPage();
    }

    /** The application's address for {@code path}, such as {@code /} or {@code /ledger}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Navigates {@link #page} to {@code path} and returns it. */
    protected Page open(String path) {
        page.navigate(url(path));
        return page;
    }
}
