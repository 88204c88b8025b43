package org.homeward.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.homeward.app.ledger.Agreement;
import org.homeward.app.ledger.AgreementId;
import org.homeward.app.ledger.Commitment;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.LedgerDate;
import org.homeward.app.ledger.NewAgreement;
import org.homeward.app.ledger.NewCommitment;
import org.homeward.app.ledger.NewOffer;
import org.homeward.app.ledger.NewParty;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.Offer;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.OfferReply;
import org.homeward.app.ledger.OfferResponse;
import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.PartyId;
import org.homeward.app.ledger.PartyKind;
import org.homeward.app.ledger.ReportEntry;
import org.homeward.app.ledger.Transfer;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.TransferKind;
import org.homeward.app.audit.AuditEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The five public reports in {@code shared/reports} and the problem statement in {@code shared/DESIGN.md},
 * entered as a coordinator enters a report: the parties, the Istanbul agreement, its transfers and the
 * offer first, then each report pasted (a retelling of its facts in our own words), read by the same
 * reader as the one-screen page, reviewed ({@link LedgerDemoReports}: who is quoted, whose figure,
 * which transfer) and saved at once through {@link ReportEntry}. Loaded by {@code homeward serve --demo}
 * as the actor {@code demo}; every record has a fixed id, so loading twice changes nothing.
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
    public void insertMissing() {
        transactions.executeWithoutResult(status -> loadAsDemo());
    }

    private void loadAsDemo() {
        PARTIES.forEach(party -> ledger.add(party.id(), new NewParty(party.name(), party.kind(), party.sideOf(), party.aliases())));

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

        for (int phase = 1; phase <= 5; phase++) {
            transfer("istanbul/phase-" + phase + "/ru-ua", LedgerDate.month(2025, 6), phase, RUSSIA, UKRAINE,
                    istanbulId, List.of(), "The sources give the month, not the day.");
        }
        transfer("istanbul/phase-5/ua-ru", LedgerDate.month(2025, 6), 5, UKRAINE, RUSSIA, istanbulId,
                List.of(), "Russian bodies handed over during the last phase.");
        Offer offer = ledger.add(new OfferId(id("offer/2239")), new NewOffer(june2025.date(), june2025.precision(), RUSSIA.id(),
                UKRAINE.id(), "Another 2,239 bodies of fallen Ukrainian servicemen, beyond what was agreed in Istanbul"));
        if (offer.response() == null) {
            ledger.respondToOffer(offer.id(), new OfferReply(OfferResponse.AWAITING,
                    "Kyiv had yet to respond formally (report of the last phase).", null));
        }

        transfer("2025-07/ru-ua", LedgerDate.month(2025, 7), null, RUSSIA, UKRAINE, null, List.of(),
                "ViralWar: \"on Thursday, as part of an agreement reached during last month's peace talks in Istanbul\".");
        transfer("2025-07/ua-ru", LedgerDate.month(2025, 7), null, UKRAINE, RUSSIA, null, List.of(),
                "In return for the 1,000, according to Vladimir Medinsky.");
        transfer("2025-1000-31/ru-ua", LedgerDate.year(2025), null, RUSSIA, UKRAINE, null,
                List.of(ICRC.id()), "The report gives no date; it was published in 2025, after the summer repatriations.");
        transfer("2025-1000-31/ua-ru", LedgerDate.year(2025), null, UKRAINE, RUSSIA, null,
                List.of(ICRC.id()), "In return for the 1,000, according to Moscow.");
        transfer("2024-563/ru-ua", LedgerDate.year(2024), null, RUSSIA, UKRAINE, null, List.of(),
                "The report dates Bakhmut's capture to \"May last year\" (2023), so it is from 2024.");

        // --- the reports, each pasted on the one-screen page, read, reviewed and saved at once ----------
        DemoReport.Directions directions = new DemoReport.Directions(toUkraine.id(), toRussia.id());
        for (DemoReport report : LedgerDemoReports.ALL) {
            reports.enter(report.sourceId(), report.confirm(ledger.read(report.text(), report.source().publishedOn()), directions));
        }
    }

    /** The retelling of a report ("000"…"004", "design") the demonstration pastes. */
    public static String retelling(String report) {
        return report(report).text();
    }

    /** The id of a demonstration claim by report and review ("004/1248", "design/563"). */
    public static UUID claimId(String key) {
        return report(key.substring(0, key.indexOf('/'))).claimId(key.substring(key.indexOf('/') + 1)).value();
    }

    /** The id of the statement a demonstration claim ("004/1245") quotes, when that claim is the first to quote it. */
    public static UUID statementId(String key) {
        return report(key.substring(0, key.indexOf('/'))).statementId(key.substring(key.indexOf('/') + 1)).value();
    }

    private static DemoReport report(String key) {
        return LedgerDemoReports.ALL.stream().filter(report -> report.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demonstration report " + key));
    }

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



    private Transfer transfer(String key, LedgerDate date, Integer phase, Party from, Party to, AgreementId agreement,
                              List<PartyId> facilitators, String note) {
        return ledger.add(new TransferId(id("transfer/" + key)), new NewTransfer(date.date(), date.precision(), null, phase,
                from.id(), to.id(), agreement, TransferKind.REPATRIATION, null, facilitators, note));
    }






}
