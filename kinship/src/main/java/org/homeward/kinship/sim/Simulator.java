package org.homeward.kinship.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Seeded, reproducible simulation of families, their missing persons' remains, and unrelated remains.
 * Genotypes are dropped through the pedigree: founders draw alleles from the frequencies, and every
 * transmission passes through the marker's mutation model for the parent's sex, so references
 * sometimes differ from the missing person by a mutation, as in real casework. Remains lose markers
 * to degradation, longer amplicons first.
 */
public final class Simulator {

    /** Approximate largest amplicon (bp) of common STR kits; unknown markers count as 250 bp. */
    private static final Map<String, Integer> AMPLICON = Map.ofEntries(
            Map.entry("AMEL", 110), Map.entry("D3S1358", 150), Map.entry("vWA", 200), Map.entry("D16S539", 290),
            Map.entry("CSF1PO", 330), Map.entry("TPOX", 100), Map.entry("D8S1179", 170), Map.entry("D21S11", 240),
            Map.entry("D18S51", 330), Map.entry("D2S441", 100), Map.entry("D19S433", 140), Map.entry("TH01", 200),
            Map.entry("FGA", 360), Map.entry("D22S1045", 110), Map.entry("D5S818", 150), Map.entry("D13S317", 230),
            Map.entry("D7S820", 300), Map.entry("SE33", 450), Map.entry("D10S1248", 120), Map.entry("D1S1656", 170),
            Map.entry("D12S391", 240), Map.entry("D2S1338", 350), Map.entry("Penta D", 450), Map.entry("Penta E", 470));

    private final List<Marker> markers;
    private final SplittableRandom random;
    private final double[][] cumulative;
    private final double[][][] maleCumulative;
    private final double[][][] femaleCumulative;

    public Simulator(List<Marker> markers, long seed) {
        this.markers = List.copyOf(markers);
        this.random = new SplittableRandom(seed);
        int n = markers.size();
        cumulative = new double[n][];
        maleCumulative = new double[n][][];
        femaleCumulative = new double[n][][];
        for (int m = 0; m < n; m++) {
            Marker marker = markers.get(m);
            cumulative[m] = cumulate(marker.frequencies());
            maleCumulative[m] = cumulateRows(marker.mutationMatrix(Sex.MALE));
            femaleCumulative[m] = cumulateRows(marker.mutationMatrix(Sex.FEMALE));
        }
    }

    public List<Marker> markers() { return markers; }

    /** A family of the given configuration; the missing person's sex is random. */
    public SimulatedFamily family(String id, ReferenceConfiguration configuration) {
        Sex mpSex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        Pedigree.Builder b = Pedigree.builder();
        List<String> typed = new ArrayList<>();
        switch (configuration) {
            case ONE_PARENT -> {
                b.founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", mpSex, "F", "M");
                typed.add(random.nextBoolean() ? "F" : "M");
            }
            case BOTH_PARENTS -> {
                b.founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", mpSex, "F", "M");
                typed.add("F");
                typed.add("M");
            }
            case ONE_SIBLING, TWO_SIBLINGS -> {
                b.founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", mpSex, "F", "M")
                        .child("S1", random.nextBoolean() ? Sex.MALE : Sex.FEMALE, "F", "M");
                typed.add("S1");
                if (configuration == ReferenceConfiguration.TWO_SIBLINGS) {
                    b.child("S2", random.nextBoolean() ? Sex.MALE : Sex.FEMALE, "F", "M");
                    typed.add("S2");
                }
            }
            case CHILD_AND_OTHER_PARENT -> {
                b.founder("MP", mpSex).founder("P", mpSex == Sex.MALE ? Sex.FEMALE : Sex.MALE);
                if (mpSex == Sex.MALE) {
                    b.child("C", random.nextBoolean() ? Sex.MALE : Sex.FEMALE, "MP", "P");
                } else {
                    b.child("C", random.nextBoolean() ? Sex.MALE : Sex.FEMALE, "P", "MP");
                }
                typed.add("C");
                typed.add("P");
            }
            case HALF_SIBLING -> {
                b.founder("F", Sex.MALE).founder("M", Sex.FEMALE).founder("M2", Sex.FEMALE)
                        .child("MP", mpSex, "F", "M").child("HS", random.nextBoolean() ? Sex.MALE : Sex.FEMALE, "F", "M2");
                typed.add("HS");
            }
            case GRANDPARENTS -> {
                b.founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).child("F", Sex.MALE, "GF", "GM")
                        .founder("M", Sex.FEMALE).child("MP", mpSex, "F", "M");
                typed.add("GF");
                typed.add("GM");
            }
            default -> throw new IllegalStateException("unhandled configuration " + configuration);
        }
        Pedigree ped = b.build();
        int[][] genotypes = dropGenes(ped);
        Map<String, Profile> refs = new LinkedHashMap<>();
        for (String t : typed) {
            refs.put(t, profile(t, genotypes[ped.indexOf(t)]));
        }
        Profile truth = profile(id + "-MP", genotypes[ped.indexOf("MP")]);
        return new SimulatedFamily(id, configuration, ped, "MP", refs, truth);
    }

    /** A family with a configuration drawn uniformly. */
    public SimulatedFamily family(String id) {
        ReferenceConfiguration[] all = ReferenceConfiguration.values();
        return family(id, all[random.nextInt(all.length)]);
    }

    /** A person unrelated to every family (e.g. a soldier of the other side mixed into a transfer). */
    public Profile unrelated(String id) {
        Profile.Builder b = Profile.builder(id);
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            b.put(marker.name(), marker.allele(sample(cumulative[m])), marker.allele(sample(cumulative[m])));
        }
        return b.build();
    }

    /**
     * The profile as recovered from degraded remains: with degradation d in [0, 1], a marker with
     * amplicon length L drops out with probability d · (L − 80) / 400 (clipped to [0, 1]).
     */
    public Profile degrade(Profile truth, String remainsId, double degradation) {
        Profile.Builder b = Profile.builder(remainsId);
        truth.genotypes().forEach((marker, pair) -> {
            double length = AMPLICON.getOrDefault(marker, 250);
            double dropout = Math.min(1, Math.max(0, degradation * (length - 80) / 400));
            if (random.nextDouble() >= dropout) {
                b.put(marker, pair);
            }
        });
        return b.build();
    }

    /**
     * The profile as a sample of that quality class shows it: each allele of a heterozygote lost with
     * the model's dropout, a homozygote's with its homozygote dropout, then with its drop-in one allele
     * drawn from the frequencies added (dropped when it would make a third); a marker with nothing
     * left is untyped, one allele left is shown as a homozygote.
     */
    public Profile dropAlleles(Profile profile, DropoutModel model) {
        Profile.Builder b = Profile.builder(profile.id());
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            AllelePair pair = profile.genotype(marker.name());
            if (pair == null) {
                continue;
            }
            boolean homozygous = pair.first().equals(pair.second());
            double lose = homozygous ? model.homozygousDropout() : model.dropout();
            List<String> shown = new ArrayList<>(2);
            for (String allele : homozygous ? List.of(pair.first()) : List.of(pair.first(), pair.second())) {
                if (random.nextDouble() >= lose) {
                    shown.add(allele);
                }
            }
            if (random.nextDouble() < model.dropIn()) {
                String in = marker.allele(sample(cumulative[m]));
                if (!shown.contains(in) && shown.size() < 2) {
                    shown.add(in);
                }
            }
            if (!shown.isEmpty()) {
                b.put(marker.name(), shown.get(0), shown.get(shown.size() - 1));
            }
        }
        return b.build();
    }

    /** A degradation level for one remains: most are mildly degraded, some badly. */
    public double randomDegradation() {
        double u = random.nextDouble();
        return u * u;
    }

    private int[][] dropGenes(Pedigree ped) {
        int n = ped.size();
        int[][] pat = new int[n][markers.size()];
        int[][] mat = new int[n][markers.size()];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < markers.size(); m++) {
                if (ped.isFounder(i)) {
                    pat[i][m] = sample(cumulative[m]);
                    mat[i][m] = sample(cumulative[m]);
                } else {
                    int f = ped.father(i);
                    int mo = ped.mother(i);
                    int fromFather = random.nextBoolean() ? pat[f][m] : mat[f][m];
                    int fromMother = random.nextBoolean() ? pat[mo][m] : mat[mo][m];
                    pat[i][m] = sample(maleCumulative[m][fromFather]);
                    mat[i][m] = sample(femaleCumulative[m][fromMother]);
                }
            }
        }
        int[][] g = new int[n][markers.size()];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < markers.size(); m++) {
                g[i][m] = Marker.genotypeIndex(pat[i][m], mat[i][m]);
            }
        }
        return g;
    }

    private Profile profile(String id, int[] genotypes) {
        Profile.Builder b = Profile.builder(id);
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            b.put(marker.name(), marker.allele(Marker.lowerAllele(genotypes[m])), marker.allele(Marker.upperAllele(genotypes[m])));
        }
        return b.build();
    }

    private int sample(double[] cumulativeProbabilities) {
        double u = random.nextDouble() * cumulativeProbabilities[cumulativeProbabilities.length - 1];
        int lo = 0;
        int hi = cumulativeProbabilities.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeProbabilities[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static double[] cumulate(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            c[i] = s;
        }
        return c;
    }

    private static double[][] cumulateRows(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = cumulate(m[i]);
        }
        return c;
    }

}
