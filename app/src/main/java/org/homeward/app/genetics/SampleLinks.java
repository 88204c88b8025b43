package org.homeward.app.genetics;

import static org.homeward.app.security.Permission.GENETIC_LINK_READ;

import java.util.function.UnaryOperator;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.AccessBasis;
import org.homeward.app.security.BreakGlass;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The one rule for every view that pairs a sample code with a person (a registry sample, a
 * family's samples, a candidate's references): the pairing is shown only to holders of
 * {@link org.homeward.app.security.Permission#GENETIC_LINK_READ} or of an open break-glass grant for
 * the sample's link ({@link GeneticData#linkResource}); everyone else sees the sample code without
 * the person. A pairing shown through break-glass is audited as a follow of the link.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SampleLinks {

    private final BreakGlass breakGlass;
    private final ApplicationEventPublisher events;

    /** Whether the signed-in person may see whom {@code sampleCode} belongs to. */
    public boolean mayPair(String sampleCode) {
        return breakGlass.access(GENETIC_LINK_READ, GeneticData.linkResource(sampleCode)).map(basis -> {
            if (basis == AccessBasis.BREAK_GLASS) {
                events.publishEvent(AuditEvent.of("genetic-link.followed", "sample:" + sampleCode).with("basis", basis)
                        .with("found", true));
            }
            return true;
        }).orElse(false);
    }

    /** {@code paired} as it is when the signed-in person may pair {@code sampleCode}, else without the person. */
    public <T> T shown(String sampleCode, T paired, UnaryOperator<T> withoutPerson) {
        return mayPair(sampleCode) ? paired : withoutPerson.apply(paired);
    }
}
