package org.homeward.app.demo;

import static org.homeward.app.demo.DemoReport.Review.count;
import static org.homeward.app.demo.DemoReport.Review.qualitative;
import static org.homeward.app.demo.LedgerDemoData.BBC_MEDIAZONA;
import static org.homeward.app.demo.LedgerDemoData.COORDINATION_HQ;
import static org.homeward.app.demo.LedgerDemoData.MONITORS;
import static org.homeward.app.demo.LedgerDemoData.RUSSIA;
import static org.homeward.app.demo.LedgerDemoData.RUSSIA_DEFENCE;
import static org.homeward.app.demo.LedgerDemoData.RUSSIA_NEGOTIATOR;
import static org.homeward.app.demo.LedgerDemoData.RUSSIA_UNNAMED;
import static org.homeward.app.demo.LedgerDemoData.UKRAINE;
import static org.homeward.app.demo.LedgerDemoData.UKRAINE_DEFENCE;
import static org.homeward.app.demo.LedgerDemoData.UKRAINE_PRESIDENT;

import java.util.List;

import org.homeward.app.ledger.Magnitude;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.OfferId;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.ledger.Subject;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.ledger.Unit;

/**
 * The coordinator's review of each demonstration report, as entered on the one-screen page: which
 * proposals are kept, who is quoted, whose figure each is, what it is about, and its parts. Every
 * proposal not listed is rejected on the page; the comments say why where it is not obvious.
 */
final class LedgerDemoReports {

    private LedgerDemoReports() {
    }

    private static final TransferId BATCH_563 = transfer("2024-563/ru-ua");
    private static final String UNNAMED_OFFICIALS = "unnamed Russian officials";
    private static final String KUPYANSK_PLACE = "Kupyansk, Kharkiv Oblast";

    static final DemoReport DESIGN = new DemoReport("design", source("Homeward design notes", "The problem, from public reports",
            SourceKind.COMPILATION, "shared/DESIGN.md"), List.of(
            // The notes are a compilation: they quote nobody (speaker: the source itself), so every figure is a
            // retelling of the party named, never that party's own statement. The reader takes "Kyiv" and
            // "Moscow" for speakers; the coordinator clears the speaker and keeps the party.
            count("phase-1", "five handovers", "1,212", null, UKRAINE.id(), d -> phase(1)),
            // the three 1,200s of the sentence are the second, third and fourth handovers, in order
            count("phase-2", "five handovers", "1,200", null, UKRAINE.id(), d -> phase(2)),
            count("phase-3", "five handovers", "1,200", null, UKRAINE.id(), d -> phase(3)),
            count("phase-4", "five handovers", "1,200", null, UKRAINE.id(), d -> phase(4)),
            count("phase-5", "five handovers", "1,245", null, UKRAINE.id(), d -> phase(5)),
            count("total-ua", "Kyiv counted 6,057", "6,057", null, UKRAINE.id(), d -> Subject.delivered(d.toUkraine())),
            count("total-ru", "Kyiv counted 6,057", "6,060", null, RUSSIA.id(), d -> Subject.delivered(d.toUkraine())),
            // the 1,245 of the last phase is recorded above; only Moscow's 1,248 is new here
            count("phase-5-ru", "Kyiv counted 6,057", "1,248", null, RUSSIA.id(), d -> phase(5)),
            // Moscow's figures in the report of the last phase: the notes retell them for Russia
            count("78", "returned 78", "78", null, RUSSIA.id(), d -> Subject.delivered(d.toRussia())),
            count("51", "returned 78", "51", null, RUSSIA.id(), d -> Subject.transfer(transfer("istanbul/phase-5/ua-ru"))),
            count("2239", "offered", "2,239", null, RUSSIA.id(), d -> offer()),
            // "1,000 for 19, or for 31": rejected, those exchanges are entered from their own reports (002, 003).
            // The 563 and the second retelling's parts, which add up, kept as the whole and its parts (not "of
            // those"); the first retelling's figures in the same sentence are rejected (report 001 gives them itself).
            count("563", "One batch", "563", null, UKRAINE.id(), d -> Subject.transfer(BATCH_563)),
            count("563/donetsk-front", "another report", "320", null, UKRAINE.id(), d -> recovery("Donetsk front"))
                    .partOf("563"),
            count("563/bakhmut-front", "another report", "89", null, UKRAINE.id(), d -> recovery("Bakhmut front"))
                    .partOf("563"),
            count("563/russian-morgues", "another report", "154", null, UKRAINE.id(), d -> recovery("Russian morgues"))
                    .partOf("563")));

    static final DemoReport KUPYANSK = new DemoReport("000", new NewSource(
            "News report citing TASS (publisher not named in the archived text)",
            "Ukrainian command reportedly not evacuating bodies from Kupyansk", null, null, SourceKind.UNNAMED_OFFICIALS,
            "shared/reports/000_e208c34aea36256e.txt"), List.of(
            // Three sentences about the dead without a number. The speaker is the unnamed officials TASS cites
            // (the reader may name TASS itself); nobody else has said so, so they stay unverified.
            qualitative("not-evacuating", "not evacuating", null, RUSSIA_UNNAMED.id(), UNNAMED_OFFICIALS,
                    "The Ukrainian command is not evacuating the bodies of its dead from Kupyansk", KUPYANSK_PLACE, null),
            qualitative("vast-number", "vast number", null, RUSSIA_UNNAMED.id(), UNNAMED_OFFICIALS,
                    "A vast number of corpses of Ukrainian troops left in the city", KUPYANSK_PLACE, null),
            qualitative("fallen-comrades", "fallen comrades", null, RUSSIA_UNNAMED.id(), UNNAMED_OFFICIALS,
                    "Retreating Ukrainian soldiers do not evacuate fallen comrades", null, null)));

    static final DemoReport DNEWS = new DemoReport("001", source("DnewsInfo", "Ukraine reports the repatriation of 563 bodies from Russia",
            SourceKind.INDEPENDENT_MEDIA, "shared/reports/001_6af8553996f90ddc.txt"), List.of(
            // the first retelling of the 563: 89 is "of those" of the 320, so 320 + 154 do not make up the 563
            count("563", "563", "563", UKRAINE.id(), UKRAINE.id(), d -> Subject.transfer(BATCH_563)),
            count("320", "Donetsk region", "320", COORDINATION_HQ.id(), COORDINATION_HQ.id(), d -> recovery("Donetsk region"))
                    .partOf("563"),
            count("89", "Of those", "89", COORDINATION_HQ.id(), COORDINATION_HQ.id(), d -> recovery("near Bakhmut")).shareOf("320"),
            count("154", "morgues", "154", COORDINATION_HQ.id(), COORDINATION_HQ.id(), d -> recovery("morgues in Russia"))
                    .partOf("563")));

    static final DemoReport THOUSAND_FOR_31 = new DemoReport("002", source("News report (publisher not named in the archived text)",
            "Russia returns 1,000 bodies to Ukraine and receives 31", SourceKind.INDEPENDENT_MEDIA,
            "shared/reports/002_32c2949a738cf3de.txt"), List.of(
            // the report gives no date: the coordinator chooses the 1,000-for-31 transfers known only as "2025"
            count("1000", "repatriation measures", "1,000", COORDINATION_HQ.id(), COORDINATION_HQ.id(),
                    d -> Subject.transfer(transfer("2025-1000-31/ru-ua"))),
            count("31", "in return", "31", RUSSIA.id(), RUSSIA.id(), d -> Subject.transfer(transfer("2025-1000-31/ua-ru"))),
            // The report sums up what Kyiv said over the summer in its own words: the report is the speaker and the
            // figure is Kyiv's, retold. It does not say which summer transfer; entered against July 2025.
            count("summer", "summer", "about 1,000", null, UKRAINE.id(), d -> Subject.transfer(transfer("2025-07/ru-ua"))),
            count("46000", "Zelensky", "over 46,000", UKRAINE_PRESIDENT.id(), UKRAINE_PRESIDENT.id(),
                    d -> Subject.casualty("Ukrainian military deaths")).person("Volodymyr Zelensky").in(Unit.PERSONS),
            count("135000", "Mediazona", "over 135,000", BBC_MEDIAZONA.id(), BBC_MEDIAZONA.id(),
                    d -> Subject.casualty("Russian military deaths")).in(Unit.PERSONS)));

    static final DemoReport VIRAL_WAR = new DemoReport("003", source("ViralWar",
            "Russia Hands Over Bodies of 1,000 Fallen Ukrainian Soldiers as Part of Humanitarian Agreement",
            SourceKind.INDEPENDENT_MEDIA, "shared/reports/003_ef4e6f31fa10d639.txt"), List.of(
            count("1000", "identified as those of Ukrainian citizens", "1,000", COORDINATION_HQ.id(), COORDINATION_HQ.id(),
                    d -> Subject.transfer(transfer("2025-07/ru-ua"))),
            count("medinsky/1000", "Medinsky", "1,000", RUSSIA_NEGOTIATOR.id(), RUSSIA_NEGOTIATOR.id(),
                    d -> Subject.transfer(transfer("2025-07/ru-ua"))).person("Vladimir Medinsky"),
            count("medinsky/19", "Medinsky", "19", RUSSIA_NEGOTIATOR.id(), RUSSIA_NEGOTIATOR.id(),
                    d -> Subject.transfer(transfer("2025-07/ua-ru"))).person("Vladimir Medinsky"),
            // "both governments agreed": the report's own words, one proposal kept as each side's committed figure
            count("6000/ua", "both governments", "6,000", null, UKRAINE.id(), d -> Subject.committed(d.toUkraine())),
            count("6000/ru", "both governments", "6,000", null, RUSSIA.id(), d -> Subject.committed(d.toUkraine()))));

    static final DemoReport EWN = new DemoReport("004", source("AJTechnicalDr.com (from EWN)",
            "Kyiv Says 1,245 Bodies Returned to Ukraine From Russia in Major War Casualty Exchange",
            SourceKind.INDEPENDENT_MEDIA, "shared/reports/004_235c9d7c5d625ae4.txt"), List.of(
            count("1245", "another 1,245", "1,245", COORDINATION_HQ.id(), COORDINATION_HQ.id(), d -> phase(5)),
            count("over-6000", "within a week", "over 6,000", COORDINATION_HQ.id(), COORDINATION_HQ.id(),
                    d -> Subject.delivered(d.toUkraine())),
            count("umerov", "Umerov", "over 6,000", UKRAINE_DEFENCE.id(), UKRAINE_DEFENCE.id(), d -> Subject.delivered(d.toUkraine()))
                    .person("Rustem Umerov"),
            count("1248", "1,248", "1,248", RUSSIA_DEFENCE.id(), RUSSIA_DEFENCE.id(), d -> phase(5)),
            count("2239", "2,239", "2,239", RUSSIA.id(), RUSSIA.id(), d -> offer()),
            count("51", "51 bodies", "51", RUSSIA.id(), RUSSIA.id(), d -> Subject.transfer(transfer("istanbul/phase-5/ua-ru"))),
            count("78", "51 bodies", "78", RUSSIA.id(), RUSSIA.id(), d -> Subject.delivered(d.toRussia())),
            // "tens of thousands" is proposed as 10,000–99,999 persons: the coordinator keeps it as an order of
            // magnitude in words, a claim without a number, not as an interval
            qualitative("tens-of-thousands", "tens of thousands", "tens of thousands", MONITORS.id(), null,
                    "Soldiers killed on both sides since February 2022", null, Magnitude.TENS_OF_THOUSANDS)));

    /** In the order a coordinator enters them: the design notes first, then the reports by number. */
    static final List<DemoReport> ALL = List.of(DESIGN, KUPYANSK, DNEWS, THOUSAND_FOR_31, VIRAL_WAR, EWN);


    private static NewSource source(String publisher, String title, SourceKind kind, String reference) {
        return new NewSource(publisher, title, null, null, kind, reference);
    }

    static TransferId transfer(String key) {
        return new TransferId(LedgerDemoData.id("transfer/" + key));
    }

    private static Subject phase(int phase) {
        return Subject.transfer(transfer("istanbul/phase-" + phase + "/ru-ua"));
    }

    private static Subject offer() {
        return Subject.offer(new OfferId(LedgerDemoData.id("offer/2239")));
    }

    private static Subject recovery(String place) {
        return Subject.recovery(place, BATCH_563);
    }
}
