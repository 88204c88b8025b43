package org.homeward.app.remains;

import java.util.List;
import java.util.Objects;

/** Text clean-up shared by the records: trimmed, blank as null. */
final class RemainsText {

    private RemainsText() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static List<String> cleanList(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(RemainsText::clean).filter(Objects::nonNull).toList();
    }
}
