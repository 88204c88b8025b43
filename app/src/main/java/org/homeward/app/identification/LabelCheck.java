package org.homeward.app.identification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.app.registry.MissingPerson;
import org.homeward.app.registry.MissingPersons;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.ContradictionKind;
import org.homeward.app.remains.EstablishedBy;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.StatedIdentity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Label versus DNA: every identification (a confirmed decision, a confirmed re-association) compares
 * what the label, the manifest and the handover stated of whose remains these are with the person
 * DNA identified, and records each contradiction with the remains register, in the confirming
 * transaction. A candidate's page shows the contradictions it would bring before anyone decides.
 *
 * <p>A statement contradicts the DNA result when it names the other side (the person is one of
 * ours: a missing person of the registry), a service number other than the person's, or a name in
 * which the person's surname (in Cyrillic or in Latin letters) does not appear.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LabelCheck {

    /** One contradicted statement and how (shown through the bundles with the statement's words and the person's id). */
    public record Conflict(StatedIdentity statement, ContradictionKind kind) {
    }

    private final LabelStatements labels;
    private final RemainsRegister register;
    private final MissingPersons missingPersons;

    @EventListener
    void identified(IdentificationConfirmed confirmed) {
        record(confirmed.bodyNumber(), confirmed.missingPersonId(), EstablishedBy.IDENTIFICATION, confirmed.decisionId());
    }

    @EventListener
    void furtherPart(FurtherRemainsConfirmed confirmed) {
        record(confirmed.bodyNumber(), confirmed.missingPersonId(), EstablishedBy.REASSOCIATION, confirmed.reassociationId());
    }

    private void record(String bodyNumber, String missingPersonId, EstablishedBy establishedBy, long decisionId) {
        for (Conflict c : conflicts(bodyNumber, missingPersonId)) {
            labels.recordContradiction(c.statement(), missingPersonId, c.kind(), establishedBy, decisionId);
        }
    }

    /** The statements of the remains that identifying them as the missing person would contradict. */
    public List<Conflict> conflicts(String bodyNumber, String missingPersonId) {
        Optional<BodyNumber> body = BodyNumber.parse(bodyNumber).filter(b -> register.find(b).isPresent());
        List<StatedIdentity> statements = body.map(labels::statements).orElse(List.of());
        Optional<MissingPerson> person = statements.isEmpty() ? Optional.empty() : missingPersons.findMissingPerson(missingPersonId);
        if (person.isEmpty()) {
            return List.of();
        }
        List<Conflict> out = new ArrayList<>();
        for (StatedIdentity s : statements) {
            contradiction(s, person.get()).ifPresent(kind -> out.add(new Conflict(s, kind)));
        }
        return out;
    }

    /** How the statement contradicts the person DNA identified, if it does. */
    static Optional<ContradictionKind> contradiction(StatedIdentity s, MissingPerson person) {
        if (s.statedSide() == Nationality.OTHER_SIDE) {
            return Optional.of(ContradictionKind.OTHER_SIDE);
        }
        if (s.statedServiceNumber() != null && person.serviceNumber() != null
                && !compact(s.statedServiceNumber()).equals(compact(person.serviceNumber()))) {
            return Optional.of(ContradictionKind.SERVICE_NUMBER);
        }
        if (s.statedName() != null) {
            Set<String> stated = words(s.statedName()).collect(Collectors.toSet());
            boolean surnameAppears = Stream.of(person.surname(), person.surnameLatin()).filter(java.util.Objects::nonNull)
                    .flatMap(LabelCheck::words).anyMatch(stated::contains);
            if (!surnameAppears) {
                return Optional.of(ContradictionKind.NAME);
            }
        }
        return Optional.empty();
    }

    private static Stream<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u02bc', '\'').replace('\u2019', '\'');
        return Arrays.stream(plain.split("[^\\p{L}']+")).filter(w -> !w.isEmpty());
    }

    private static String compact(String serviceNumber) {
        return serviceNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
