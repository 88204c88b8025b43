package org.homeward.formats.familytable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Reads a family table: the plain spreadsheet a lab or a registry keeps of reference families.
 * One row per person; columns {@code family, person, sex, father, mother} and optionally
 * {@code missing} (yes/no), then one column per marker with the genotype as {@code 14/16}
 * ({@code 14 16} or {@code 14,16} when the separator is not a comma; a single allele is a
 * homozygote; empty means not typed). Comma, semicolon or tab separated, as spreadsheets export.
 *
 * <pre>
 * family,person,sex,father,mother,missing,D3S1358,vWA
 * F1,F,male,,,no,14/16,17/18
 * F1,M,female,,,no,15/15,16/19
 * F1,MP,male,F,M,yes,,
 * </pre>
 */
public final class FamilyTableReader {

    static final List<String> REQUIRED = List.of("family", "person", "sex", "father", "mother");

    /** An allele name: repeats with an optional microvariant (9.3), or a letter call (X, Y, OL). */
    private static final Pattern ALLELE = Pattern.compile("[<>]?[0-9]+(\\.[0-9]+)?|[A-Za-z]+");

    private FamilyTableReader() { }

    /** True when the header's cells name the required columns. */
    public static boolean looksLikeHeader(List<String> header) {
        return header.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().containsAll(REQUIRED);
    }

    public static ReadResult<List<DviCase.Family>> read(Path path, Strictness strictness) {
        return parse(TextFile.read(path), strictness);
    }

    public static ReadResult<List<DviCase.Family>> parse(TextFile text, Strictness strictness) {
        return new ProblemLog(text.name(), strictness).run(log -> read(text, log));
    }

    private record Row(int line, String person, Sex sex, String father, String mother, boolean missing, Profile profile) { }

    private static List<DviCase.Family> read(TextFile text, ProblemLog log) {
        Table table = Table.read(text, log);
        List<Table.Row> tableRows = table.rows();
        if (tableRows.isEmpty()) {
            throw log.fatal(1, "", "the file is empty");
        }
        char sep = table.separator();
        int headerLine = tableRows.get(0).line();
        List<String> header = tableRows.get(0).filledCells();
        Map<String, Integer> column = new LinkedHashMap<>();
        List<String> markers = new ArrayList<>();
        List<Integer> markerColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            String key = name.toLowerCase(Locale.ROOT);
            if (REQUIRED.contains(key) || key.equals("missing")) {
                if (column.putIfAbsent(key, c) != null) {
                    log.error(headerLine, name, "the column is given twice");
                }
            } else if (!name.isEmpty()) {
                String marker = MarkerNames.resolve(name, log, headerLine, name);
                if (marker != null) {
                    markers.add(marker);
                    markerColumns.add(c);
                }
            }
        }
        List<String> absent = REQUIRED.stream().filter(r -> !column.containsKey(r)).toList();
        if (!absent.isEmpty()) {
            throw log.fatal(headerLine, String.join(", ", absent), "required column(s) missing (need: "
                    + String.join(", ", REQUIRED) + ")");
        }
        Map<String, List<Row>> families = new LinkedHashMap<>();
        for (Table.Row row : tableRows.subList(1, tableRows.size())) {
            int lineNo = row.line();
            List<String> cells = row.cells();
            String family = cell(cells, column.get("family"));
            String person = cell(cells, column.get("person"));
            if (family.isEmpty() || person.isEmpty()) {
                log.error(lineNo, family.isEmpty() ? "family" : "person", "is empty");
                continue;
            }
            Sex sex;
            try {
                sex = Sex.parse(cell(cells, column.get("sex")));
            } catch (IllegalArgumentException e) {
                log.error(lineNo, "sex", e.getMessage());
                continue;
            }
            boolean missing = column.containsKey("missing") && yes(cell(cells, column.get("missing")), log, lineNo);
            Profile.Builder profile = Profile.builder(family + ":" + person);
            boolean typed = false;
            for (int k = 0; k < markers.size(); k++) {
                String g = cell(cells, markerColumns.get(k));
                if (g.isEmpty()) {
                    continue;
                }
                String[] alleles = g.split(sep == ',' ? "[/ ]+" : "[/, ]+");
                if (alleles.length < 1 || alleles.length > 2 || !ALLELE.matcher(alleles[0]).matches()
                        || alleles.length == 2 && !ALLELE.matcher(alleles[1]).matches()) {
                    log.error(lineNo, header.get(markerColumns.get(k)), "'" + g + "' is not a genotype (write it as 14/16)");
                    continue;
                }
                if (sex == Sex.MALE && MarkerNames.isXLinked(markers.get(k)) && alleles.length == 2 && !alleles[0].equals(alleles[1])) {
                    log.error(lineNo, header.get(markerColumns.get(k)), MarkerNames.maleHeterozygote(person, markers.get(k), List.of(alleles)));
                    continue;
                }
                profile.put(markers.get(k), new AllelePair(alleles[0], alleles.length == 2 ? alleles[1] : alleles[0]));
                typed = true;
            }
            if (missing && typed) {
                log.error(lineNo, "missing", "a missing person cannot have reference genotypes in the family table");
            }
            String father = cell(cells, column.get("father"));
            String mother = cell(cells, column.get("mother"));
            families.computeIfAbsent(family, f -> new ArrayList<>()).add(new Row(lineNo, person, sex,
                    father.isEmpty() ? null : father, mother.isEmpty() ? null : mother, missing, typed ? profile.build() : null));
        }
        List<DviCase.Family> out = new ArrayList<>();
        families.forEach((name, rows) -> {
            Pedigree.Builder b = Pedigree.builder();
            List<String> missing = new ArrayList<>();
            Map<String, Profile> references = new LinkedHashMap<>();
            for (Row r : rows) {
                b.person(r.person, r.sex, r.father, r.mother);
                if (r.missing) {
                    missing.add(r.person);
                }
                if (r.profile != null) {
                    references.put(r.person, new Profile(r.person, r.profile.genotypes()));
                }
            }
            int firstLine = rows.get(0).line;
            if (missing.isEmpty()) {
                log.strictError(firstLine, "missing", "family " + name + " has no missing person (mark one with missing = yes)");
            }
            if (references.isEmpty()) {
                log.strictError(firstLine, "family", "family " + name + " has no typed reference");
            }
            try {
                Pedigree pedigree = b.build();
                if (!missing.isEmpty() && !references.isEmpty()) {
                    out.add(new DviCase.Family(name, pedigree, missing, references));
                }
            } catch (KinshipInputException e) {
                e.problems().forEach(p -> log.error(firstLine, "family " + name, p));
            }
        });
        return out;
    }

    private static boolean yes(String value, ProblemLog log, int line) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x" -> true;
            case "", "no", "n", "false", "0" -> false;
            default -> {
                log.error(line, "missing", "'" + value + "' is neither yes nor no");
                yield false;
            }
        };
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : cells.get(index).trim();
    }
}
