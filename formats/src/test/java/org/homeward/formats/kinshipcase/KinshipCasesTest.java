package org.homeward.formats.kinshipcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.kinship.LrResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every validation case of the project (expected LRs from an independent implementation) passes,
 * totals and per unit, at its tolerance: the {@code kinship-case/1} set and the {@code kinship-case/2}
 * set (X markers, θ, founder inbreeding, partial genotypes, hypotheses, linked pairs).
 */
class KinshipCasesTest {

    static Path casesDir(String name) throws URISyntaxException {
        return Path.of(KinshipCasesTest.class.getResource("/" + name + "/FORMAT.md").toURI()).getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyRemainsOfEveryVersion1CaseMatchesTheExpectedLr() throws Exception {
        return outcomes("kinship-cases", 150);
    }

    @TestFactory
    Stream<DynamicTest> everyRemainsAndHypothesisOfEveryVersion2CaseMatchesTheExpectedLr() throws Exception {
        return outcomes("kinship-cases-2", 172);
    }

    private static Stream<DynamicTest> outcomes(String set, int atLeast) throws Exception {
        CaseValidator.Report report = CaseValidator.validateDirectory(casesDir(set));
        assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(atLeast);
        return report.outcomes().stream().map(o -> DynamicTest.dynamicTest(
                o.caseId() + " " + o.remains(), () -> assertThat(o.passed()).as(o.line()).isTrue()));
    }

    /** The version 1 cases through the extended model too: it reduces to the production engine's. */
    @TestFactory
    Stream<DynamicTest> theExtendedModelReproducesTheVersion1Cases() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(casesDir("kinship-cases"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            KinshipCase c = KinshipCaseReader.read(f);
            KinshipCase.MissingPerson mp = (KinshipCase.MissingPerson) c.question();
            mp.remains().forEach((id, obs) -> {
                LrResult r = mp.family().missingPersonLr(mp.missing(), c.units(), c.references(), obs, c.theta());
                double expected = c.expected().get(id).lr();
                if (expected == 0) {
                    assertThat(r.lr()).as(c.id() + " " + id).isZero();
                } else {
                    assertThat(Math.abs(r.lr() - expected) / expected).as(c.id() + " " + id).isLessThanOrEqualTo(c.relativeTolerance());
                }
            });
        }));
    }
}
