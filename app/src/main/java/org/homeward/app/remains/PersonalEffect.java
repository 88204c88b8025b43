package org.homeward.app.remains;

import java.time.Instant;

/** A personal effect, coded under its body number ({@code UA-2025-06-16-0001/E1}). */
public record PersonalEffect(String code, EffectCategory category, String description, Instant recordedAt, String recordedBy) {
}
