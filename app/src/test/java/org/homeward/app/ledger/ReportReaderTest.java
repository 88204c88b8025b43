package org.homeward.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.homeward.app.demo.LedgerDemoData;
import org.homeward.app.ledger.text.ReportReader;
import org.junit.jupiter.api.Test;

/** Proposals from text: the key figures of the shared reports, and the rules on small English examples. */
class ReportReaderTest {

    private final ReportReader reader = new ReportReader(LedgerDemoData.PARTIES, List.of());

    /** {@code shared/} of the project workspace, beside the repository (or at -Dhomeward.shared), when present. */
    static Optional<Path> shared() {
        return Stream.of(System.getProperty("homeward.shared", "../shared"), "../shared", "../../shared").map(Path::of)
                .filter(path -> Files.isDirectory(path.resolve("reports")))
                .findFirst();
    }

    @Test
    void every_figure_about_bodies_and_deaths_in_the_shared_reports_is_proposed() throws IOException {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "shared/reports is not beside the repository: skipped");
        List<ProposedClaim> proposals = new ArrayList<>();
        try (Stream<Path> reports = Files.list(shared.get().resolve("reports"))) {
            for (Path report : reports.sorted().toList()) {
                proposals.addAll(extract(Files.readString(report, StandardCharsets.UTF_8)));
            }
        }
        proposals.addAll(extract(Files.readString(shared.get().resolve("DESIGN.md"), StandardCharsets.UTF_8)));

        List<Long> values = proposals.stream().filter(p -> p.kind() == ProposalKind.COUNT).map(p -> p.figure().low() != null ? p.figure().low() : p.figure().high()).toList();
        assertThat(values).contains(1_212L, 1_200L, 1_245L, 1_248L, 6_057L, 6_060L, 78L, 51L, 2_239L, 1_000L, 19L, 31L,
                563L, 320L, 89L, 154L, 6_000L, 46_000L, 135_000L, 3L, 10_000L);
        assertThat(proposals).allSatisfy(p -> assertThat(p.sentence()).contains(p.text()));
        // not counts of the dead
        assertThat(proposals).extracting(ProposedClaim::text)
                .doesNotContain("2022", "2025", "1486", "6", "10", "100", "seven", "five", "two", "four", "six");
    }

    @Test
    void the_last_phase_report_gives_each_figure_its_unit_and_speaker() throws IOException {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "shared/reports is not beside the repository: skipped");
        String text = Files.readString(shared.get().resolve("reports/004_235c9d7c5d625ae4.txt"), StandardCharsets.UTF_8);

        List<ProposedClaim> proposals = extract(text);

        ProposedClaim russian = find(proposals, "1,248");
        assertThat(russian.figure()).isEqualTo(Figure.exact(1_248));
        assertThat(russian.unit()).isEqualTo(Unit.BODIES);
        assertThat(russian.party()).isEqualTo(LedgerDemoData.RUSSIA_DEFENCE.id());
        assertThat(russian.sentence()).startsWith("While Russia’s defense ministry reported");

        ProposedClaim received = find(proposals, "51");
        assertThat(received.party()).isEqualTo(LedgerDemoData.RUSSIA.id());
        assertThat(received.mention()).isEqualTo("Moscow");

        ProposedClaim offer = find(proposals, "2,239");
        assertThat(offer.party()).isEqualTo(LedgerDemoData.RUSSIA.id());

        ProposedClaim umerov = proposals.stream().filter(p -> p.text().equals("Over 6,000") && p.sentence().contains("Umerov wrote"))
                .findFirst().orElseThrow();
        assertThat(umerov.figure()).isEqualTo(Figure.atLeast(6_000));
        assertThat(umerov.party()).isEqualTo(LedgerDemoData.UKRAINE_DEFENCE.id());

        ProposedClaim tens = find(proposals, "tens of thousands");
        assertThat(tens.figure()).isEqualTo(Figure.range(10_000, null, 99_999));
        assertThat(tens.unit()).isEqualTo(Unit.PERSONS);
        assertThat(tens.party()).isEqualTo(LedgerDemoData.MONITORS.id());
    }

    @Test
    void numbers_in_digits_with_separators_in_words_and_as_ranges() {
        List<ProposedClaim> proposals = extract(
                "Kyiv counted 6 057 bodies. Moscow said three bags were missing. Between 300 and 400 bodies arrived, "
                        + "and 1,000–1,200 fragments. Some two hundred and forty-five individuals were examined.");

        assertThat(proposals).extracting(ProposedClaim::text)
                .containsExactly("6 057", "three", "Between 300 and 400", "1,000–1,200", "Some two hundred and forty-five");
        assertThat(proposals).extracting(ProposedClaim::figure).containsExactly(Figure.exact(6_057), Figure.exact(3),
                Figure.range(300, null, 400), Figure.range(1_000, null, 1_200), Figure.approximately(245));
        assertThat(proposals).extracting(ProposedClaim::unit)
                .containsExactly(Unit.BODIES, Unit.BAGS, Unit.BODIES, Unit.FRAGMENTS, Unit.INDIVIDUALS);
        assertThat(proposals.get(0).party()).isEqualTo(LedgerDemoData.UKRAINE.id());
        assertThat(proposals.get(1).party()).isEqualTo(LedgerDemoData.RUSSIA.id());
        assertThat(proposals.get(0).sentence()).isEqualTo("Kyiv counted 6 057 bodies.");
    }

    @Test
    void years_ordinals_percentages_and_counts_of_other_things_are_not_proposed() {
        List<ProposedClaim> proposals = extract("On November 6th, the 1486th regiment took seven buildings in five days "
                + "since February 2022, and 100% of two rounds failed. One report says 12 bodies were found.");

        assertThat(proposals).extracting(ProposedClaim::text).containsExactly("12");
    }

    @Test
    void a_figure_without_a_unit_in_its_sentence_takes_the_one_named_just_before() {
        List<ProposedClaim> proposals = extract("Russia returned 1,200 bodies. Kyiv counted 1,212 in total.");

        assertThat(find(proposals, "1,212").unit()).isEqualTo(Unit.BODIES);
        assertThat(find(proposals, "1,212").party()).isEqualTo(LedgerDemoData.UKRAINE.id());
    }

    private static ProposedClaim find(List<ProposedClaim> proposals, String text) {
        return proposals.stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not proposed in " + proposals.stream().map(ProposedClaim::text).toList()));
    }

    private List<ProposedClaim> extract(String text) {
        return reader.read(text, null).claims();
    }
}
