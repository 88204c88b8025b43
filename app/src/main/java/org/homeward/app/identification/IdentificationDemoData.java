package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.homeward.app.demo.DemoDataLoader;
import org.homeward.app.registry.Registry;
import org.homeward.app.registry.RegistryDemo;
import org.homeward.app.security.GeneticData;
import org.homeward.app.security.MarkerAlleles;
import org.homeward.app.security.SystemTasks;
import org.homeward.kinship.Profile;
import org.homeward.kinship.sim.Simulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A simulated transfer for {@code serve --demo}, after the registry's demo data: {@value #TRANSFER}
 * remains profiles, among them the remains of some of the demo families' missing persons (one
 * sampled twice) and of both missing siblings of a family registered here, the rest unrelated; then
 * an identification run, and one case taken from proposal to confirmation by the two demo analysts.
 * Fixed sample codes ({@code DEMO-PM-0001}…) make it idempotent: the transfer is loaded once.
 */
@Component
@Order(900)
class IdentificationDemoData implements DemoDataLoader {

    static final int TRANSFER = 300;
    static final int FAMILIES = 40;
    static final int FROM_REGISTRY = 150;
    static final String FIRST_ANALYST = "demo-forensic-analyst";
    static final String SECOND_ANALYST = "demo-forensic-analyst-2";

    private static final Logger log = LoggerFactory.getLogger(IdentificationDemoData.class);

    private final Identification identification;
    private final GeneticData genetics;
    private final IdentificationProperties properties;
    private final Registry registry;
    private final ObjectProvider<RegistryDemo> registryDemos;

    IdentificationDemoData(Identification identification, GeneticData genetics, IdentificationProperties properties, Registry registry,
            ObjectProvider<RegistryDemo> registryDemos) {
        this.registry = registry;
        this.registryDemos = registryDemos;
        this.identification = identification;
        this.genetics = genetics;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "identification";
    }

    @Override
    public void load() {
        SystemTasks.runAs("demo", this::loadAsDemo);
    }

    private void loadAsDemo() {
        if (genetics.profile(code(1)).isEmpty()) {
            loadTransfer();
        }
        if (identification.runs().isEmpty()) {
            identification.runAll();
        } else {
            identification.screenChanges();
        }
        if (identification.decisions().isEmpty()) {
            identification.queue().stream().filter(c -> c.status() == CaseStatus.OPEN).findFirst().ifPresent(c -> {
                Decision proposal = SystemTasks.callAs(FIRST_ANALYST, () -> identification.propose(c.id(),
                        "All typed markers consistent with the references (demonstration)."));
                SystemTasks.callAs(SECOND_ANALYST, () -> identification.confirm(proposal.id(), "Reviewed independently (demonstration)."));
            });
        }
    }

    /**
     * The remains of every fourth of the registry's demo missing persons (at most {@value #FROM_REGISTRY}),
     * and of both missing siblings of one family registered here (the registry's demo families each
     * miss one person; a family with two shows the joint analysis); when the registry has no demo
     * families, {@value #FAMILIES} registered here, two thirds of whose missing arrive.
     */
    private void loadTransfer() {
        Simulator simulator = RegistryDemoFamilies.simulator(properties.femaleMutationRate(), properties.maleMutationRate(), 20250601);
        SplittableRandom random = new SplittableRandom(20250602);
        List<Profile> truths = new ArrayList<>();
        RegistryDemo registryDemo = registryDemos.getIfAvailable();
        List<RegistryDemo.DemoTruth> theirs = registryDemo == null ? List.of()
                : registryDemo.truthProfiles().stream().filter(t -> t.missingPersonId() != null).toList();
        for (int i = 0; i < theirs.size() && truths.size() < FROM_REGISTRY; i += 4) {
            truths.add(theirs.get(i).profile());
        }
        List<RegistryDemoFamilies.Truth> ours = RegistryDemoFamilies.register(registry, simulator, "DEMO", theirs.isEmpty() ? FAMILIES : 0);
        for (int i = 0; i < ours.size(); i++) {
            // the last two are the missing siblings of one family: both arrive, for the joint analysis
            if (ours.size() <= 2 || i >= ours.size() - 2 || random.nextInt(3) != 0) {
                truths.add(ours.get(i).profile());
            }
        }
        int n = 0;
        for (Profile truth : truths) {
            String code = code(++n);
            store(simulator.degrade(new Profile(code, truth.genotypes()), code, simulator.randomDegradation()));
            if (n == 1) {
                String again = code(++n);
                store(simulator.degrade(new Profile(again, truth.genotypes()), again, 0.05));
            }
        }
        int matching = n - 1;
        while (n < TRANSFER) {
            String code = code(++n);
            store(simulator.degrade(simulator.unrelated(code), code, simulator.randomDegradation()));
        }
        log.info("Identification demo: a transfer of {} remains profiles, {} of them of demo missing persons (one sampled twice)",
                n, matching);
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
