package org.homeward.app.families;

import org.homeward.app.common.TypedId;

/** The identifier of the notification of a family; written as its positive number in JSON, URLs and forms. */
public record NotificationId(long value) implements TypedId.Serial {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
