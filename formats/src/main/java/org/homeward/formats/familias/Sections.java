package org.homeward.formats.familias;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homeward.formats.common.ProblemLog;

/**
 * The INI-like tail of a .fam file: {@code [Name]} headers whose nesting depth is their number of
 * brackets, and {@code Key= value} lines. The {@code [DVI]} section is parsed into a tree; the other
 * sections are kept as lines.
 */
final class Sections {

    /** A {@code Key= value} line; a line without {@code =} has an empty value. */
    record Entry(int line, String key, String value) { }

    /** A section: its header line, entries and subsections, and all its lines verbatim. */
    static final class Section {
        final String name;
        final int depth;
        final int line;
        final List<Entry> entries = new ArrayList<>();
        final List<Section> children = new ArrayList<>();
        final List<String> lines = new ArrayList<>();

        Section(String name, int depth, int line) {
            this.name = name;
            this.depth = depth;
            this.line = line;
        }

        Optional<Section> child(String name) {
            return children.stream().filter(c -> c.name.equalsIgnoreCase(name)).findFirst();
        }
    }

    private final Section dvi;
    private final List<String> otherLines;

    private Sections(Section dvi, List<String> otherLines) {
        this.dvi = dvi;
        this.otherLines = otherLines;
    }

    Optional<Section> dvi() {
        return Optional.ofNullable(dvi);
    }

    List<String> otherLines() {
        return otherLines;
    }

    static Sections parse(List<String> lines, int start, ProblemLog log) {
        Section dvi = null;
        List<String> other = new ArrayList<>();
        List<Section> open = new ArrayList<>();
        boolean inDvi = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            int depth = 0;
            while (depth < s.length() && s.charAt(depth) == '[') {
                depth++;
            }
            if (depth > 0) {
                String name = s.replace("[", "").replace("]", "").strip();
                if (depth > open.size() + 1) {
                    log.error(i + 1, "section", "section [" + name + "] is nested " + depth
                            + " deep but its parent is missing");
                    depth = open.size() + 1;
                }
                Section section = new Section(name, depth, i + 1);
                while (open.size() >= depth) {
                    open.remove(open.size() - 1);
                }
                if (depth == 1) {
                    inDvi = name.equals("DVI");
                    if (inDvi) {
                        if (dvi != null) {
                            log.error(i + 1, "section", "the file has two [DVI] sections");
                        }
                        dvi = section;
                    }
                } else {
                    open.get(open.size() - 1).children.add(section);
                }
                open.add(section);
            } else if (open.isEmpty()) {
                if (!s.isEmpty()) {
                    log.error(i + 1, "", "unexpected line after the database: '" + s + "'");
                }
                continue;
            } else if (!s.isEmpty()) {
                int eq = s.indexOf('=');
                Entry e = eq < 0 ? new Entry(i + 1, s, "") : new Entry(i + 1, s.substring(0, eq).strip(), s.substring(eq + 1).strip());
                open.get(open.size() - 1).entries.add(e);
            }
            for (Section o : open) {
                o.lines.add(line);
            }
            if (!inDvi) {
                other.add(line);
            }
        }
        return new Sections(dvi, other);
    }
}
