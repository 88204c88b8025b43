package org.homeward.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.homeward.formats.codis.CmfReader;
import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.formats.familytable.FamilyTableReader;
import org.homeward.formats.genemapper.GeneMapperLayout;
import org.homeward.formats.genemapper.GeneMapperReader;

/** Recognises a file's format from its content (a signature), never from its name. */
public final class Formats {

    private static final Pattern KINSHIP_CASE = Pattern.compile("\"format\"\\s*:\\s*\"kinship-case/1\"");
    private static final Pattern ALLELE_FREQUENCY = Pattern.compile("\\S+\\t[0-9.eE+-]+\\s*");

    private Formats() { }

    /** The format of the file, or UNKNOWN; an unreadable file is a {@link org.homeward.formats.common.FormatException}. */
    public static FormatKind detect(Path path) {
        return detect(path.toString(), TextFile.readBytes(path));
    }

    /** The format of an upload held in memory, named {@code name} in any problem. */
    public static FormatKind detect(String name, byte[] content) {
        return detect(TextFile.decode(name, content));
    }

    public static FormatKind detect(TextFile text) {
        List<String> lines = text.lines().stream().filter(l -> !l.isBlank()).limit(50).toList();
        if (lines.isEmpty()) {
            return FormatKind.UNKNOWN;
        }
        String first = lines.get(0).strip();
        if (first.startsWith(FamiliasReader.SIGNATURE)) {
            return FormatKind.FAMILIAS;
        }
        if (first.startsWith("{")) {
            return KINSHIP_CASE.matcher(String.join("\n", text.lines())).find() ? FormatKind.KINSHIP_CASE_JSON : FormatKind.UNKNOWN;
        }
        if (first.startsWith("<")) {
            String head = String.join("\n", lines);
            return head.contains("<" + CmfReader.ROOT) ? FormatKind.CODIS_CMF : FormatKind.UNKNOWN;
        }
        List<String> cells = headerCells(text, lines.get(0));
        GeneMapperLayout layout = GeneMapperReader.layoutOf(cells);
        if (layout != null) {
            return layout == GeneMapperLayout.WIDE ? FormatKind.GENEMAPPER_WIDE : FormatKind.GENEMAPPER_TALL;
        }
        if (FamilyTableReader.looksLikeHeader(cells)) {
            return FormatKind.FAMILY_TABLE;
        }
        List<String> header = cells.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        if (header.contains("allele") && (header.contains("frequency") || header.contains("freq"))) {
            return FormatKind.CSV_FREQUENCIES;
        }
        if (first.indexOf('\t') < 0 && lines.size() > 1 && ALLELE_FREQUENCY.matcher(lines.get(1)).matches()) {
            return FormatKind.NORSTR_FREQUENCIES;
        }
        return FormatKind.UNKNOWN;
    }

    /** The cells of the first line read as a table's header; a quote left open there is a {@link org.homeward.formats.common.FormatException}. */
    private static List<String> headerCells(TextFile text, String first) {
        int line = text.lines().indexOf(first) + 1;
        return new ProblemLog(text.name(), Strictness.STRICT)
                .run(log -> Table.row(first, line, Table.separator(first), log).cells()).value();
    }
}
