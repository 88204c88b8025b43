package org.homeward.formats.kinshipcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every validation case of the project (expected LRs from an independent implementation) passes. */
class KinshipCasesTest {

    static Path casesDir() throws URISyntaxException {
        return Path.of(KinshipCasesTest.class.getResource("/kinship-cases/FORMAT.md").toURI()).getParent();
    }

    @TestFactory
    Stream<DynamicTest> everyRemainsOfEveryCaseMatchesTheExpectedLr() throws Exception {
        CaseValidator.Report report = CaseValidator.validateDirectory(casesDir());
        assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(150);
        return report.outcomes().stream().map(o -> DynamicTest.dynamicTest(
                o.caseId() + " " + o.remains(), () -> assertThat(o.passed()).as(o.line()).isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> perMarkerLrsMatchToo() throws Exception {
        List<Path> files;
        try (Stream<Path> s = java.nio.file.Files.list(casesDir())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            KinshipCase c = KinshipCaseReader.read(f);
            var family = org.homeward.kinship.ReferenceFamily.prepare(c.pedigree(), c.missingPerson(), c.markers(), c.references());
            for (var r : c.remains()) {
                var result = family.lr(r);
                c.expected().get(r.id()).perMarker().forEach((marker, expected) -> {
                    double got = result.perMarker().getOrDefault(marker, 1.0);
                    if (expected == 0) {
                        assertThat(got).as(c.id() + " " + r.id() + " " + marker).isZero();
                    } else {
                        assertThat(Math.abs(got - expected) / expected).as(c.id() + " " + r.id() + " " + marker)
                                .isLessThanOrEqualTo(c.relativeTolerance());
                    }
                });
            }
        }));
    }
}
