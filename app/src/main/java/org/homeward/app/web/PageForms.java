package org.homeward.app.web;

import org.springframework.ui.Model;

/** The one way a page shows its form (see the README's "A new page form"). */
public final class PageForms {

    private PageForms() {
    }

    /**
     * Puts {@code blank} in the model as the form {@code name} unless the form is already there: a
     * refused form rendered again keeps what was typed, with its errors beside each field.
     */
    public static void blankUnlessTyped(Model model, String name, Object blank) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, blank);
        }
    }
}
