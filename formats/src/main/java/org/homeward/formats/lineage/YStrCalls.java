package org.homeward.formats.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.homeward.formats.markers.LocusNaming;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.lineage.YAllele;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YLocus;
import org.homeward.kinship.lineage.YPanel;

/**
 * Y-STR calls as every reader gives them (allele texts per locus) judged against a laboratory's panel
 * and made into haplotypes. A locus is named as the panel names it, whatever case and separators the
 * file uses ({@code dys 385}, {@code DYS385a/b}); its alleles are one per copy, in any order (a
 * multi-copy locus such as DYS385a/b is an unordered set), a single allele at a multi-copy locus
 * standing for all its copies (the copies have the same length).
 */
final class YStrCalls {

    private YStrCalls() { }

    /** The naming that reads a file's loci against the panel and judges the alleles called at each. */
    static LocusNaming naming(YPanel panel) {
        Map<String, String> byKey = new LinkedHashMap<>();
        panel.loci().forEach(l -> byKey.put(key(l.name()), l.name()));
        return new LocusNaming(name -> Optional.ofNullable(byKey.get(key(name))).or(() -> Optional.ofNullable(byKey.get(withoutCopyLetters(key(name))))),
                "Y-STR locus of panel " + panel.name(), (locus, alleles) -> panel.locus(locus).flatMap(l -> problem(l, alleles)));
    }

    /** Why these allele texts cannot be the alleles of this locus, or empty when they can. */
    static Optional<String> problem(YLocus locus, List<String> alleles) {
        List<String> problems = new ArrayList<>();
        for (String a : alleles) {
            try {
                YAllele.parse(a);
            } catch (KinshipInputException e) {
                problems.add(e.getMessage());
            }
        }
        if (alleles.size() != locus.copies() && !(alleles.size() == 1 && locus.copies() > 1)) {
            problems.add(locus.name() + " has " + locus.copies() + (locus.copies() == 1 ? " copy" : " copies") + " but "
                    + alleles.size() + " alleles were called (a mixture or a duplication)");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** The haplotype of calls already judged sound; loci outside the panel (reported where they were read) are left out. */
    static YHaplotype haplotype(Map<String, List<String>> calls, YPanel panel) {
        Map<String, List<YAllele>> alleles = new LinkedHashMap<>();
        calls.forEach((locusName, texts) -> panel.locus(locusName).ifPresent(locus -> {
            List<YAllele> parsed = texts.stream().map(YAllele::parse).toList();
            alleles.put(locus.name(), parsed.size() == 1 ? Collections.nCopies(locus.copies(), parsed.get(0)) : parsed);
        }));
        return new YHaplotype(alleles);
    }

    /** A locus name without case and separators, for matching names as files write them. */
    static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** "DYS385AB" → "DYS385": kits write a multi-copy locus with its copy letters. */
    private static String withoutCopyLetters(String key) {
        return key.replaceFirst("(?<=\\d)(AB|ABC|ABCD)$", "");
    }
}
