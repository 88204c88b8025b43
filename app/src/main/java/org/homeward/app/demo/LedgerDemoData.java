package org.homeward.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.homeward.app.ledger.Agreement;
import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.ClaimId;
import org.homeward.app.ledger.Commitment;
import org.homeward.app.ledger.Figure;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.NewAgreement;
import org.homeward.app.ledger.NewClaim;
import org.homeward.app.ledger.NewCommitment;
import org.homeward.app.ledger.NewOffer;
import org.homeward.app.ledger.NewQualitativeClaim;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewReport;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.NewStatement;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Offer;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.OfferReply;
import org.homeward.app.ledger.OfferResponse;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.ProposalKind;
import org.homeward.app.ledger.QualitativeClaimId;
import org.homeward.app.ledger.Reliability;
import org.homeward.app.ledger.ReportEntry;
import org.homeward.app.ledger.ReportReading;
import org.homeward.app.ledger.Source;
import org.homeward.app.ledger.SourceId;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.Statement;
import org.homeward.app.ledger.StatementId;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.ledger.Unit;
import org.homeward.app.ledger.Verification;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.SystemTasks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The facts of the five public reports in {@code shared/reports} and of the problem statement in
 * {@code shared/DESIGN.md}, entered as they were published: sources, the exact sentences, and the
 * claims each sentence makes. Loaded by {@code homeward serve --demo} through the ledger's own
 * writes, as the actor {@code demo}; every record has a fixed id, so loading twice changes nothing.
 *
 * <p>Where the reports do not give a day, dates are kept to the month or year they do give (the
 * June 2025 phases are "June 2025"). Where a report does not name its publisher, the source says
 * so rather than guessing one, and points to the archived text.
 */
@Component
@Order(100)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LedgerDemoData implements DemoDataLoader {

    // --- parties -----------------------------------------------------------------------------------
    public static final Party UKRAINE = party("Ukraine", PartyKind.STATE, null, "Kyiv", "Kiev", "Ukrainian");
    public static final Party RUSSIA = party("Russia", PartyKind.STATE, null, "Moscow", "Kremlin", "Russian");
    public static final Party COORDINATION_HQ = party("Coordination Headquarters for the Treatment of Prisoners of War",
            PartyKind.AGENCY, UKRAINE, "Coordination Headquarters", "Coordination HQ", "the headquarters");
    public static final Party UKRAINE_DEFENCE = party("Ministry of Defence of Ukraine", PartyKind.AGENCY, UKRAINE,
            "Umerov", "Rustem Umerov");
    public static final Party UKRAINE_PRESIDENT = party("President of Ukraine", PartyKind.AGENCY, UKRAINE,
            "Zelensky", "Volodymyr Zelensky");
    public static final Party RUSSIA_DEFENCE = party("Ministry of Defence of Russia", PartyKind.AGENCY, RUSSIA,
            "defense ministry", "defence ministry", "Russian Ministry of Defence");
    public static final Party RUSSIA_NEGOTIATOR = party("Russian negotiating delegation", PartyKind.AGENCY, RUSSIA,
            "Medinsky", "Vladimir Medinsky");
    public static final Party RUSSIA_UNNAMED = party("Unnamed Russian law-enforcement sources", PartyKind.AGENCY, RUSSIA,
            "TASS", "law enforcement sources");
    public static final Party ICRC = party("International Committee of the Red Cross", PartyKind.MEDIATOR, null,
            "ICRC", "Red Cross");
    public static final Party TURKIYE = party("Türkiye", PartyKind.MEDIATOR, null, "Turkey", "Turkish");
    public static final Party BBC_MEDIAZONA = party("BBC and Mediazona", PartyKind.INDEPENDENT, null, "BBC", "Mediazona");
    public static final Party MONITORS = party("Independent monitors and Western intelligence", PartyKind.INDEPENDENT, null,
            "Independent monitoring organizations", "Western intelligence");

    public static final List<Party> PARTIES = List.of(UKRAINE, RUSSIA, COORDINATION_HQ, UKRAINE_DEFENCE, UKRAINE_PRESIDENT,
            RUSSIA_DEFENCE, RUSSIA_NEGOTIATOR, RUSSIA_UNNAMED, ICRC, TURKIYE, BBC_MEDIAZONA, MONITORS);

    private final Ledger ledger;
    private final ReportEntry reports;
    private final TransactionTemplate transactions;

    @Override
    public String name() {
        return "ledger (the five shared reports and DESIGN.md)";
    }

    @Override
    public void load() {
        SystemTasks.runAs("demo", () -> transactions.executeWithoutResult(status -> loadAsDemo()));
    }

    private void loadAsDemo() {
        PARTIES.forEach(party -> ledger.add(party.id(), new NewParty(party.name(), party.kind(), party.sideOf(), party.aliases())));

        // --- sources ---------------------------------------------------------------------------------
        Source design = source("design", "Homeward design notes", "The problem, from public reports", SourceKind.COMPILATION,
                "shared/DESIGN.md");
        Source dnews = source("001", "DnewsInfo", "Ukraine reports the repatriation of 563 bodies from Russia",
                SourceKind.INDEPENDENT_MEDIA, "shared/reports/001_6af8553996f90ddc.txt");
        Source thousandFor31 = source("002", "News report (publisher not named in the archived text)",
                "Russia returns 1,000 bodies to Ukraine and receives 31", SourceKind.INDEPENDENT_MEDIA,
                "shared/reports/002_32c2949a738cf3de.txt");
        Source viralWar = source("003", "ViralWar",
                "Russia Hands Over Bodies of 1,000 Fallen Ukrainian Soldiers as Part of Humanitarian Agreement",
                SourceKind.INDEPENDENT_MEDIA, "shared/reports/003_ef4e6f31fa10d639.txt");
        Source ewn = source("004", "AJTechnicalDr.com (from EWN)",
                "Kyiv Says 1,245 Bodies Returned to Ukraine From Russia in Major War Casualty Exchange",
                SourceKind.INDEPENDENT_MEDIA, "shared/reports/004_235c9d7c5d625ae4.txt");

        // --- the Istanbul agreement, its phases, the offer -------------------------------------------
        LedgerDate june2025 = LedgerDate.month(2025, 6);
        Agreement istanbul = ledger.add(new AgreementId(id("agreement/istanbul-2025")), new NewAgreement(
                "Istanbul agreements (June 2025)", june2025.date(), june2025.precision(), "Istanbul", List.of(TURKIYE.id()),
                List.of(new NewCommitment(RUSSIA.id(), UKRAINE.id(), "Bodies of fallen Ukrainian soldiers, returned by Russia"),
                        new NewCommitment(UKRAINE.id(), RUSSIA.id(),
                                "Bodies of fallen Russian soldiers, returned by Ukraine (no figure stated in the sources)")),
                "Reached at the direct talks in Istanbul; the repatriation component covered the return of the dead."));
        AgreementId istanbulId = istanbul.id();
        Commitment toUkraine = direction(istanbul, RUSSIA, UKRAINE);
        Commitment toRussia = direction(istanbul, UKRAINE, RUSSIA);

        Transfer[] phases = new Transfer[4];
        for (int phase = 1; phase <= 4; phase++) {
            phases[phase - 1] = transfer("istanbul/phase-" + phase + "/ru-ua", LedgerDate.month(2025, 6), phase, RUSSIA, UKRAINE,
                    istanbulId, List.of(), "The sources give the month, not the day.");
        }
        Transfer phase4Back = transfer("istanbul/phase-4/ua-ru", LedgerDate.month(2025, 6), 4, UKRAINE, RUSSIA, istanbulId,
                List.of(), "Russian bodies handed over during the last phase.");
        Offer offer = ledger.add(new OfferId(id("offer/2239")), new NewOffer(june2025.date(), june2025.precision(), RUSSIA.id(),
                UKRAINE.id(), "Another 2,239 bodies of fallen Ukrainian servicemen, beyond what was agreed in Istanbul"));
        if (offer.response() == null) {
            ledger.respondToOffer(offer.id(), new OfferReply(OfferResponse.AWAITING,
                    "Kyiv had yet to respond formally (report of the last phase).", null));
        }

        Transfer july = transfer("2025-07/ru-ua", LedgerDate.month(2025, 7), null, RUSSIA, UKRAINE, null, List.of(),
                "ViralWar: \"on Thursday, as part of an agreement reached during last month's peace talks in Istanbul\".");
        Transfer julyBack = transfer("2025-07/ua-ru", LedgerDate.month(2025, 7), null, UKRAINE, RUSSIA, null, List.of(),
                "In return for the 1,000, according to Vladimir Medinsky.");
        Transfer thousandFor31Transfer = transfer("2025-1000-31/ru-ua", LedgerDate.year(2025), null, RUSSIA, UKRAINE, null,
                List.of(ICRC.id()), "The report gives no date; it was published in 2025, after the summer repatriations.");
        Transfer thirtyOneBack = transfer("2025-1000-31/ua-ru", LedgerDate.year(2025), null, UKRAINE, RUSSIA, null,
                List.of(ICRC.id()), "In return for the 1,000, according to Moscow.");
        Transfer batch563 = transfer("2024-563/ru-ua", LedgerDate.year(2024), null, RUSSIA, UKRAINE, null, List.of(),
                "The report dates Bakhmut's capture to \"May last year\" (2023), so it is from 2024.");

        // --- DESIGN.md ---------------------------------------------------------------------------------
        Statement fourPhases = statement("design/four-phases", design, null, null,
                "In June 2025, after talks in Istanbul, Russia returned over 6,000 bodies to Ukraine in four phases (1,212; 1,200; 1,200; 1,245).");
        long[] ukrainianCounts = {1_212, 1_200, 1_200, 1_245};
        for (int phase = 1; phase <= 4; phase++) {
            claim("design/phase-" + phase, fourPhases, UKRAINE, Subject.transfer(phases[phase - 1].id()),
                    Figure.exact(ukrainianCounts[phase - 1]), null);
        }
        Statement totals = statement("design/totals", design, null, null,
                "Kyiv counted 6,057 in total, Moscow 6,060; in the last phase Kyiv counted 1,245 and Moscow 1,248, and the difference of three was never explained.");
        claim("design/total-ua", totals, UKRAINE, Subject.delivered(toUkraine.id()), Figure.exact(6_057), null);
        claim("design/total-ru", totals, RUSSIA, Subject.delivered(toUkraine.id()), Figure.exact(6_060), null);
        claim("design/phase-4-ru", totals, RUSSIA, Subject.transfer(phases[3].id()), Figure.exact(1_248), null);
        Statement returned78 = statement("design/78", design, null, null,
                "Ukraine returned 78 Russian bodies over the same exchanges (51 in the last phase).");
        claim("design/78", returned78, RUSSIA, Subject.delivered(toRussia.id()), Figure.exact(78),
                "Moscow's figure in the report of the last phase.");
        claim("design/51", returned78, RUSSIA, Subject.transfer(phase4Back.id()), Figure.exact(51),
                "Moscow's figure in the report of the last phase.");
        Statement offered = statement("design/2239", design, null, null, "Russia then offered 2,239 more.");
        claim("design/2239", offered, RUSSIA, Subject.offer(offer.id()), Figure.exact(2_239), null);
        statement("design/other-exchanges", design, null, null,
                "In other exchanges 1,000 bodies were returned for 19, or for 31.");
        Statement retold = statement("design/563", design, null, null,
                "Of one batch of 563, one report says 320 came from the Donetsk region, \"of those, 89 from near Bakhmut\", and 154 from morgues inside Russia, which does not add up to 563; another report of the same repatriation lists 320 from the Donetsk front, 89 from the Bakhmut front and 154 from Russian morgues, which does: figures change as they are retold.");
        ClaimId whole563 = claim("design/563", retold, UKRAINE, Subject.transfer(batch563.id()), Figure.exact(563),
                "As the second report of the same repatriation lists it.");
        part(whole563, claim("design/563/donetsk-front", retold, UKRAINE, Subject.recovery("Donetsk front", batch563.id()),
                Figure.exact(320), null));
        part(whole563, claim("design/563/bakhmut-front", retold, UKRAINE, Subject.recovery("Bakhmut front", batch563.id()),
                Figure.exact(89), null));
        part(whole563, claim("design/563/russian-morgues", retold, UKRAINE, Subject.recovery("Russian morgues", batch563.id()),
                Figure.exact(154), null));

        // --- 000: Kupyansk, claims without a figure, entered through the text path ---------------------
        // The coordinator pastes the report (here retold in our own words, with its facts) and the reader
        // proposes each sentence about the dead that has no number. Reviewing them, the coordinator
        // confirms all three, writes what each asserts and where, gives the speaker as the unnamed
        // officials TASS cites (the reader may name TASS itself), and leaves them unverified: nobody else
        // has said so. One post saves the source, the quoted statements and the claims without a figure.
        ReportReading kupyansk = ledger.read(KUPYANSK_REPORT, null);
        List<NewReport.Item> confirmed = kupyansk.claims().stream()
                .filter(proposed -> proposed.kind() == ProposalKind.QUALITATIVE)
                .map(proposed -> new NewReport.Item(ProposalKind.QUALITATIVE, proposed.sentence(), RUSSIA_UNNAMED.id(),
                        "unnamed Russian officials", proposed.statedOn(), null, null, null, null, null, false,
                        KUPYANSK_ASSERTIONS.stream().filter(assertion -> proposed.sentence().contains(assertion.key()))
                                .map(assertion -> new NewReport.Assertion(assertion.text(), assertion.place(), Verification.UNVERIFIED))
                                .findFirst().orElseThrow(() -> new IllegalStateException("unreviewed: " + proposed.sentence()))))
                .toList();
        reports.enter(new SourceId(id("source/000")), new NewReport(new NewSource(
                "News report citing TASS (publisher not named in the archived text)",
                "Ukrainian command reportedly not evacuating bodies from Kupyansk", null, null, SourceKind.UNNAMED_OFFICIALS,
                "shared/reports/000_e208c34aea36256e.txt"), List.of(), confirmed));

        // --- 001: the 563, broken down so that the parts do not add up ---------------------------------
        Statement reported563 = statement("001/563", dnews, UKRAINE, null,
                "The Ukrainian government recently reported the repatriation of 563 bodies of Ukrainian soldiers from Russia, emphasizing the continued recovery efforts amidst its ongoing conflict with Russia.");
        ClaimId dnews563 = claim("001/563", reported563, UKRAINE, Subject.transfer(batch563.id()), Figure.exact(563), null);
        Statement donetsk = statement("001/320", dnews, COORDINATION_HQ, null,
                "A statement released by the headquarters detailed that 320 of these remains were retrieved from Donetsk.");
        ClaimId donetsk320 = claim("001/320", donetsk, COORDINATION_HQ, Subject.recovery("Donetsk region", batch563.id()),
                Figure.exact(320), null);
        part(dnews563, donetsk320);
        Statement bakhmut = statement("001/89", dnews, COORDINATION_HQ, null,
                "Of those, 89 bodies were returned from near Bakhmut, a city with deep symbolic and strategic importance.");
        share(donetsk320, claim("001/89", bakhmut, COORDINATION_HQ, Subject.recovery("near Bakhmut", batch563.id()),
                Figure.exact(89), "\"Of those\": part of the 320 from Donetsk."));
        Statement morgues = statement("001/154", dnews, COORDINATION_HQ, null,
                "Additionally, 154 bodies were returned from various morgues within Russia itself.");
        part(dnews563, claim("001/154", morgues, COORDINATION_HQ, Subject.recovery("morgues in Russia", batch563.id()),
                Figure.exact(154), null));

        // --- 002: 1,000 for 31; casualty figures -------------------------------------------------------
        Statement measures = statement("002/1000", thousandFor31, COORDINATION_HQ, null,
                "The agency specifically noted, “Repatriation measures took place today,” adding that the 1,000 bodies returned are recognized by Russia as belonging to Ukrainian servicemen.");
        claim("002/1000", measures, COORDINATION_HQ, Subject.transfer(thousandFor31Transfer.id()), Figure.exact(1_000), null);
        Statement received31 = statement("002/31", thousandFor31, RUSSIA, null,
                "Moscow also confirmed the transaction, stating it received 31 bodies in return from Ukraine.");
        claim("002/31", received31, RUSSIA, Subject.transfer(thirtyOneBack.id()), Figure.exact(31), null);
        Statement summer = statement("002/summer", thousandFor31, UKRAINE, null,
                "Authorities in Kyiv regularly disclosed similar repatriation figures in past months, announcing the return of about 1,000 soldiers’ remains from Russia during the summer, further highlighting the heavy casualties experienced on both sides.");
        claim("002/summer", summer, UKRAINE, Subject.transfer(july.id()), Figure.approximately(1_000),
                "The report does not say which summer transfer; entered against July 2025 for review.", Reliability.UNVERIFIED);
        Statement zelensky = statement("002/46000", thousandFor31, UKRAINE_PRESIDENT, "Volodymyr Zelensky",
                "Ukrainian President Volodymyr Zelensky disclosed earlier this year that Ukraine had suffered over 46,000 military deaths, with many others classified as missing in action.");
        claim("002/46000", zelensky, UKRAINE_PRESIDENT, Subject.casualty("Ukrainian military deaths"), Figure.atLeast(46_000),
                Unit.PERSONS, null, null);
        Statement mediazona = statement("002/135000", thousandFor31, BBC_MEDIAZONA, null,
                "On the other hand, independent sources, including the BBC and Mediazona, estimate that over 135,000 Russian soldiers have been killed throughout the conflict, with the actual toll likely exceeding these figures.");
        claim("002/135000", mediazona, BBC_MEDIAZONA, Subject.casualty("Russian military deaths"), Figure.atLeast(135_000),
                Unit.PERSONS, null, null);

        // --- 003: 1,000 for 19; the 6,000 committed ----------------------------------------------------
        Statement returned1000 = statement("003/1000", viralWar, COORDINATION_HQ, null,
                "“The bodies of 1,000 deceased individuals, identified as Ukrainian citizens including soldiers, have been returned,” read a statement from the Ukrainian government agency responsible for coordinating prisoner-of-war affairs.");
        claim("003/1000", returned1000, COORDINATION_HQ, Subject.transfer(july.id()), Figure.exact(1_000), null);
        Statement medinsky = statement("003/medinsky", viralWar, RUSSIA_NEGOTIATOR, "Vladimir Medinsky",
                "Russian negotiator and Kremlin adviser Vladimir Medinsky confirmed the handover of the 1,000 bodies to Ukraine and stated that, in return, Kyiv had transferred the remains of 19 Russian soldiers.");
        claim("003/medinsky/1000", medinsky, RUSSIA_NEGOTIATOR, Subject.transfer(july.id()), Figure.exact(1_000), null);
        claim("003/medinsky/19", medinsky, RUSSIA_NEGOTIATOR, Subject.transfer(julyBack.id()), Figure.exact(19), null);
        Statement agreed = statement("003/6000", viralWar, null, null,
                "Early last month, both governments agreed to return the remains of 6,000 fallen combatants.");
        claim("003/6000/ua", agreed, UKRAINE, Subject.committed(toUkraine.id()), Figure.exact(6_000),
                "The report says both governments agreed.");
        claim("003/6000/ru", agreed, RUSSIA, Subject.committed(toUkraine.id()), Figure.exact(6_000),
                "The report says both governments agreed.");
        statement("003/full-number", viralWar, UKRAINE, null,
                "Ukraine confirmed in June that it had received the full number, while Russia has recovered a smaller share.");

        // --- 004: the last phase, 1,245 against 1,248; 51 and 78; the 2,239 offer -----------------------
        Statement another1245 = statement("004/1245", ewn, COORDINATION_HQ, null,
                "“Another 1,245 bodies returned to Ukraine from Russia — the repatriation component of the Istanbul agreements has been completed,” read a statement from the Ukrainian Coordination Headquarters for the Treatment of Prisoners of War.");
        claim("004/1245", another1245, COORDINATION_HQ, Subject.transfer(phases[3].id()), Figure.exact(1_245), null);
        Statement over6000 = statement("004/over-6000", ewn, COORDINATION_HQ, null,
                "Ukraine’s government agency in charge of repatriations confirmed the receipt of 1,245 bodies in the latest stage of the deal, noting that this final transfer brings the total number of Ukrainian soldiers’ remains returned to over 6,000 in the past week.");
        claim("004/over-6000", over6000, COORDINATION_HQ, Subject.delivered(toUkraine.id()), Figure.atLeast(6_000), null);
        Statement umerov = statement("004/umerov", ewn, UKRAINE_DEFENCE, "Rustem Umerov",
                "“This is a painful but essential process. Over 6,000 Ukrainian heroes have now been returned home to be buried with honor,” Umerov wrote.");
        claim("004/umerov", umerov, UKRAINE_DEFENCE, Subject.delivered(toUkraine.id()), Figure.atLeast(6_000), null);
        Statement claimed1248 = statement("004/1248", ewn, RUSSIA_DEFENCE, null,
                "While Russia’s defense ministry reported a slightly different number — claiming 1,248 bodies had been returned in the final transfer — the discrepancy of three was not officially addressed by either side.");
        claim("004/1248", claimed1248, RUSSIA_DEFENCE, Subject.transfer(phases[3].id()), Figure.exact(1_248), null);
        Statement offer2239 = statement("004/2239", ewn, RUSSIA, null,
                "In an unexpected announcement, Russia said it was prepared to hand over another 2,239 bodies of fallen Ukrainian servicemen, beyond what was initially agreed in Istanbul.");
        claim("004/2239", offer2239, RUSSIA, Subject.offer(offer.id()), Figure.exact(2_239), null);
        statement("004/no-response", ewn, null, null,
                "This proposal was described as a unilateral gesture, though Kyiv has yet to respond formally.");
        Statement received51 = statement("004/51-78", ewn, RUSSIA, null,
                "Moscow also confirmed the receipt of 51 bodies of Russian soldiers during this phase, bringing the total number of Russian soldiers’ remains returned by Ukraine to 78 since the latest exchanges began.");
        claim("004/51", received51, RUSSIA, Subject.transfer(phase4Back.id()), Figure.exact(51), null);
        claim("004/78", received51, RUSSIA, Subject.delivered(toRussia.id()), Figure.exact(78), null);
        Statement tensOfThousands = statement("004/tens-of-thousands", ewn, MONITORS, null,
                "Independent monitoring organizations and Western intelligence sources estimate that tens of thousands of soldiers have died on both sides since Russia launched its full-scale invasion in February 2022.");
        qualitative("004/tens-of-thousands", tensOfThousands, "Soldiers killed on both sides since February 2022", null,
                Magnitude.TENS_OF_THOUSANDS, Verification.UNVERIFIED);
    }

    // --- the reports entered through the text path ---------------------------------------------------

    /** Report 000 (shared/reports), its facts retold in our own words. */
    public static final String KUPYANSK_REPORT = """
            TASS, citing Russian law enforcement sources, reports that the Ukrainian command is not evacuating the bodies of dead soldiers from Kupyansk in Kharkiv Oblast.

            According to unnamed Russian officials, troops advancing through the city came upon a vast number of corpses of Ukrainian soldiers.

            The same sources say that Ukrainian soldiers retreating from their positions do not evacuate the bodies of fallen comrades.

            Ukrainian authorities have not publicly answered the claim.""";

    /** What the coordinator writes for each claim without a figure the reader finds in report 000: by a word of its sentence. */
    private record Assertion(String key, String text, String place) {
    }

    private static final List<Assertion> KUPYANSK_ASSERTIONS = List.of(
            new Assertion("not evacuating", "The Ukrainian command is not evacuating the bodies of its dead from Kupyansk",
                    "Kupyansk, Kharkiv Oblast"),
            new Assertion("vast number", "A vast number of corpses of Ukrainian troops left in the city", "Kupyansk, Kharkiv Oblast"),
            new Assertion("fallen comrades", "Retreating Ukrainian soldiers do not evacuate fallen comrades", null));

    // --- helpers -------------------------------------------------------------------------------------

    /** A fixed id per demo row, so a second load finds every row already there. */
    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("homeward-demo/ledger/" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static Party party(String name, PartyKind kind, Party sideOf, String... aliases) {
        return new Party(new PartyId(id("party/" + name)), name, kind, sideOf == null ? null : sideOf.id(), List.of(aliases));
    }

    private static Commitment direction(Agreement agreement, Party from, Party to) {
        return agreement.commitments().stream().filter(c -> c.from().equals(from.id()) && c.to().equals(to.id())).findFirst()
                .orElseThrow();
    }

    private Source source(String key, String publisher, String title, SourceKind kind, String reference) {
        return ledger.add(new SourceId(id("source/" + key)), new NewSource(publisher, title, null, null, kind, reference));
    }

    private Statement statement(String key, Source source, Party party, String speaker, String quote) {
        return ledger.add(new StatementId(id("statement/" + key)),
                new NewStatement(source.id(), party == null ? null : party.id(), speaker, null, quote));
    }

    private Transfer transfer(String key, LedgerDate date, Integer phase, Party from, Party to, AgreementId agreement,
                              List<PartyId> facilitators, String note) {
        return ledger.add(new TransferId(id("transfer/" + key)), new NewTransfer(date.date(), date.precision(), null, phase,
                from.id(), to.id(), agreement, TransferKind.REPATRIATION, null, facilitators, note));
    }

    private ClaimId claim(String key, Statement statement, Party party, Subject subject, Figure figure, String note) {
        return claim(key, statement, party, subject, figure, Unit.BODIES, note, null);
    }

    private ClaimId claim(String key, Statement statement, Party party, Subject subject, Figure figure, String note,
                          Reliability assessed) {
        return claim(key, statement, party, subject, figure, Unit.BODIES, note, assessed);
    }

    private ClaimId claim(String key, Statement statement, Party party, Subject subject, Figure figure, Unit unit,
                          String note, Reliability assessed) {
        return ledger.add(new ClaimId(id("claim/" + key)),
                new NewClaim(statement.id(), party.id(), subject, unit, figure, assessed, null, null, note)).id();
    }

    private void qualitative(String key, Statement statement, String assertion, String place, Magnitude magnitude,
                             Verification verification) {
        ledger.add(new QualitativeClaimId(id("qualitative/" + key)),
                new NewQualitativeClaim(statement.id(), assertion, place, null, null, magnitude, verification, null));
    }

    private void part(ClaimId whole, ClaimId part) {
        ledger.linkPart(whole, part, false);
    }

    /** "Of those": a share named of the whole, a child of it, never a sibling of its parts. */
    private void share(ClaimId whole, ClaimId share) {
        ledger.linkPart(whole, share, true);
    }
}
