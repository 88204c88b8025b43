package org.homeward.app.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoints of {@code file} that check out (in order, each following the line before it,
 * matching its hash and signed with the checkpoint key), up to the first line that does not, which
 * {@code refused} describes: a forged or damaged line (or one whose timestamp does not check out) and
 * everything after it are not trusted. {@code warnings}: trusted lines that lack the timestamp a
 * configured authority should have given (it failed when they were written).
 */
public record KeptCheckpoints(Path file, List<Checkpoint> checkpoints, Optional<String> refused, List<String> warnings) {

    public KeptCheckpoints {
        checkpoints = List.copyOf(checkpoints);
        warnings = List.copyOf(warnings);
    }
}
