package org.homeward.app.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an aggregate ({@code MissingPersonId}, {@code BodyNumber}, {@code RunId}, {@code
 * TransferId}...): a record whose one component, {@code value}, is how it is written in JSON, URLs,
 * forms and CSV, and which prints it as {@code toString()}. Everything else is here, once: its kind
 * says what JSON holds ({@link Text} and {@link Uuid} a string, {@link Serial} a number; the
 * {@code @JsonValue} is inherited, so every mapper writes the plain value), and {@link #parse} is the
 * door through which written text becomes an id (the web's converter and JSON reader use it). A
 * serial or UUID id is checked at that door (a positive number; a UUID in its written form) and
 * trusted inside, where it comes from the database or {@code UUID.randomUUID()}; a text id checks its
 * form in its constructor too, as features build those from what people type (a search, a manifest).
 */
public interface TypedId {

    /** An id written as text of its own form ({@code MP-17}, {@code UA-2025-06-16-0001}). */
    interface Text extends TypedId {
        @JsonValue
        String value();

        /** {@code value} when it has the {@code form}; {@link IllegalArgumentException} naming {@code what} otherwise. */
        static String matching(Pattern form, String value, String what) {
            if (value == null || !form.matcher(value).matches()) {
                throw new IllegalArgumentException("not a " + what + ": " + value);
            }
            return value;
        }
    }

    /** An id that is a UUID, parsed only from its written form. */
    interface Uuid extends TypedId {
        @JsonValue
        UUID value();
    }

    /** An id that is a positive serial number. */
    interface Serial extends TypedId {
        @JsonValue
        long value();
    }

    /**
     * The id of {@code type} written as {@code text}; {@link IllegalArgumentException} naming the id
     * ("not a run id: x") when the text is not one.
     */
    static <T extends TypedId> T parse(Class<T> type, String text) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || components.length != 1) {
            throw new IllegalStateException(type + " is not a record of one value");
        }
        Class<?> valueType = components[0].getType();
        String what = name(type);
        Object value = valueType == long.class ? SerialNumbers.parse(text, what)
                : valueType == UUID.class ? Uuids.parse(text, what)
                : text;
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(valueType);
            return canonical.newInstance(value);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(refused.getCause());
        } catch (ReflectiveOperationException notARecord) {
            throw new IllegalStateException(notARecord);
        }
    }

    /** "run id" for {@code RunId}, "body number" for {@code BodyNumber}: the id's name in a refusal. */
    private static String name(Class<?> type) {
        return type.getSimpleName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
