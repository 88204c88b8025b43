package org.homeward.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.homeward.app.identification.CaseStatus;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.Identification;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.DecisionId;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.MarkerAlleles;
import org.homeward.app.security.SystemTasks;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.sim.Simulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A simulated transfer for {@code serve --demo}, after the ledger's and the registry's demo data:
 * {@value #TRANSFER} remains, among them the remains of some of the demo families' missing persons
 * (one sampled twice) and of both missing siblings of a family registered here, the rest unrelated;
 * then an identification run, and one case taken from proposal to confirmation by the two demo
 * analysts. The remains go through the register as they would in reality: bags received on the
 * ledger's last repatriation (body numbers and a custody chain from the handover), a bone sample
 * from each, and the lab's results imported as a CODIS file, so that an identification can be
 * carried to the family and the custody chain closed. Without the ledger's demo transfer the
 * profiles are stored directly under fixed sample codes ({@code DEMO-PM-0001}…). Loaded once.
 */
@Component
@Order(900)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentificationDemoData implements DemoDataLoader {

    static final int TRANSFER = 300;
    static final int FAMILIES = 40;
    static final int FROM_REGISTRY = 150;
    static final String FIRST_ANALYST = "demo-forensic-analyst";
    static final String SECOND_ANALYST = "demo-forensic-analyst-2";
    static final String BAG_PREFIX = "SIM-";

    private static final Logger log = LoggerFactory.getLogger(IdentificationDemoData.class);

    private final Identification identification;
    private final GeneticData genetics;
    private final MissingPersons missingPersons;
    private final Families families;
    private final ReferenceSamples samples;
    private final RegistryDemo registryDemo;
    private final Ledger ledger;
    private final RemainsRegister register;
    private final RemainsLab lab;

    @Override
    public String name() {
        return "identification";
    }

    @Override
    public void insertMissing() {
        Optional<TransferId> transfer = demoTransfer(ledger);
        boolean loaded = transfer.isPresent()
                ? register.receipt(transfer.get()).bags().stream().anyMatch(b -> b.bagNumber().startsWith(BAG_PREFIX))
                : genetics.profile(code(1)).isPresent();
        if (!loaded) {
            loadTransfer(transfer);
        }
        if (identification.runs().isEmpty()) {
            identification.runAll();
        } else {
            identification.screenChanges();
        }
        if (identification.decisions().isEmpty()) {
            identification.queue().stream().filter(c -> c.status() == CaseStatus.OPEN).findFirst().ifPresent(c -> {
                Decision proposal = SystemTasks.callAs(FIRST_ANALYST, () -> identification.propose(new CandidateId(c.id()),
                        "All typed markers consistent with the references (demonstration)."));
                SystemTasks.callAs(SECOND_ANALYST, () -> identification.confirm(new DecisionId(proposal.id()), "Reviewed independently (demonstration)."));
            });
        }
    }

    /**
     * The remains of every fourth of the registry's demo missing persons (at most {@value #FROM_REGISTRY}),
     * and of both missing siblings of one family registered here (the registry's demo families each
     * miss one person; a family with two shows the joint analysis); when the registry has no demo
     * families, {@value #FAMILIES} registered here, two thirds of whose missing arrive.
     */
    private void loadTransfer(Optional<TransferId> transfer) {
        Simulator simulator = RegistryDemoFamilies.simulator(identification.femaleMutationRate(), identification.maleMutationRate(),
                20250601);
        SplittableRandom random = new SplittableRandom(20250602);
        List<Profile> truths = new ArrayList<>();
        List<RegistryDemo.DemoTruth> theirs = registryDemo.truthProfiles().stream().filter(t -> t.missingPersonId() != null).toList();
        for (int i = 0; i < theirs.size() && truths.size() < FROM_REGISTRY; i += 4) {
            truths.add(theirs.get(i).profile());
        }
        List<RegistryDemoFamilies.Truth> ours = RegistryDemoFamilies.register(missingPersons, families, samples, simulator, "DEMO", theirs.isEmpty() ? FAMILIES : 0);
        for (int i = 0; i < ours.size(); i++) {
            // the last two are the missing siblings of one family: both arrive, for the joint analysis
            if (ours.size() <= 2 || i >= ours.size() - 2 || random.nextInt(3) != 0) {
                truths.add(ours.get(i).profile());
            }
        }
        List<Profile> profiles = new ArrayList<>();
        for (Profile truth : truths) {
            String code = code(profiles.size() + 1);
            profiles.add(simulator.degrade(new Profile(code, truth.genotypes()), code, simulator.randomDegradation()));
            if (profiles.size() == 1) {
                String again = code(2);
                profiles.add(simulator.degrade(new Profile(again, truth.genotypes()), again, 0.05));
            }
        }
        int matching = profiles.size() - 1;
        while (profiles.size() < TRANSFER) {
            String code = code(profiles.size() + 1);
            profiles.add(simulator.degrade(simulator.unrelated(code), code, simulator.randomDegradation()));
        }
        profiles.removeIf(p -> p.genotypes().isEmpty());
        if (transfer.isPresent()) {
            receive(transfer.get(), profiles);
        } else {
            profiles.forEach(this::store);
        }
        log.info("Identification demo: a transfer of {} remains profiles, {} of them of demo missing persons (one sampled twice)",
                profiles.size(), matching);
    }

    /** The ledger's latest repatriation, on which the simulated bags arrive (present when the ledger's demo loaded). */
    static Optional<TransferId> demoTransfer(Ledger ledger) {
        return ledger.transfers().stream().filter(t -> t.kind() == TransferKind.REPATRIATION)
                .max(Comparator.comparing(Transfer::date, LedgerDate.ORDER)).map(Transfer::id);
    }

    /**
     * Each profile's remains as a bag of the transfer (the first two, one person sampled twice, as two
     * bags: body parts that arrived apart), a bone sample from each body, and the lab's results for all
     * samples as one CODIS file, imported by sample code.
     */
    private void receive(TransferId transfer, List<Profile> profiles) {
        List<CmfSpecimen> specimens = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            String body = register.registerBag(transfer, new NewBag(BAG_PREFIX + (i + 1), null, null, null,
                    "Simulated for the demonstration", null, null, null)).bodyNumbers().get(0);
            Sample sample = lab.takeSample(new BodyNumber(body), new NewSample(SampleMaterial.BONE, "femur", "demo morgue", null, null));
            specimens.add(CmfBuilder.specimen(new Profile(sample.code(), profiles.get(i).genotypes()), Sex.UNKNOWN,
                    CmfBuilder.UNIDENTIFIED_REMAINS));
        }
        byte[] results = CmfWriter.toXml(CmfBuilder.importFile("DEMO-LAB", "2025-06-20T12:00:00", specimens))
                .getBytes(StandardCharsets.UTF_8);
        lab.importResults("demo-results.xml", results, Strictness.STRICT, JobProgress.NONE);
    }

    private void store(Profile profile) {
        if (genetics.profile(profile.id()).isPresent() || profile.genotypes().isEmpty()) {
            return;
        }
        List<MarkerAlleles> alleles = new ArrayList<>();
        profile.genotypes().forEach((marker, pair) -> alleles.add(new MarkerAlleles(marker, pair.first(), pair.second())));
        genetics.storeRemainsProfile(profile.id(), alleles);
    }

    private static String code(int n) {
        return String.format("DEMO-PM-%04d", n);
    }
}
