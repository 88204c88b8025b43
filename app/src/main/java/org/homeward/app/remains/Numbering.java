package org.homeward.app.remains;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.homeward.app.remains.store.RemainsRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The register's numbers and its calendar, in one place: body numbers and sample codes taken from
 * the installation's schemes (each sequence counted per day in the database, so a number is never
 * given twice), and the day an instant falls on in the display time zone, which those numbers and
 * every "not in the future" check count in.
 */
@Component
class Numbering {

    private final RemainsRepository repository;
    private final Clock clock;
    private final ZoneId zone;
    private final NumberScheme bodyNumbers;
    private final NumberScheme sampleCodes;

    Numbering(RemainsRepository repository, Clock clock, RemainsProperties properties,
              @Value("${homeward.display-time-zone}") ZoneId zone) {
        this.repository = repository;
        this.clock = clock;
        this.zone = zone;
        this.bodyNumbers = NumberScheme.parse(properties.bodyNumberScheme());
        this.sampleCodes = NumberScheme.parse(properties.sampleCodeScheme());
    }

    LocalDate today() {
        return day(clock.instant());
    }

    /** The day {@code at} falls on in the display time zone. */
    LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The next {@code count} body numbers of the day, taken for good (the transaction holds them). */
    List<String> takeBodyNumbers(LocalDate received, int count) {
        long first = repository.takeNumbers(bodyNumbers.scope(received), count);
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(bodyNumbers.format(received, first + i));
        }
        return numbers;
    }

    /** The first and the last of the next {@code count} body numbers of the day, without taking them (for a preview). */
    List<String> peekBodyNumbers(LocalDate received, int count) {
        long next = repository.peekNext(bodyNumbers.scope(received));
        return List.of(bodyNumbers.format(received, next), bodyNumbers.format(received, next + count - 1));
    }

    /** The next sample code of the day, taken for good. */
    String takeSampleCode(LocalDate day) {
        return sampleCodes.format(day, repository.takeNumbers(sampleCodes.scope(day), 1));
    }
}
