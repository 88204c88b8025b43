package org.homeward.app.frequencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.genetics.LabFile;
import org.homeward.app.genetics.RowProblem;
import org.homeward.formats.frequencies.FrequencyChecks;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.LocusFrequencies;
import org.homeward.formats.markers.MarkerNames;

/**
 * What a laboratory's database must meet before identification may use it (the reader has already
 * refused malformed numbers, frequencies outside (0, 1], alleles listed twice and unknown markers):
 * <ul>
 *   <li>a marker's frequencies sum to 1 within {@value #NORMALISE_WITHIN}, otherwise alleles are missing
 *       (or a frequency is mistyped) and the file is refused at the marker's line;</li>
 *   <li>an allele below the minimum allele frequency is raised to it (a warning names it);</li>
 *   <li>a marker whose frequencies then do not sum to 1 (within {@link FrequencyChecks#SUM_TOLERANCE}) is
 *       normalised to 1, with a warning stating the sum;</li>
 *   <li>the common kit's markers the database lacks are named in a warning: genotypes there are left out of the LR;
 *       a database of X-STRs alone is said to stand beside the bundled autosomal frequencies.</li>
 * </ul>
 *
 * @param minimumAlleleFrequency the least frequency an allele may have (NRC II 4.10: at least 5/2N)
 */
record FrequencyPolicy(double minimumAlleleFrequency) {

    /** How far a marker's sum may stray from 1 and still be normalised: rounding of the printed values, not missing alleles. */
    static final double NORMALISE_WITHIN = 0.02;

    FrequencyPolicy {
        if (!(minimumAlleleFrequency > 0 && minimumAlleleFrequency < 1)) {
            throw new IllegalArgumentException("the minimum allele frequency must be in (0, 1): " + minimumAlleleFrequency);
        }
    }

    /** The database identification may use, and every warning; {@link ImportRejectedException} when a marker is refused. */
    Checked check(LabFile.Frequencies file) {
        List<String> warnings = new ArrayList<>(file.warnings().stream().filter(w -> !isSumWarning(w)).map(RowProblem::toString).toList());
        List<RowProblem> errors = new ArrayList<>();
        List<LocusFrequencies> loci = new ArrayList<>();
        for (LocusFrequencies locus : file.table().loci()) {
            double sum = locus.sum();
            if (Math.abs(sum - 1) > NORMALISE_WITHIN) {
                errors.add(new RowProblem(lineOf(locus.marker(), file), locus.marker(), "the frequencies sum to " + sum
                        + ", more than " + NORMALISE_WITHIN + " from 1: alleles are missing or a frequency is mistyped"));
                continue;
            }
            Map<String, Double> alleles = new LinkedHashMap<>(locus.alleles());
            List<String> raised = alleles.entrySet().stream().filter(e -> e.getValue() < minimumAlleleFrequency).map(Map.Entry::getKey).toList();
            raised.forEach(allele -> alleles.put(allele, minimumAlleleFrequency));
            if (!raised.isEmpty()) {
                warnings.add(locus.marker() + ": alleles " + String.join(", ", raised) + " raised to the minimum allele frequency "
                        + minimumAlleleFrequency);
            }
            double adjusted = alleles.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(adjusted - 1) > FrequencyChecks.SUM_TOLERANCE) {
                alleles.replaceAll((allele, f) -> f / adjusted);
                warnings.add(locus.marker() + ": the frequencies sum to " + adjusted + "; normalised to 1");
            }
            loci.add(new LocusFrequencies(locus.marker(), alleles));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<String> absent = FrequencyDatabases.COMMON_KIT.stream().filter(m -> file.table().locus(m).isEmpty()).toList();
        if (loci.stream().allMatch(l -> MarkerNames.isXLinked(l.marker()))) {
            warnings.add("an X-STR database: identification uses it for X evidence beside the bundled European autosomal frequencies");
        } else if (!absent.isEmpty()) {
            warnings.add("markers of the common kit not in the database, left out of every LR: " + String.join(", ", absent));
        }
        return new Checked(new FrequencyTable(file.name(), loci), warnings);
    }

    /** The database as identification will use it, and what was said of it. */
    record Checked(FrequencyTable table, List<String> warnings) {

        Checked {
            warnings = List.copyOf(warnings);
        }
    }

    /** The reader reports a sum off 1 at the marker's line; the policy says it in its own words. */
    private static boolean isSumWarning(RowProblem warning) {
        return warning.message().contains(" sum to ");
    }

    private static int lineOf(String marker, LabFile.Frequencies file) {
        return file.warnings().stream().filter(w -> isSumWarning(w) && (w.column().equals(marker) || w.message().contains(" " + marker + " ")))
                .mapToInt(RowProblem::row).findFirst().orElse(0);
    }
}
