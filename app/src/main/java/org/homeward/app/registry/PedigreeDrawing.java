package org.homeward.app.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;

/**
 * Draws a family's reference pedigree as SVG, on the server: one row per generation, squares for
 * males, circles for females, diamonds for unknown sex; relatives whose profile is stored shaded
 * dark, those whose sample is awaited shaded light; missing persons outlined in red with a
 * question mark; persons who only connect others dashed. Couples are joined by a line, their
 * children hang from it.
 *
 * <p>Layout: generation = one more than the parents' (a person who married into the family takes
 * the generation of their partner); within a row, sibling groups are centred under their parents
 * and pushed right where they would overlap.
 */
final class PedigreeDrawing {

    private static final Pattern MEMBER_ID = Pattern.compile("\\b(?:MP|R)-\\d+\\b");
    private static final int SPACING = 150;
    private static final int ROW = 130;
    private static final int SIZE = 36;
    private static final int MARGIN = 80;

    private PedigreeDrawing() {
    }

    /** The text with every member id (MP-n, R-n) replaced by that member's name. */
    static String inNames(String text, Map<String, String> names) {
        Matcher m = MEMBER_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The drawing; {@code named}: each person labelled with their name and the family's in the title,
     * otherwise with their member id (MP-n, R-n) and the family's number, the relationship words kept.
     */
    static String svg(Pedigree ped, Family family, List<String> placeholders, PedigreeWords words, boolean named) {
        int n = ped.size();
        Map<String, String> names = new HashMap<>();
        Map<String, String> relations = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (MissingPerson p : family.missingPersons()) {
            names.put(p.id(), named ? p.name() : p.id());
            missing.add(p.id());
            relations.put(p.id(), words.missing(p.relationWords()));
        }
        for (Relative r : family.relatives()) {
            names.put(r.id(), named ? r.fullName() : r.id());
            relations.put(r.id(), r.relationWords());
        }
        Set<String> typed = new HashSet<>();
        Set<String> awaited = new HashSet<>();
        for (ReferenceSample s : family.samples()) {
            if (s.consentInForce() && s.profiled()) {
                typed.add(s.relativeId());
            } else if (s.consentInForce()) {
                awaited.add(s.relativeId());
            }
        }
        awaited.removeAll(typed);
        Set<String> connecting = new HashSet<>(placeholders);

        int[] gen = generations(ped);
        int rows = 0;
        for (int g : gen) {
            rows = Math.max(rows, g + 1);
        }
        double[] x = layout(ped, gen, rows);
        double maxX = 0;
        for (double v : x) {
            maxX = Math.max(maxX, v);
        }
        int width = Math.max((int) maxX + 2 * MARGIN, MARGIN + 4 * 150);
        int legendY = rows * ROW + 30;
        int height = legendY + 40;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pedigree\" role=\"img\" aria-labelledby=\"pedigree-title\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\">");
        svg.append("<title id=\"pedigree-title\">").append(escape(words.title(named ? family.name() : "#" + family.id()))).append("</title>");
        svg.append("<g stroke=\"#333\" stroke-width=\"1.5\" fill=\"none\">");
        // couples and their children
        Map<String, List<Integer>> sibships = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!ped.isFounder(i)) {
                sibships.computeIfAbsent(ped.father(i) + "," + ped.mother(i), k -> new ArrayList<>()).add(i);
            }
        }
        sibships.forEach((key, children) -> {
            int f = Integer.parseInt(key.substring(0, key.indexOf(',')));
            int m = Integer.parseInt(key.substring(key.indexOf(',') + 1));
            double fy = y(gen[f]);
            double my = y(gen[m]);
            double coupleY = Math.max(fy, my);
            double fx = cx(x[f]);
            double mx = cx(x[m]);
            line(svg, fx, fy, fx, coupleY);
            line(svg, mx, my, mx, coupleY);
            line(svg, fx + Math.signum(mx - fx) * SIZE / 2.0, coupleY, mx - Math.signum(mx - fx) * SIZE / 2.0, coupleY);
            double mid = (fx + mx) / 2;
            int childRow = children.stream().mapToInt(c -> gen[c]).min().orElse(gen[f] + 1);
            double sibY = y(childRow) - SIZE / 2.0 - 22;
            line(svg, mid, coupleY, mid, sibY);
            double lo = mid;
            double hi = mid;
            for (int c : children) {
                lo = Math.min(lo, cx(x[c]));
                hi = Math.max(hi, cx(x[c]));
                line(svg, cx(x[c]), sibY, cx(x[c]), y(gen[c]) - SIZE / 2.0);
            }
            line(svg, lo, sibY, hi, sibY);
        });
        svg.append("</g>");
        // persons
        for (int i = 0; i < n; i++) {
            String id = ped.id(i);
            double cx = cx(x[i]);
            double cy = y(gen[i]);
            boolean isMissing = missing.contains(id);
            String fill = typed.contains(id) ? "#444" : awaited.contains(id) ? "#bbb" : "#fff";
            String stroke = isMissing ? "#b00020" : "#333";
            String strokeWidth = isMissing ? "3" : "1.5";
            String dash = connecting.contains(id) ? " stroke-dasharray=\"4 3\"" : "";
            String kind = isMissing ? "missing" : typed.contains(id) ? "typed" : awaited.contains(id) ? "awaited"
                    : connecting.contains(id) ? "connecting" : "relative";
            String label = names.getOrDefault(id, inNames(id, names));
            svg.append("<g class=\"person ").append(kind).append("\" data-id=\"").append(escape(id)).append("\">");
            svg.append("<title>").append(escape(label + " (" + words.kind(kind) + ")")).append("</title>");
            String common = " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + strokeWidth + "\"" + dash;
            Sex sex = ped.sex(i);
            if (sex == Sex.MALE) {
                svg.append("<rect x=\"").append(num(cx - SIZE / 2.0)).append("\" y=\"").append(num(cy - SIZE / 2.0))
                        .append("\" width=\"").append(SIZE).append("\" height=\"").append(SIZE).append('"').append(common).append("/>");
            } else if (sex == Sex.FEMALE) {
                svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(SIZE / 2)
                        .append('"').append(common).append("/>");
            } else {
                double h = SIZE / 2.0 + 3;
                svg.append("<polygon points=\"").append(num(cx)).append(',').append(num(cy - h)).append(' ').append(num(cx + h))
                        .append(',').append(num(cy)).append(' ').append(num(cx)).append(',').append(num(cy + h)).append(' ')
                        .append(num(cx - h)).append(',').append(num(cy)).append('"').append(common).append("/>");
            }
            if (isMissing) {
                svg.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 7)).append("\" text-anchor=\"middle\" ")
                        .append("font-size=\"20\" font-weight=\"bold\" fill=\"#b00020\">?</text>");
            }
            text(svg, cx, cy + SIZE / 2.0 + 16, shorten(connecting.contains(id) ? connectingLabel(id, names) : label), 12, "#000");
            String second = connecting.contains(id) ? "" : relations.getOrDefault(id, "");
            text(svg, cx, cy + SIZE / 2.0 + 31, shorten(second), 11, "#555");
            svg.append("</g>");
        }
        // legend
        legend(svg, MARGIN, legendY, words);
        svg.append("</svg>");
        return svg.toString();
    }

    private static String connectingLabel(String id, Map<String, String> names) {
        return inNames(id, names);
    }

    private static void legend(StringBuilder svg, double x0, double y0, PedigreeWords words) {
        String[][] items = {{"#fff", "#b00020", "3", "", words.legend("missing")}, {"#444", "#333", "1.5", "", words.legend("typed")},
            {"#bbb", "#333", "1.5", "", words.legend("awaited")}, {"#fff", "#333", "1.5", " stroke-dasharray=\"4 3\"", words.legend("connecting")}};
        double x = x0;
        svg.append("<g class=\"legend\">");
        for (String[] item : items) {
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y0 - 8)).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(item[0]).append("\" stroke=\"").append(item[1]).append("\" stroke-width=\"").append(item[2]).append('"')
                    .append(item[3]).append("/>");
            svg.append("<text x=\"").append(num(x + 20)).append("\" y=\"").append(num(y0 + 4)).append("\" font-size=\"12\">")
                    .append(escape(item[4])).append("</text>");
            x += 150;
        }
        svg.append("</g>");
    }

    /** Generation of every person: parents' plus one; founders one above their children. */
    static int[] generations(Pedigree ped) {
        int n = ped.size();
        int[] gen = new int[n];
        for (int round = 0; round < 4 * n + 4; round++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int g = gen[i];
                if (!ped.isFounder(i)) {
                    g = Math.max(gen[ped.father(i)], gen[ped.mother(i)]) + 1;
                } else {
                    int[] children = ped.children(i);
                    if (children.length > 0) {
                        int min = Integer.MAX_VALUE;
                        for (int c : children) {
                            min = Math.min(min, gen[c]);
                        }
                        g = Math.max(gen[i], min - 1);
                    }
                }
                if (g != gen[i]) {
                    gen[i] = g;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int top = Arrays.stream(gen).min().orElse(0);
        return Arrays.stream(gen).map(g -> g - top).toArray();
    }

    /** x of every person (0-based, before the margin): sibling groups under their parents, no overlaps. */
    static double[] layout(Pedigree ped, int[] gen, int rows) {
        int n = ped.size();
        double[] x = new double[n];
        boolean[] placed = new boolean[n];
        for (int row = 0; row < rows; row++) {
            final int r = row;
            List<Integer> inRow = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (gen[i] == r) {
                    inRow.add(i);
                }
            }
            // groups: each sibship (with the partners who married in next to their spouse), then the other founders as couples
            List<List<Integer>> groups = new ArrayList<>();
            List<Double> desired = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            Map<String, List<Integer>> sibships = new LinkedHashMap<>();
            for (int i : inRow) {
                if (!ped.isFounder(i)) {
                    sibships.computeIfAbsent(ped.father(i) + "," + ped.mother(i), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> sibs : sibships.values()) {
                List<Integer> group = new ArrayList<>();
                for (int s : sibs) {
                    group.add(s);
                    used.add(s);
                    for (int partner : partners(ped, s)) {
                        if (gen[partner] == r && ped.isFounder(partner) && used.add(partner)) {
                            group.add(partner);
                        }
                    }
                }
                int first = sibs.get(0);
                double mid = (x[ped.father(first)] + x[ped.mother(first)]) / 2;
                groups.add(group);
                desired.add(mid - (group.size() - 1) * SPACING / 2.0);
            }
            List<Integer> byPartners = new ArrayList<>(inRow);
            byPartners.sort(Comparator.comparingInt((Integer i) -> -partners(ped, i).size()));
            for (int i : byPartners) {
                if (used.add(i)) {
                    // a person with several partners between them, so that no couple's line crosses another partner
                    List<Integer> group = new ArrayList<>(List.of(i));
                    for (int partner : partners(ped, i)) {
                        if (gen[partner] == r && used.add(partner)) {
                            if (group.size() == 1 || group.indexOf(i) > 0) {
                                group.add(partner);
                            } else {
                                group.add(0, partner);
                            }
                        }
                    }
                    groups.add(group);
                    desired.add(Double.NEGATIVE_INFINITY);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                order.add(g);
            }
            order.sort(Comparator.comparingDouble(desired::get));
            double next = 0;
            for (int g : order) {
                double start = Math.max(desired.get(g), next);
                for (int person : groups.get(g)) {
                    x[person] = start;
                    placed[person] = true;
                    start += SPACING;
                }
                next = start;
            }
        }
        double left = Arrays.stream(x).min().orElse(0);
        return Arrays.stream(x).map(v -> v - left).toArray();
    }

    /** Those with whom {@code i} has children. */
    private static List<Integer> partners(Pedigree ped, int i) {
        List<Integer> partners = new ArrayList<>();
        for (int c : ped.children(i)) {
            int other = ped.father(c) == i ? ped.mother(c) : ped.father(c);
            if (!partners.contains(other)) {
                partners.add(other);
            }
        }
        return partners;
    }

    private static double cx(double x) {
        return x + MARGIN;
    }

    private static double y(int gen) {
        return gen * ROW + 40;
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String text, int size, String fill) {
        if (text == null || text.isEmpty()) {
            return;
        }
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"middle\" font-size=\"")
                .append(size).append("\" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>");
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
