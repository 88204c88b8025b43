package org.homeward.app.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart as every page draws one: {@code fragments/charts :: chart(${chart})} writes a
 * {@code <figure class="chart" data-chart='…'>} holding this record as JSON and a table of the same
 * figures; {@code static/js/charts.js} draws the chart with ECharts and keeps the table for screen
 * readers. The JSON is exactly this record: {@code type} (line, bar or histogram), {@code title},
 * {@code x} (the labels along the axis), {@code series} (each a name and one value per label, null
 * where there is none) and an optional {@code markLine} (a value and its label, such as a committed
 * figure).
 */
public record Chart(String type, String title, List<String> x, List<Series> series, MarkLine markLine) {

    private static final Set<String> TYPES = Set.of("line", "bar", "histogram");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named row of values, one per label of {@code x}; null where it has no value. */
    public record Series(String name, List<Long> data) {

        public Series {
            Objects.requireNonNull(name, "name");
            data = Collections.unmodifiableList(new ArrayList<>(data)); // nulls allowed: no value at that label
        }
    }

    /** A horizontal line across the chart at {@code value}. */
    public record MarkLine(long value, String label) {
    }

    public Chart {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("chart type must be line, bar or histogram: " + type);
        }
        x = List.copyOf(x);
        series = List.copyOf(series);
        for (Series each : series) {
            if (each.data().size() != x.size()) {
                throw new IllegalArgumentException("series " + each.name() + " has " + each.data().size()
                        + " values for " + x.size() + " labels");
            }
        }
    }

    /** What {@code data-chart} holds. */
    public String json() {
        return JSON.writeValueAsString(this);
    }

    /** The table cell of one series at one label, in the reader's number format; a dash where there is no value. */
    public String cell(Series of, int index, Locale locale) {
        Long value = of.data().get(index);
        return value == null ? "—" : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The mark line's value in the reader's number format. */
    public String markValue(Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(markLine.value());
    }
}
