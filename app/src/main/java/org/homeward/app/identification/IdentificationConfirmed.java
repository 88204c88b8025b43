package org.homeward.app.identification;

import java.time.Instant;
import java.util.Objects;

/**
 * Published (with Spring's {@code ApplicationEventPublisher}, inside the transaction of the
 * decision) when a second analyst confirms a first analyst's proposal: the remains numbered
 * {@code bodyNumber} are {@code missingPersonId}. Listeners (the families feature: notification,
 * certificate, release) run in that transaction unless they say otherwise; if the decision rolls
 * back, the event never happened.
 *
 * @param decisionId      the confirming decision's id in the identification decision log
 * @param missingPersonId the registry's id of the missing person
 * @param bodyNumber      the remains feature's body number (or, if the remains are known only by
 *                        a sample code, that code)
 * @param at              when the confirmation was recorded (the injected clock's time)
 */
public record IdentificationConfirmed(long decisionId, String missingPersonId, String bodyNumber, Instant at) {

    public IdentificationConfirmed {
        Objects.requireNonNull(missingPersonId, "missingPersonId");
        Objects.requireNonNull(bodyNumber, "bodyNumber");
        Objects.requireNonNull(at, "at");
    }
}
