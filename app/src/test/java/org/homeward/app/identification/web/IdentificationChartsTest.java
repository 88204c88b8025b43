package org.homeward.app.identification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.homeward.app.identification.CandidateDetail;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.CaseStatus;
import org.homeward.app.identification.RemainsSex;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The charts' JSON and their tables: the same figures, binned and labelled as the chart script expects. */
class IdentificationChartsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final IdentificationCharts charts = new IdentificationCharts(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_runs_lrs_fall_in_unit_bins_from_the_lowest_to_the_highest_with_the_review_threshold_marked() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Chart chart = charts.lrDistribution(List.of(candidate(2.5), candidate(3.1), candidate(3.99), candidate(6.0)), 10_000);
        JsonNode json = JSON.readTree(chart.json());
        assertThat(json.get("type").asString()).isEqualTo("histogram");
        assertThat(json.get("title").asString()).isEqualTo("distribution");
        assertThat(strings(json.get("x"))).containsExactly("2–3", "3–4", "4–5", "5–6", "6–7");
        assertThat(json.get("series").get(0).get("name").asString()).isEqualTo("Candidates");
        JsonNode data = json.get("series").get(0).get("data");
        assertThat(List.of(data.get(0).asInt(), data.get(1).asInt(), data.get(2).asInt(), data.get(3).asInt(), data.get(4).asInt()))
                .containsExactly(1, 2, 0, 0, 1);
        assertThat(json.get("markLine").get("value").asDouble()).isEqualTo(4.0);
        assertThat(json.get("markLine").get("label").asString()).isEqualTo("threshold 4.00");
        assertThat(chart.heads()).containsExactly("bin", "Candidates");
        assertThat(chart.rows()).containsExactly(List.of("2–3", "1"), List.of("3–4", "2"), List.of("4–5", "0"), List.of("5–6", "0"),
                List.of("6–7", "1"));
        assertThat(chart.title()).isEqualTo("distribution (threshold 4.00)");
        assertThat(charts.lrDistribution(List.of(), 10_000).rows()).isEmpty();
        assertThat(charts.lrDistribution(List.of(candidate(7.2)), 10_000).rows()).as("the bins reach the threshold")
                .containsExactly(List.of("4–5", "0"), List.of("5–6", "0"), List.of("6–7", "0"), List.of("7–8", "1"));
    }

    @Test
    void a_candidates_markers_are_bars_an_exclusion_has_no_bar_and_untyped_markers_are_left_out() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("uk"));
        CandidateDetail detail = new CandidateDetail(candidate(5), List.of(), List.of(), List.of(
                new CandidateDetail.MarkerRow("D3S1358", "14/16", List.of(), 0.41237, false),
                new CandidateDetail.MarkerRow("TH01", null, List.of(), null, false),
                new CandidateDetail.MarkerRow("FGA", "20/20", List.of(), Double.NEGATIVE_INFINITY, true)),
                List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, null);
        Chart chart = charts.markerLrs(detail);
        JsonNode json = JSON.readTree(chart.json());
        assertThat(json.get("type").asString()).isEqualTo("bar");
        assertThat(strings(json.get("x"))).containsExactly("D3S1358", "FGA");
        JsonNode data = json.get("series").get(0).get("data");
        assertThat(data.get(0).asDouble()).isEqualTo(0.412);
        assertThat(data.get(1).isNull()).isTrue();
        assertThat(chart.rows()).containsExactly(List.of("D3S1358", "0,41"), List.of("FGA", "exclusion"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static CandidateMatch candidate(double log10Lr) {
        return new CandidateMatch(1, 1, "S-1", "B-1", Sex.MALE, RemainsSex.Source.EXAMINATION, false, "1", "MP-1", "MP", log10Lr,
                21, 0, 0.01, 0.5, CaseStatus.OPEN, null);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"))) {
            m.addMessage("identification.chart.distribution.title", l, "distribution");
            m.addMessage("identification.chart.distribution.series", l, "Candidates");
            m.addMessage("identification.chart.distribution.bin", l, "bin");
            m.addMessage("identification.chart.threshold", l, "threshold {0}");
            m.addMessage("identification.chart.markers.title", l, "markers");
            m.addMessage("identification.chart.markers.series", l, "log10 LR");
            m.addMessage("identification.chart.markers.marker", l, "Marker");
            m.addMessage("identification.chart.markers.exclusion", l, "exclusion");
        }
        return m;
    }
}
