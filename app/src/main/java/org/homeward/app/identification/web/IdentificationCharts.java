package org.homeward.app.identification.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.app.identification.CandidateDetail;
import org.homeward.app.identification.CandidateMatch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The identification charts' data (issue 17 item 3): a run's log10 LR histogram with the review
 * threshold marked, and a candidate's LR marker by marker. Each is the {@code data-chart} JSON of
 * {@code <figure class="chart">} and the same figures as a table.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentificationCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    /**
     * The candidates of a run by log10 LR in bins one unit wide ([2, 3), [3, 4), …), from the lowest
     * candidate's (or the review threshold's) bin to the highest's (an exclusion is never a candidate),
     * the review threshold marked.
     */
    Chart lrDistribution(List<CandidateMatch> candidates, double reviewLr) {
        Locale locale = LocaleContextHolder.getLocale();
        double threshold = Math.log10(reviewLr);
        List<String> bins = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (!candidates.isEmpty()) {
            // the bins reach the threshold's too, so that the mark falls on the axis
            int low = (int) Math.floor(Math.min(threshold, candidates.stream().mapToDouble(CandidateMatch::log10Lr).min().orElseThrow()));
            int high = (int) Math.floor(Math.max(threshold, candidates.stream().mapToDouble(CandidateMatch::log10Lr).max().orElseThrow()));
            int[] n = new int[high - low + 1];
            candidates.forEach(c -> n[(int) Math.floor(c.log10Lr()) - low]++);
            for (int b = low; b <= high; b++) {
                bins.add(b + "–" + (b + 1));
                counts.add(n[b - low]);
            }
        }
        String title = text("identification.chart.distribution.title", locale);
        String series = text("identification.chart.distribution.series", locale);
        String threshold10 = text("identification.chart.threshold", locale, format(threshold, locale));
        Map<String, Object> chart = chart("histogram", title, bins, series, counts);
        Map<String, Object> mark = new LinkedHashMap<>();
        mark.put("value", threshold);
        mark.put("label", threshold10);
        chart.put("markLine", mark);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            rows.add(List.of(bins.get(i), Integer.toString(counts.get(i))));
        }
        return new Chart(JSON.writeValueAsString(chart), title + " (" + threshold10 + ")",
                List.of(text("identification.chart.distribution.bin", locale), series), rows);
    }

    /** The candidate's log10 LR at each marker the remains were typed at (an exclusion at a marker has no bar: null). */
    Chart markerLrs(CandidateDetail detail) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> markers = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (CandidateDetail.MarkerRow m : detail.markers()) {
            if (m.log10Lr() == null) {
                continue;
            }
            boolean exclusion = m.log10Lr() == Double.NEGATIVE_INFINITY;
            markers.add(m.marker());
            values.add(exclusion ? null : Math.round(m.log10Lr() * 1000) / 1000.0);
            rows.add(List.of(m.marker(), exclusion ? text("identification.chart.markers.exclusion", locale) : format(m.log10Lr(), locale)));
        }
        String title = text("identification.chart.markers.title", locale);
        String series = text("identification.chart.markers.series", locale);
        Map<String, Object> chart = chart("bar", title, markers, series, values);
        return new Chart(JSON.writeValueAsString(chart), title, List.of(text("identification.chart.markers.marker", locale), series), rows);
    }

    private static Map<String, Object> chart(String type, String title, List<String> x, String series, List<?> data) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("title", title);
        chart.put("x", x);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", series);
        s.put("data", data);
        chart.put("series", List.of(s));
        return chart;
    }

    private static String format(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
