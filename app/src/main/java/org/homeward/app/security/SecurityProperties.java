package org.homeward.app.security;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings ({@code homeward.security.*}). {@code publicUrl} is the address people use to
 * reach Homeward, for the one-time links printed on the console; empty means
 * {@code http://localhost:<port>}. {@code creatorIndependence}: the two analysts of an
 * identification are flagged for the auditor when one created the other's account within this time.
 */
@ConfigurationProperties("homeward.security")
@Validated
record SecurityProperties(
        String publicUrl,
        @DefaultValue("5") @Positive int maxFailuresPerAccount,
        @DefaultValue("20") @Positive int maxFailuresPerAddress,
        @DefaultValue("15m") @DurationMin(seconds = 1) Duration lockout,
        @DefaultValue("24h") @DurationMin(minutes = 1) Duration setupLinkValidity,
        @DefaultValue("72h") @DurationMin(minutes = 1) Duration passwordLinkValidity,
        @DefaultValue("30m") @DurationMin(minutes = 1) Duration breakGlassValidity,
        @DefaultValue("365d") @DurationMin(days = 1) Duration maxTokenValidity,
        @DefaultValue("30d") Duration creatorIndependence) {
}
