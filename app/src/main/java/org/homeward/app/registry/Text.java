package org.homeward.app.registry;

/** Free text as entered: trimmed, blank as null. */
final class Text {

    private Text() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }

}
