package org.homeward.app.remains;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.chain.ChainVerification;
import org.homeward.app.ledger.TransferId;
import org.homeward.kinship.Sex;

/**
 * Everything the register holds about one body or body part: what a body's page shows.
 *
 * @param examinations  newest first
 * @param nationality   assessments, newest first
 * @param links         commingling links with other remains, newest first (with superseded ones)
 * @param samePerson    the other body numbers currently linked as the same person (directly or through others)
 * @param returnedIn    the ledger's return transfer, if it was sent back
 * @param custody       the custody events of the remains, oldest first
 * @param custodyCheck  its own chain checked: intact, or where it breaks
 */
public record RemainsFile(String bodyNumber, RemainsKind kind, TransferId transfer, LocalDate receivedOn, String description,
                          RecoveryPlace claimedPlace, LocalDate claimedDate, Instant registeredAt, String registeredBy,
                          List<Bag> bags, List<Examination> examinations, List<PersonalEffect> effects,
                          List<NationalityAssessment> nationality, List<RemainsLink> links, List<String> samePerson,
                          List<Sample> samples, TransferId returnedIn, List<CustodyEvent> custody,
                          ChainVerification custodyCheck) {

    public RemainsFile {
        bags = List.copyOf(bags);
        examinations = List.copyOf(examinations);
        effects = List.copyOf(effects);
        nationality = List.copyOf(nationality);
        links = List.copyOf(links);
        samePerson = List.copyOf(samePerson);
        samples = List.copyOf(samples);
        custody = List.copyOf(custody);
    }

    public Examination latestExamination() {
        return examinations.isEmpty() ? null : examinations.get(0);
    }

    /**
     * True when the latest examination determined a sex and a sample's amelogenin shows the other
     * one: the examination stands (amelogenin can fail by AMELY deletion) but someone must look.
     */
    public boolean sexContradicted() {
        Examination exam = latestExamination();
        Sex examined = exam == null ? Sex.UNKNOWN : exam.estimatedSex().sex();
        return examined != Sex.UNKNOWN && samples.stream().map(Sample::amelogeninSex)
                .anyMatch(typed -> typed != Sex.UNKNOWN && typed != examined);
    }

    public NationalityAssessment currentNationality() {
        return nationality.isEmpty() ? null : nationality.get(0);
    }

    /** Whether the last custody event took the remains out of the register's custody (release, burial, return). */
    public boolean custodyEnded() {
        return !custody.isEmpty() && custody.get(custody.size() - 1).type().endsCustody();
    }
}
