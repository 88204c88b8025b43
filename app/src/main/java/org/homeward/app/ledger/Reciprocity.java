package org.homeward.app.ledger;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What two sides handed each other: both directions side by side (6,057 one way, 78 the other).
 *
 * @param secondToFirst null when nothing was handed over in that direction
 */
public record Reciprocity(Party first, Party second, DirectionTotal firstToSecond, DirectionTotal secondToFirst) {

    /** The directions that exist, first to second first. */
    public List<DirectionTotal> directions() {
        return Stream.of(firstToSecond, secondToFirst).filter(Objects::nonNull).toList();
    }
}
