package org.homeward.formats.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YHaplotypeDatabase;
import org.homeward.kinship.lineage.YLocus;
import org.homeward.kinship.lineage.YPanel;

/**
 * The Y-STR files, each a CSV (comma, semicolon or tab) read whole or refused whole with a
 * {@link org.homeward.formats.common.FormatException} naming file, line and field:
 * <ul>
 * <li>a panel: {@code ## panel: name}, {@code ## two-step share: 0.05}, then {@code locus,copies,mutation rate};</li>
 * <li>profiles: {@code sample,<locus>,<locus>,…}, one row per sample, the alleles of a multi-copy locus
 *     in one cell separated by '/' (a single allele at a two-copy locus stands for both copies);
 *     an empty cell is a locus not typed;</li>
 * <li>a haplotype database: {@code ## database: name}, {@code ## version: v}, {@code ## simulated: yes|no},
 *     then {@code haplotype,count,<locus>,…}, each distinct haplotype once, typed at every locus.</li>
 * </ul>
 */
public final class YStrFiles {

    private YStrFiles() { }

    public static YPanel readPanel(String name, byte[] bytes) {
        TextFile text = TextFile.decode(name, bytes);
        return new ProblemLog(name, Strictness.STRICT).run(log -> {
            LineageTable t = LineageTable.read(text, log, Set.of("panel", "two-step share"), List.of("locus", "copies", "mutation rate"));
            List<YLocus> loci = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Table.Row row : t.rows()) {
                Integer first = seen.putIfAbsent(row.cell(0), row.line());
                if (first != null) {
                    log.error(row.line(), "locus", "locus " + row.cell(0) + " is already listed on line " + first);
                    continue;
                }
                try {
                    loci.add(new YLocus(row.cell(0), Integer.parseInt(row.cell(1)), Double.parseDouble(row.cell(2))));
                } catch (NumberFormatException | KinshipInputException e) {
                    log.error(row.line(), "locus", "'" + String.join(",", row.filledCells()) + "': " + e.getMessage());
                }
            }
            double twoStep = parseShare(t.metadata().getOrDefault("two-step share", ""), log);
            return log.hasErrors() ? null : new YPanel(t.metadata().get("panel"), loci, twoStep);
        }).value();
    }

    public static Map<String, YHaplotype> readProfiles(String name, byte[] bytes, YPanel panel) {
        TextFile text = TextFile.decode(name, bytes);
        return new ProblemLog(name, Strictness.STRICT).run(log -> {
            LineageTable t = LineageTable.read(text, log, Set.of(), List.of("sample"));
            List<String> loci = loci(t, 1, panel, log);
            Map<String, YHaplotype> profiles = new LinkedHashMap<>();
            for (Table.Row row : t.rows()) {
                YHaplotype h = haplotype(row, 1, loci, panel, false, log);
                if (h != null && profiles.putIfAbsent(row.cell(0), h) != null) {
                    log.error(row.line(), "sample", "sample " + row.cell(0) + " is listed twice");
                }
            }
            return profiles;
        }).value();
    }

    public static YHaplotypeDatabase readDatabase(String name, byte[] bytes, YPanel panel) {
        TextFile text = TextFile.decode(name, bytes);
        return new ProblemLog(name, Strictness.STRICT).run(log -> {
            LineageTable t = LineageTable.read(text, log, Set.of("database", "version", "simulated"), List.of("haplotype", "count"));
            List<String> loci = loci(t, 2, panel, log);
            boolean simulated = LineageTable.simulated(t.metadata(), log);
            List<YHaplotypeDatabase.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Table.Row row : t.rows()) {
                int count = LineageTable.count(row, 1, log);
                YHaplotype h = haplotype(row, 2, loci, panel, true, log);
                if (h == null || count == 0) {
                    continue;
                }
                Integer first = seen.putIfAbsent(h.key(), row.line());
                if (first != null) {
                    log.error(row.line(), "haplotype", "haplotype " + row.cell(0) + " repeats the haplotype on line " + first + " (" + h.key() + ")");
                } else {
                    entries.add(new YHaplotypeDatabase.Entry(h, count));
                }
            }
            return log.hasErrors() ? null
                    : new YHaplotypeDatabase(t.metadata().get("database"), t.metadata().get("version"), simulated, loci, entries);
        }).value();
    }

    private static List<String> loci(LineageTable t, int from, YPanel panel, ProblemLog log) {
        List<String> loci = t.header().subList(from, t.header().size());
        for (String locus : loci) {
            if (panel.locus(locus).isEmpty()) {
                log.error(t.headerLine(), locus, "unknown Y-STR locus " + locus + " (panel " + panel.name() + ")");
            }
        }
        if (loci.isEmpty()) {
            log.error(t.headerLine(), "header", "no Y-STR locus columns");
        }
        return loci;
    }

    private static YHaplotype haplotype(Table.Row row, int from, List<String> loci, YPanel panel, boolean complete, ProblemLog log) {
        Map<String, List<String>> calls = new LinkedHashMap<>();
        boolean sound = true;
        for (int c = 0; c < loci.size(); c++) {
            String locus = loci.get(c);
            String cell = row.cell(from + c);
            Optional<YLocus> known = panel.locus(locus);
            if (known.isEmpty()) {
                continue; // refused once, at the header
            }
            if (cell.isEmpty()) {
                if (complete) {
                    log.error(row.line(), locus, "every database haplotype must be typed at " + locus);
                    sound = false;
                }
                continue;
            }
            List<String> texts = List.of(cell.split("\\s*/\\s*"));
            Optional<String> problem = YStrCalls.problem(known.get(), texts);
            if (problem.isPresent()) {
                log.error(row.line(), locus, problem.get());
                sound = false;
            } else {
                calls.put(locus, texts);
            }
        }
        if (sound && calls.isEmpty()) {
            log.error(row.line(), "", "row " + row.cell(0) + " has no typed locus");
        }
        return sound && !calls.isEmpty() ? YStrCalls.haplotype(calls, panel) : null;
    }

    private static double parseShare(String text, ProblemLog log) {
        try {
            double share = Double.parseDouble(text);
            if (share >= 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        log.error(1, "two-step share", "'" + text + "' is not a share between 0 and 1");
        return 0;
    }
}
