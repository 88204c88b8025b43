package org.homeward.app.checkpoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The checkpoints of {@code file} that check out (in order, each following the line before it,
 * matching its hash and signed with the checkpoint key), up to the first line that does not, which
 * {@code refused} describes: a forged or damaged line and everything after it are not trusted.
 */
public record KeptCheckpoints(Path file, List<Checkpoint> checkpoints, Optional<String> refused) {

    public KeptCheckpoints {
        checkpoints = List.copyOf(checkpoints);
    }
}
