package org.homeward.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.app.identification.Decision;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.NewReassociation;
import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.ReassociationBasis;
import org.homeward.app.identification.ReassociationId;
import org.homeward.app.identification.Reassociations;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.ReferenceFamilyData;
import org.homeward.app.registry.ReferenceSample;
import org.homeward.app.registry.ReferenceSamples;
import org.homeward.app.remains.Bag;
import org.homeward.app.remains.BagCondition;
import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.LabelStatements;
import org.homeward.app.remains.Nationality;
import org.homeward.app.remains.NationalityEvidence;
import org.homeward.app.remains.NewBag;
import org.homeward.app.remains.NewNationalityAssessment;
import org.homeward.app.remains.NewReturn;
import org.homeward.app.remains.NewSplit;
import org.homeward.app.remains.NewStatedIdentity;
import org.homeward.app.remains.RemainsKind;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.RemainsReturns;
import org.homeward.app.remains.RemainsSplits;
import org.homeward.app.remains.StatementSource;
import org.homeward.app.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The life cycle of remains for a newcomer to see, on the demo repatriation after the identification
 * demo: one bag split into the two persons it held, one bag registered without a readable label, one
 * body of the other side sent back, one further part re-associated to an identified person by two
 * analysts on the evidence (its handover named someone else: a mislabelled body), and one relative's
 * consent withdrawn. Each is entered through the features' public surfaces, once.
 */
@Component
@Order(950)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LifeCycleDemoData implements DemoDataLoader {

    static final String SPLIT_BAG = "SIM-LC-SPLIT";
    static final String RETURN_BAG = "SIM-LC-RETURN";
    static final String PART_BAG = "SIM-LC-PART";
    static final String WRONG_NAME = "Мельничук-Дорошенко Арсеній";
    static final String WITHDRAWAL = "The donor withdrew consent (demonstration).";

    private static final Logger log = LoggerFactory.getLogger(LifeCycleDemoData.class);

    private final Ledger ledger;
    private final RemainsRegister register;
    private final RemainsSplits splits;
    private final RemainsReturns returns;
    private final LabelStatements labels;
    private final Identification identification;
    private final Reassociations reassociations;
    private final Families families;
    private final ReferenceSamples samples;
    private final Clock clock;

    @Override
    public String name() {
        return "life cycle of remains";
    }

    @Override
    public void insertMissing() {
        IdentificationDemoData.demoTransfer(ledger).ifPresent(this::loadOn);
    }

    private void loadOn(TransferId transfer) {
        Map<String, Bag> bags = register.receipt(transfer).bags().stream().collect(Collectors.toMap(Bag::bagNumber, b -> b, (a, b) -> a));
        if (!bags.containsKey(SPLIT_BAG)) {
            String body = register.registerBag(transfer, new NewBag(SPLIT_BAG, null, null, null, "Two persons in one bag (demonstration)",
                    null, null, null)).bodyNumbers().get(0);
            splits.split(new BodyNumber(body), new NewSplit(List.of(RemainsKind.BODY, RemainsKind.BODY),
                    "Two skulls and two left femora in one bag (demonstration)"));
        }
        if (bags.values().stream().noneMatch(Bag::provisional)) {
            register.registerBag(transfer, new NewBag(null, null, null, null, "The label was torn off in transport (demonstration)", null,
                    null, BagCondition.UNLABELLED));
        }
        if (!bags.containsKey(RETURN_BAG)) {
            String body = register.registerBag(transfer, new NewBag(RETURN_BAG, null, null, null, "The other side's soldier (demonstration)",
                    null, null, null)).bodyNumbers().get(0);
            register.assessNationality(new BodyNumber(body), new NewNationalityAssessment(Nationality.OTHER_SIDE,
                    Set.of(NationalityEvidence.DOCUMENTS, NationalityEvidence.UNIFORM), "Their identity tag and uniform (demonstration)",
                    "demo morgue"));
            returns.returnToOtherSide(new NewReturn(List.of(body), LocalDate.now(clock), "the border crossing", List.of(),
                    "Sent back at the next exchange (demonstration)", null));
        }
        reassociateFurtherPart(bags, transfer);
        withdrawOneConsent();
    }

    /**
     * A further part found with the first identified person's remains (the identification demo's
     * confirmation) is re-associated to that person by the two demo analysts on the evidence; its
     * handover had named someone else, so DNA's identity contradicts it: a mislabelled body. Once.
     */
    private void reassociateFurtherPart(Map<String, Bag> bags, TransferId transfer) {
        Optional<Decision> identified = identification.identifications().stream().findFirst();
        if (bags.containsKey(PART_BAG) || identified.isEmpty()) {
            return;
        }
        String part = register.registerBag(transfer, new NewBag(PART_BAG, null, null, null,
                "A further part recovered with identified remains (demonstration)", RemainsKind.BODY_PART, null, null)).bodyNumbers().get(0);
        String person = identified.get().missingPersonId();
        Reassociation proposed = SystemTasks.callAs(IdentificationDemoData.FIRST_ANALYST, () -> reassociations.propose(new NewReassociation(
                part, person, ReassociationBasis.EVIDENCE, "Recovered from the same grave as the identified remains, with the same unit"
                        + " insignia; the femur completes the skeleton (demonstration).")));
        labels.record(new BodyNumber(part), new NewStatedIdentity(StatementSource.HANDOVER, WRONG_NAME, null, null));
        SystemTasks.callAs(IdentificationDemoData.SECOND_ANALYST, () -> reassociations.confirm(new ReassociationId(proposed.id()),
                "Reviewed independently (demonstration)."));
        log.info("Life-cycle demo: {} re-associated to {} (identification {}), mislabelled at handover", part, person, identified.get().id());
    }

    /** The donor of one reference sample of the last family withdraws consent, when the family has another to be screened with. */
    private void withdrawOneConsent() {
        families.referenceFamiliesForMatching().stream().max(Comparator.comparingLong(ReferenceFamilyData::familyId)).ifPresent(family -> {
                    List<ReferenceSample> all = families.family(family.familyId()).samples();
                    if (family.referenceSampleCodes().size() >= 2 && all.stream().noneMatch(s -> s.withdrawnAt() != null)) {
                        String code = family.referenceSampleCodes().values().stream().sorted().findFirst().orElseThrow();
                        samples.withdrawConsent(code, WITHDRAWAL);
                    }
                });
    }
}
