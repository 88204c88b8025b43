package org.homeward.formats.markers;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.homeward.formats.common.ProblemLog;

/**
 * How a reader of allele calls names the loci it meets: autosomal and X markers by {@link MarkerNames},
 * Y-STR loci by the laboratory's panel. One reader (GeneMapper, CMF) then serves both.
 *
 * @param canonical the canonical name of a locus as written, or empty when it is not one of these loci
 * @param what      what the loci are, for messages ("marker name", "Y-STR locus of panel Yfiler Plus")
 * @param judge     null for autosomal use (the reader flags off-ladder calls and more than two alleles);
 *                  otherwise why the alleles called at a locus are unsound (empty when sound), so that
 *                  a lineage reader refuses them at their line: an error, under LENIENT a warning with
 *                  the locus left out
 */
public record LocusNaming(Function<String, Optional<String>> canonical, String what,
                          BiFunction<String, List<String>, Optional<String>> judge) {

    /** Autosomal and X markers, amelogenin included. */
    public static final LocusNaming MARKERS = new LocusNaming(MarkerNames::canonical, "marker name", null);

    /** Whether calls are flagged as autosomal calls are (off-ladder, more than two alleles) rather than judged. */
    public boolean flagsMixtures() {
        return judge == null;
    }

    /** Why the alleles called at this (canonical) locus are unsound; always empty for autosomal use. */
    public Optional<String> callProblem(String locus, List<String> alleles) {
        return judge == null ? Optional.empty() : judge.apply(locus, alleles);
    }

    /** The canonical name; an unknown name is recorded (an error, a warning under LENIENT) and returned as written. */
    public String resolve(String name, ProblemLog log, int line, String field) {
        Optional<String> c = canonical.apply(name);
        if (c.isPresent()) {
            return c.get();
        }
        log.strictError(line, field, "unknown " + what + " '" + name + "'");
        return name;
    }

    public boolean isKnown(String name) {
        return canonical.apply(name).isPresent();
    }
}
