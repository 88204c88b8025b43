package org.homeward.app.identification;

import static org.homeward.app.security.Permission.STATISTICS_READ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.app.identification.store.IdentificationFiguresStore;
import org.homeward.app.identification.store.IdentificationStore;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Identification's figures for everyone signed in: identifications by month, the queue by status, days to identification. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentificationFigures {

    private final IdentificationStore store;
    private final IdentificationFiguresStore figures;
    private final IdentificationProperties properties;

    @RequiresPermission(STATISTICS_READ)
    public Dashboard dashboard() {
        Map<String, Long> byMonth = figures.identificationsByMonth();
        long total = byMonth.values().stream().mapToLong(Long::longValue).sum();
        Run latest = store.runs(1).stream().findFirst().orElse(null);
        List<Double> days = figures.daysFromReceiptToIdentification();
        List<String> unavailable = new ArrayList<>();
        if (latest == null) {
            unavailable.add("identification.dashboard.unavailable.noRun");
        } else if (latest.samplesAwaitingProfiles() == null) {
            unavailable.add("identification.dashboard.unavailable.awaiting");
        }
        if (total > 0 && days.isEmpty()) {
            unavailable.add("identification.dashboard.unavailable.receipt");
        }
        return new Dashboard(byMonth, total, figures.currentByStatus(Math.log10(properties.reviewLr())), latest, days, unavailable);
    }
}
