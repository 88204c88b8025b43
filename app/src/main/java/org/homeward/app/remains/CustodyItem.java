package org.homeward.app.remains;

import java.util.Objects;

/** An item with a chain of custody: remains by body number, a sample by sample code, an effect by effect code. */
public record CustodyItem(ItemKind kind, String code) {

    public CustodyItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }

    public static CustodyItem remains(String bodyNumber) {
        return new CustodyItem(ItemKind.REMAINS, bodyNumber);
    }

    public static CustodyItem sample(String sampleCode) {
        return new CustodyItem(ItemKind.SAMPLE, sampleCode);
    }

    public static CustodyItem effect(String effectCode) {
        return new CustodyItem(ItemKind.EFFECT, effectCode);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + code;
    }
}
