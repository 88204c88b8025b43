package org.homeward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.homeward.app.identification.CandidateId;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.CandidateX;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.RunId;
import org.homeward.app.security.SystemTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo shows an X-supported candidate: the missing daughter's remains against her father's reference, with an
 * X-STR part over the four linkage groups that raises the LR; loading again adds nothing. The demo's context (as
 * LifeCycleDemoTest's).
 */
@SpringBootTest(properties = "homeward.demo=true")
class XDemoTest {

    @Autowired
    XDemoData x;

    @Autowired
    Identification identification;

    @Test
    void the_demo_daughter_is_a_candidate_with_an_x_part() {
        SystemTasks.callAs("demo-reader", () -> {
            List<CandidateMatch> found = identification.runs().stream()
                    .flatMap(r -> identification.candidatesOfRun(new RunId(r.id())).stream())
                    .filter(c -> c.sampleCode().equals(XDemoData.REMAINS)).toList();
            assertThat(found).isNotEmpty();
            CandidateX part = identification.candidate(new CandidateId(found.get(0).id())).x();
            assertThat(part).isNotNull();
            assertThat(part.units()).hasSize(4);
            assertThat(part.xLog10Lr()).as("a father's X in his daughter: about Σ log10 1/(2p)").isGreaterThan(1);
            int runs = identification.runs().size();
            x.load();
            assertThat(identification.runs()).hasSize(runs);
            return null;
        });
    }
}
