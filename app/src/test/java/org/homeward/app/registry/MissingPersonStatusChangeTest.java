package org.homeward.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Actor;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/** The guard of a missing person's status: the lifecycle's changes are given, dated and attributed; others are refused by field. */
class MissingPersonStatusChangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor LIAISON = new Actor("liaison");

    private static MissingPerson at(MissingPersonStatus status, String mergedInto) {
        return new MissingPerson("MP-1", 1, null, null, null, "Bondar", "Ivan", "Bondar", "Ivan", Sex.MALE, null, null, null, null, null,
                null, status, Instant.EPOCH, mergedInto, Instant.EPOCH, "t", 3);
    }

    @Test
    void a_change_the_lifecycle_allows_is_dated_and_attributed() {
        StatusChange change = at(MissingPersonStatus.REPORTED_MISSING, null).changeStatus(MissingPersonStatus.PRESUMED_DEAD, "court ruling",
                LIAISON, CLOCK);

        assertThat(change).isEqualTo(new StatusChange(MissingPersonStatus.PRESUMED_DEAD, CLOCK.instant(), "liaison", "court ruling"));
    }

    @Test
    void an_impossible_change_is_refused_on_the_status_field() {
        assertThatThrownBy(() -> at(MissingPersonStatus.PRESUMED_DEAD, null).changeStatus(MissingPersonStatus.BURIED, null, LIAISON, CLOCK))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> {
                    assertThat(refused.path()).isEqualTo("status");
                    assertThat(refused.getMessage()).contains("cannot change from PRESUMED_DEAD to BURIED");
                });
        assertThatThrownBy(() -> at(MissingPersonStatus.BURIED, null).changeStatus(MissingPersonStatus.REPORTED_MISSING, null, LIAISON, CLOCK))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.getMessage()).contains("final status"));
    }

    @Test
    void no_status_and_a_merged_report_are_refused_naming_their_field() {
        assertThatThrownBy(() -> at(MissingPersonStatus.REPORTED_MISSING, null).changeStatus(null, null, LIAISON, CLOCK))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> assertThat(refused.path()).isEqualTo("status"));
        assertThatThrownBy(() -> at(MissingPersonStatus.REPORTED_MISSING, "MP-2").changeStatus(MissingPersonStatus.PRESUMED_DEAD, null,
                LIAISON, CLOCK))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> {
                    assertThat(refused.path()).isEqualTo("id");
                    assertThat(refused.getMessage()).contains("merged into MP-2");
                });
    }

    @Test
    void an_identification_identifies_once_and_never_undoes_a_later_status() {
        assertThat(at(MissingPersonStatus.FOUND_ALIVE, null).identifyRemains("decision 4", LIAISON, CLOCK))
                .hasValue(new StatusChange(MissingPersonStatus.REMAINS_IDENTIFIED, CLOCK.instant(), "liaison", "decision 4"));
        assertThat(at(MissingPersonStatus.REMAINS_IDENTIFIED, null).identifyRemains("decision 4", LIAISON, CLOCK)).isEmpty();
        assertThat(at(MissingPersonStatus.BURIED, null).identifyRemains("decision 4", LIAISON, CLOCK)).isEmpty();
    }
}
