package org.homeward.formats.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.formats.FormatKind;
import org.homeward.formats.Formats;
import org.homeward.formats.ReferenceFamilies;
import org.homeward.formats.ReferenceFamilySet;
import org.homeward.formats.Remains;
import org.homeward.formats.RemainsSample;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfFile;
import org.homeward.formats.codis.CmfReader;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.UserException;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinship objects written as a Familias DVI file (and the remains as CMF) read back to the same LRs. */
class DviFileBuilderTest {

    @TempDir
    Path dir;

    /** The bundled markers, with every Familias-expressible mutation model somewhere. */
    static List<Marker> markers() {
        List<Marker> base = FrequencyDatabases.europeanDefault().toMarkers();
        List<MutationModel> models = List.of(MutationModel.stepwise(0.002, 0.1, 1e-6), MutationModel.stepwise(0.003, 0.2, 0),
                MutationModel.equal(0.002), MutationModel.proportional(0.001), MutationModel.NONE);
        List<Marker> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Marker m = base.get(i);
            Marker.Builder b = Marker.builder(m.name())
                    .femaleMutation(models.get(i % models.size())).maleMutation(models.get((i + 1) % models.size()));
            for (int a = 0; a < m.alleleCount(); a++) {
                b.allele(m.allele(a), m.frequency(a));
            }
            out.add(b.build());
        }
        return out;
    }

    record Simulated(List<Marker> markers, List<SimulatedFamily> families, List<DviCase.Victim> victims) {

        List<DviCase.Family> dviFamilies() {
            return families.stream().map(f -> new DviCase.Family(f.id(), f.pedigree(), List.of(f.missingPerson()), f.references())).toList();
        }
    }

    static Simulated simulate(int families, long seed) {
        List<Marker> markers = markers();
        Simulator sim = new Simulator(markers, seed);
        ReferenceConfiguration[] configurations = ReferenceConfiguration.values();
        List<SimulatedFamily> fams = new ArrayList<>();
        List<DviCase.Victim> victims = new ArrayList<>();
        for (int i = 0; i < families; i++) {
            SimulatedFamily f = sim.family(String.format("F%02d", i + 1), configurations[i % configurations.length]);
            fams.add(f);
            Sex sex = f.pedigree().sex(f.pedigree().indexOf(f.missingPerson()));
            victims.add(new DviCase.Victim(sim.degrade(f.truth(), String.format("BODY-%02d", i + 1), 0.3), sex));
        }
        for (int i = 0; i < 5; i++) {
            victims.add(new DviCase.Victim(sim.unrelated("OTHER-" + (i + 1)), i % 3 == 2 ? Sex.UNKNOWN : i % 2 == 0 ? Sex.MALE : Sex.FEMALE));
        }
        return new Simulated(markers, fams, victims);
    }

    @Test
    void simulatedFamiliesReadBackWithTheSameLikelihoodRatios() {
        Simulated s = simulate(21, 11);
        List<DviCase.Family> families = s.dviFamilies();
        FamFile file = DviFileBuilder.toDviFile(s.markers(), s.victims(), families);
        Path path = dir.resolve("references.fam");
        FamiliasWriter.write(file, path);

        assertThat(Formats.detect(path)).isEqualTo(FormatKind.FAMILIAS);
        ReadResult<FamFile> read = FamiliasReader.read(path, Strictness.STRICT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).isEqualTo(file);
        ReadResult<DviCase> converted = FamiliasKinship.dviCase(read.value(), path.toString(), Strictness.STRICT);
        assertThat(converted.problems()).isEmpty();
        DviCase back = converted.value();
        assertThat(back.markers()).isEqualTo(s.markers());
        assertThat(back.victims()).isEqualTo(s.victims());
        assertThat(back.families()).hasSameSizeAs(families);

        Map<String, Map<String, String>> labels = DviFileBuilder.missingLabels(families);
        int compared = 0;
        for (int i = 0; i < families.size(); i++) {
            DviCase.Family original = families.get(i);
            DviCase.Family again = back.families().get(i);
            String label = labels.get(original.name()).get("MP");
            assertThat(label).isEqualTo("Missing MP (" + original.name() + ")");
            assertThat(again.name()).isEqualTo(original.name());
            assertThat(again.missingPersons()).containsExactly(label);
            assertThat(again.pedigree()).isEqualTo(original.pedigree().relabel(id -> id.equals("MP") ? label : id));
            assertThat(again.references()).isEqualTo(original.references());

            ReferenceFamily before = ReferenceFamily.prepare(original.pedigree(), "MP", s.markers(), original.references());
            ReferenceFamily after = ReferenceFamily.prepare(again.pedigree(), label, back.markers(), again.references());
            // Its own remains, plus a few others (exclusions included).
            for (int v : new int[] {i, (i + 1) % families.size(), s.victims().size() - 1}) {
                LrResult x = before.lr(s.victims().get(v).profile());
                LrResult y = after.lr(back.victims().get(v).profile());
                assertThat(y.markersCompared()).isEqualTo(x.markersCompared());
                if (x.isExclusion()) {
                    assertThat(y.isExclusion()).isTrue();
                } else {
                    assertThat(Math.abs(y.lr() - x.lr())).as(original.name() + " vs victim " + v)
                            .isLessThanOrEqualTo(1e-9 * Math.abs(x.lr()));
                }
                compared++;
            }
            assertThat(before.lr(s.victims().get(i).profile()).log10Lr()).as(original.name() + " true remains").isGreaterThan(0);
        }
        assertThat(compared).isEqualTo(3 * families.size());

        // The same file through the loader the screen command uses.
        ReferenceFamilySet loaded = ReferenceFamilies.load(path).value();
        assertThat(loaded.families()).isEqualTo(back.families());
    }

    @Test
    void remainsWrittenAsCmfReadBackEqual() {
        Simulated s = simulate(7, 5);
        List<CmfSpecimen> specimens = s.victims().stream()
                .map(v -> CmfBuilder.specimen(v.profile(), v.sex(), CmfBuilder.UNIDENTIFIED_REMAINS)).toList();
        CmfFile cmf = CmfBuilder.importFile("HOMEWARD", "2024-05-01T12:00:00", specimens);
        Path path = dir.resolve("remains.xml");
        CmfWriter.write(cmf, path);

        assertThat(Formats.detect(path)).isEqualTo(FormatKind.CODIS_CMF);
        ReadResult<CmfFile> read = CmfReader.read(path, Strictness.STRICT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.value()).isEqualTo(cmf);
        for (int i = 0; i < s.victims().size(); i++) {
            CmfSpecimen sp = read.value().specimens().get(i);
            assertThat(sp.toProfile()).isEqualTo(s.victims().get(i).profile());
            assertThat(sp.sex()).isEqualTo(s.victims().get(i).sex());
        }
        List<RemainsSample> remains = Remains.load(path).value();
        assertThat(remains).extracting(RemainsSample::profile).containsExactlyElementsOf(s.victims().stream().map(DviCase.Victim::profile).toList());
    }

    @Test
    void missingLabelsKeepMissingNamesAndQualifySharedOnes() {
        Pedigree p = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("Missing son", Sex.MALE, "F", "M")
                .child("MP", Sex.FEMALE, "F", "M").build();
        Map<String, Profile> refs = Map.of("F", Profile.builder("F").put("TH01", "6", "7").build());
        var a = new DviCase.Family("A", p, List.of("Missing son", "MP"), refs);
        var b = new DviCase.Family("B", p, List.of("Missing son"), refs);
        assertThat(DviFileBuilder.missingLabels(List.of(a, b))).isEqualTo(Map.of(
                "A", Map.of("Missing son", "Missing son (A)", "MP", "Missing MP"),
                "B", Map.of("Missing son", "Missing son (B)")));
    }

    @Test
    void whatFamiliasCannotHoldIsRefusedWithEveryProblem() {
        List<Marker> markers = List.of(Marker.builder("TH01").allele("6", 0.3).allele("7", 0.7)
                .femaleMutation(MutationModel.onestep(0.001)).maleMutation(MutationModel.equal(0.001)).build());
        Pedigree p = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).child("MP", Sex.MALE, "F", "M")
                .founder("Missing uncle", Sex.MALE).founder("Stranger", Sex.FEMALE).child("MP2", Sex.MALE, "Missing uncle", "Stranger").build();
        var family = new DviCase.Family("F1", p, List.of("MP", "MP2"),
                Map.of("F", Profile.builder("F").put("TH01", "6", "8").put("FGA", "20", "21").build()));
        var victim = new DviCase.Victim(Profile.builder("V1").put("TH01", "6", "7").build(), Sex.MALE);
        assertThatThrownBy(() -> DviFileBuilder.toDviFile(markers, List.of(victim, victim), List.of(family)))
                .isInstanceOf(UserException.class)
                .hasMessage("cannot write the DVI file, 6 problems:\n"
                        + "  marker TH01: the female mutation model is onestep, which Familias cannot express (use stepwise, equal or proportional)\n"
                        + "  two victims are named 'V1'\n"
                        + "  family F1: 'Missing uncle' is not a missing person, but Familias DVI files mark missing persons by names"
                        + " starting with 'Missing'; rename them\n"
                        + "  family F1: missing person 'MP2' is not related by the pedigree to any typed reference\n"
                        + "  family F1: reference 'F' is typed at FGA, which is not among the markers\n"
                        + "  family F1: reference 'F' has allele '8' at TH01, which is not in its frequency table");
    }
}
