package org.homeward.app.identification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.genetics.GeneticData;
import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewSample;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.SampleMaterial;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.Strictness;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.app.jobs.JobProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the tests of identification's later steps (sex of remains, re-association of further parts) share:
 * the services that build a case (and read its genetic data), and its steps: a transfer received, its bags registered, a sample of each
 * body typed with a missing person's genotypes and imported as a lab file. Each test keeps its own
 * {@code @SpringBootTest} (and so its own database) and registers its families with {@code RegistryDemoFamilies}.
 */
public abstract class IdentificationCases {

    @Autowired
    protected MissingPersons missingPersons;

    @Autowired
    protected Families families;

    @Autowired
    protected ReferenceSamples samples;

    @Autowired
    protected Ledger ledger;

    @Autowired
    protected RemainsRegister register;

    @Autowired
    protected RemainsLab lab;

    @Autowired
    protected Identification identification;

    @Autowired
    protected GeneticData genetics;

    @Autowired
    protected WebApplicationContext context;

    /** A repatriation across the border on {@code date}, between two states named for {@code what} they hand over. */
    protected Transfer transfer(String what, LocalDate date) {
        Party from = ledger.add(new NewParty("Sender of " + what, PartyKind.STATE, null, List.of()));
        Party to = ledger.add(new NewParty("Receiver of " + what, PartyKind.STATE, null, List.of()));
        return ledger.add(new NewTransfer(date, DatePrecision.DAY, "border", null, from.id(), to.id(), null, TransferKind.REPATRIATION,
                null, List.of(), null));
    }

    /** A bag of the transfer registered by its label; the body number it was given. */
    protected String bag(Transfer transfer, String label) {
        return register.registerBag(transfer.id(), new NewBag(label, null, null, null, null, null, null, null)).bodyNumbers().get(0);
    }

    /** A bone sample of the body, typed with {@code profile}'s genotypes and amelogenin showing {@code amelogenin}. */
    protected CmfSpecimen specimen(String body, Profile profile, Sex amelogenin) {
        String code = lab.takeSample(new BodyNumber(body), new NewSample(SampleMaterial.BONE, "femur", "Dr O. Koval", null, null)).code();
        return CmfBuilder.specimen(new Profile(code, profile.genotypes()), amelogenin, CmfBuilder.UNIDENTIFIED_REMAINS);
    }

    /** The specimens as the laboratory's CODIS file {@code name}, typed at {@code typedAt}, imported strictly. */
    protected void importTyped(String name, String typedAt, List<CmfSpecimen> specimens) {
        lab.importResults(name, CmfWriter.toXml(CmfBuilder.importFile("LAB", typedAt, specimens)).getBytes(StandardCharsets.UTF_8),
                Strictness.STRICT, JobProgress.NONE);
    }
}
