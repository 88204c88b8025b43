package org.homeward.app.families;

import org.homeward.app.common.SerialNumbers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of the notification of a family; written as its positive number in JSON, URLs and forms. */
public record NotificationId(long value) {

    public NotificationId {
        SerialNumbers.positive(value, "notification id");
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static NotificationId of(String text) {
        return new NotificationId(SerialNumbers.parse(text, "notification id"));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NotificationId of(long value) {
        return new NotificationId(value);
    }

    @JsonValue
    public long json() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
