package org.homeward.app.ledger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.security.SystemTasks;
import org.homeward.app.testing.BrowserTest;
import org.homeward.app.testing.CsvFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The public statistics page as a visitor sees it, on the demo data: the summary first, the charts
 * drawn by ECharts from the application's own copy with their tables kept for screen readers, the
 * claims without a figure, and both open-data downloads.
 */
class PublicStatisticsBrowserTest extends BrowserTest {

    @Autowired
    LedgerDemoData demoData;

    @BeforeEach
    void demoData() {
        SystemTasks.runAs("test", demoData::load);
    }

    @Test
    void the_public_page_draws_its_charts_and_both_downloads_work() throws Exception {
        Page statistics = open("/statistics");
        assertThat(statistics.locator("#summary")).containsText("Russia → Ukraine");
        // other tests sharing this database may add transfers of their own: the demo's pair must be among the notes
        assertThat(statistics.locator("#summary")).containsText("the transfers of July 2025 and of 2025 (1,000) may be one handover entered twice");

        Locator charts = statistics.locator("#charts figure.chart");
        assertThat(charts.first()).hasClass(java.util.regex.Pattern.compile("chart-drawn"));
        org.assertj.core.api.Assertions.assertThat(charts.count()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < charts.count(); i++) {
            Locator chart = charts.nth(i);
            assertThat(chart).hasClass(java.util.regex.Pattern.compile("chart-drawn"));
            assertThat(chart.locator("svg").first()).isVisible();
            // the table stays, for screen readers, with the same figures
            assertThat(chart.locator("table")).hasCount(1);
        }
        assertThat(statistics.getByRole(com.microsoft.playwright.options.AriaRole.TABLE).first()).isAttached();
        assertThat(statistics.locator("#charts")).containsText("1,245");
        assertThat(statistics.locator("#qualitative")).containsText("A vast number of corpses of Ukrainian troops left in the city");
        assertThat(statistics.locator("#qualitative")).containsText("tens of thousands");

        Download json = statistics.waitForDownload(() -> statistics.locator("#download-json").click());
        String figures = Files.readString(json.path());
        org.assertj.core.api.Assertions.assertThat(figures).contains("\"directions\"", "\"qualitativeClaims\"");
        Download csv = statistics.waitForDownload(() -> statistics.locator("#download-csv").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).isEqualTo("homeward-claims.csv");
        org.assertj.core.api.Assertions.assertThat(CsvFiles.cells(Files.readAllBytes(csv.path())).get(0))
                .startsWith("kind", "subject", "date", "party");
    }
}
