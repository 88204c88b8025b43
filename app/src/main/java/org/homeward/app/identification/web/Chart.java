package org.homeward.app.identification.web;

import java.util.List;

/**
 * A chart as the page emits it: {@code json} for the {@code data-chart} attribute that the chart
 * script draws, and the same figures as a complete table (the accessible fallback, and what shows
 * before the script runs).
 *
 * @param heads the table's column heads, the first naming the rows
 * @param rows  one row per x value: its label, then one cell per series
 */
public record Chart(String json, String title, List<String> heads, List<List<String>> rows) {

    public Chart {
        heads = List.copyOf(heads);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
