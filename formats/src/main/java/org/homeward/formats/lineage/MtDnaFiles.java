package org.homeward.formats.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtHaplotypeDatabase;
import org.homeward.kinship.lineage.MtRegion;

/**
 * The mtDNA files, each a CSV read whole or refused whole with a
 * {@link org.homeward.formats.common.FormatException} naming file, line and field:
 * <ul>
 * <li>profiles: {@code sample,region,variants}: the region as "HVS-I+HVS-II", "CR" or "16024-16365;73-340",
 *     the variants in EMPOP notation separated by spaces ("16093C 73G 263G 315.1C");</li>
 * <li>a haplotype database: {@code ## database: name}, {@code ## version: v}, {@code ## simulated: yes|no},
 *     {@code ## region: …}, then {@code haplotype,count,variants}, each distinct haplotype (after
 *     normalisation) once.</li>
 * </ul>
 */
public final class MtDnaFiles {

    private MtDnaFiles() { }

    public static Map<String, MtHaplotype> readProfiles(String name, byte[] bytes) {
        TextFile text = TextFile.decode(name, bytes);
        return new ProblemLog(name, Strictness.STRICT).run(log -> {
            LineageTable t = LineageTable.read(text, log, Set.of(), List.of("sample", "region", "variants"));
            Map<String, MtHaplotype> profiles = new LinkedHashMap<>();
            for (Table.Row row : t.rows()) {
                MtRegion region = region(row.cell(1), row.line(), log);
                MtHaplotype h = region == null ? null : haplotype(region, row, 2, log);
                if (h != null && profiles.putIfAbsent(row.cell(0), h) != null) {
                    log.error(row.line(), "sample", "sample " + row.cell(0) + " is listed twice");
                }
            }
            return profiles;
        }).value();
    }

    public static MtHaplotypeDatabase readDatabase(String name, byte[] bytes) {
        TextFile text = TextFile.decode(name, bytes);
        return new ProblemLog(name, Strictness.STRICT).run(log -> {
            LineageTable t = LineageTable.read(text, log, Set.of("database", "version", "simulated", "region"),
                    List.of("haplotype", "count", "variants"));
            boolean simulated = LineageTable.simulated(t.metadata(), log);
            MtRegion region = region(t.metadata().getOrDefault("region", ""), 1, log);
            if (region == null) {
                return null;
            }
            List<MtHaplotypeDatabase.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Table.Row row : t.rows()) {
                int count = LineageTable.count(row, 1, log);
                MtHaplotype h = haplotype(region, row, 2, log);
                if (h == null || count == 0) {
                    continue;
                }
                Integer first = seen.putIfAbsent(h.notation(), row.line());
                if (first != null) {
                    log.error(row.line(), "variants", "haplotype " + row.cell(0) + " repeats the haplotype on line " + first
                            + " (" + h.notation() + " once aligned)");
                } else {
                    entries.add(new MtHaplotypeDatabase.Entry(h, count));
                }
            }
            return log.hasErrors() ? null
                    : new MtHaplotypeDatabase(t.metadata().get("database"), t.metadata().get("version"), simulated, region, entries);
        }).value();
    }

    private static MtRegion region(String text, int line, ProblemLog log) {
        try {
            return MtRegion.parse(text);
        } catch (KinshipInputException e) {
            log.error(line, "region", e.getMessage());
            return null;
        }
    }

    private static MtHaplotype haplotype(MtRegion region, Table.Row row, int column, ProblemLog log) {
        try {
            return MtHaplotype.parse(region, row.cell(column));
        } catch (KinshipInputException e) {
            e.problems().forEach(p -> log.error(row.line(), "variants", p));
            return null;
        }
    }
}
