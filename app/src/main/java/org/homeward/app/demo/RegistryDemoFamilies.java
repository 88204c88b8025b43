package org.homeward.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.jobs.JobProgress;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewReferenceSample;
import org.homeward.app.registry.NewRelative;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.genetics.ConsentScope;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.ReferenceConfiguration;
import org.homeward.kinship.sim.SimulatedFamily;
import org.homeward.kinship.sim.Simulator;
import org.homeward.formats.common.Strictness;

/**
 * Simulated families entered the way a family liaison officer and a lab would: the missing person
 * reported with the relatives in plain words, reference samples with consent, and the lab's
 * results attached as a CODIS file. Returns the truth (each missing person's registry id and true
 * profile) so that remains of these persons can be simulated. Used by the demonstration data and
 * by tests; run as a system task.
 */
public final class RegistryDemoFamilies {

    /** A missing person as registered, with the profile their remains would show. */
    public record Truth(String missingPersonId, Profile profile) {
    }

    private RegistryDemoFamilies() {
    }

    /** A simulator over {@link RegistryDemo#KIT} with the bundled frequencies and the given mutation rates. */
    public static Simulator simulator(double femaleRate, double maleRate, long seed) {
        return new Simulator(FrequencyDatabases.europeanDefault()
                .toMarkers(MutationModel.stepwise(femaleRate, 0.1, 1e-6), MutationModel.stepwise(maleRate, 0.1, 1e-6))
                .stream().filter(m -> RegistryDemo.KIT.contains(m.name())).toList(), seed);
    }

    /**
     * Registers {@code singles} families of one missing person (configurations in turn) and one
     * family of two missing siblings with one typed sibling; sample codes start with {@code prefix}.
     */
    public static List<Truth> register(MissingPersons missingPersons, Families families, ReferenceSamples samples, Simulator simulator,
                                       String prefix, int singles) {
        return register(missingPersons, families, samples, simulator, prefix, singles, true);
    }

    /** The same, with the family of two missing siblings only when {@code siblingPair}. */
    public static List<Truth> register(MissingPersons missingPersons, Families families, ReferenceSamples samples, Simulator simulator,
                                       String prefix, int singles, boolean siblingPair) {
        ReferenceConfiguration[] configurations = {ReferenceConfiguration.BOTH_PARENTS, ReferenceConfiguration.ONE_PARENT,
                ReferenceConfiguration.ONE_SIBLING, ReferenceConfiguration.CHILD_AND_OTHER_PARENT, ReferenceConfiguration.GRANDPARENTS,
                ReferenceConfiguration.TWO_SIBLINGS};
        List<Truth> truths = new ArrayList<>();
        Map<String, Profile> results = new LinkedHashMap<>();
        for (int i = 1; i <= singles + (siblingPair ? 1 : 0); i++) {
            boolean pair = i == singles + 1;
            SimulatedFamily f = simulator.family(prefix + i, pair ? ReferenceConfiguration.TWO_SIBLINGS : configurations[(i - 1) % configurations.length]);
            Sex mpSex = f.pedigree().sex(f.pedigree().indexOf("MP"));
            MissingPersons.Report report = missingPersons.reportMissing(person(prefix + " family " + i, mpSex), null);
            String mp = report.missingPerson().id();
            long familyId = report.missingPerson().familyId();
            truths.add(new Truth(mp, f.truth()));
            Map<String, String> relativeIds = new LinkedHashMap<>();
            for (String simId : f.pedigree().ids()) {
                if (simId.equals("MP") || (pair && simId.equals("S2"))) {
                    continue;
                }
                String words = words(simId, f);
                if (words == null) {
                    continue;
                }
                Sex sex = f.pedigree().sex(f.pedigree().indexOf(simId));
                var relative = families.addRelative(familyId, new NewRelative(prefix + " relative " + i + " " + simId, null, sex, words, mp,
                        false, f.references().containsKey(simId), null));
                relativeIds.put(simId, relative.id());
            }
            if (pair) {
                Sex s2 = f.pedigree().sex(f.pedigree().indexOf("S2"));
                var second = missingPersons.addMissingPerson(familyId, person(prefix + " family " + i + " second", s2),
                        s2 == Sex.MALE ? "brother" : "sister", mp);
                truths.add(new Truth(second.missingPerson().id(), f.references().get("S2")));
            }
            f.references().forEach((simId, profile) -> {
                if (pair && simId.equals("S2")) {
                    return;
                }
                String code = prefix + "-REF-" + relativeIds.get(simId);
                samples.recordReferenceSample(relativeIds.get(simId), new NewReferenceSample(code, null, ConsentScope.IDENTIFICATION_ONLY, null));
                results.put(code, new Profile(code, profile.genotypes()));
            });
        }
        List<org.homeward.formats.codis.CmfSpecimen> specimens = new ArrayList<>();
        results.values().forEach(p -> specimens.add(CmfBuilder.specimen(p, Sex.UNKNOWN, "Reference")));
        String xml = CmfWriter.toXml(CmfBuilder.importFile("DEMO", "2025-06-01T10:00:00", specimens));
        samples.importResults(prefix + "-references.xml", xml.getBytes(StandardCharsets.UTF_8), Strictness.STRICT, JobProgress.NONE);
        return truths;
    }

    private static NewMissingPerson person(String surname, Sex sex) {
        return new NewMissingPerson(null, surname, "Demo", null, null, sex, null, null, null, null, null, null);
    }

    /** How the simulated person is related to the missing person, in the registry's words. */
    private static String words(String simId, SimulatedFamily f) {
        Sex sex = f.pedigree().sex(f.pedigree().indexOf(simId));
        return switch (simId) {
            case "F" -> "father";
            case "M" -> "mother";
            case "S1", "S2" -> sex == Sex.MALE ? "brother" : "sister";
            case "C" -> sex == Sex.MALE ? "son" : "daughter";
            case "P" -> sex == Sex.MALE ? "husband" : "wife";
            case "HS" -> sex == Sex.MALE ? "paternal half-brother" : "paternal half-sister";
            case "GF" -> "paternal grandfather";
            case "GM" -> "paternal grandmother";
            default -> null;
        };
    }
}
