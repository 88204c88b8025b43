package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.LONGEST_TEXT;

import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.NewBulkCustody;

/**
 * One custody event for many remains as typed on its page: body numbers or scanned label codes (one
 * after another, separated by line breaks, spaces, commas or semicolons), a range, or both, and the
 * event as on a body's page.
 */
record BulkCustodyForm(@Size(max = LONGEST_TEXT) String bodyNumbers, @Size(max = BODY_NUMBER_LENGTH) String from,
                       @Size(max = BODY_NUMBER_LENGTH) String to, @Valid CustodyForm event) {

    /** A form posted without any of the event's fields has a blank event, refused for its missing type. */
    BulkCustodyForm {
        event = event == null ? CustodyForm.blank() : event;
    }

    static BulkCustodyForm blank(String from, String to) {
        return new BulkCustodyForm(null, from, to, CustodyForm.blank());
    }

    /** The same form with the codes of an uploaded file added after those typed. */
    BulkCustodyForm withCodes(String uploaded) {
        if (uploaded == null || uploaded.isBlank()) {
            return this;
        }
        return new BulkCustodyForm(bodyNumbers == null || bodyNumbers.isBlank() ? uploaded.strip() : bodyNumbers.strip() + "\n" + uploaded.strip(),
                from, to, event);
    }

    NewBulkCustody request(ZoneId zone) {
        return new NewBulkCustody(List.of(), from, to, bodyNumbers, event.event(zone));
    }
}
