package org.homeward.app.web;

import org.homeward.app.lists.ListForm;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Binds {@link ListForm} the same way for every controller: only its own fields, whatever else the address holds. */
@ControllerAdvice
class ListBinding {

    @InitBinder("listForm")
    void listFields(WebDataBinder binder) {
        binder.setAllowedFields(ListForm.FIELDS);
    }
}
