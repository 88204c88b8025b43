package org.homeward.app.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code homeward.security.*}). {@code publicUrl} is the address people use to
 * reach Homeward, for the one-time links printed on the console; empty means
 * {@code http://localhost:<port>}. {@code creatorIndependence}: the two analysts of an
 * identification are flagged for the auditor when one created the other's account within this time.
 */
@ConfigurationProperties("homeward.security")
record SecurityProperties(
        String publicUrl,
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("24h") Duration setupLinkValidity,
        @DefaultValue("72h") Duration passwordLinkValidity,
        @DefaultValue("30m") Duration breakGlassValidity,
        @DefaultValue("365d") Duration maxTokenValidity,
        @DefaultValue("30d") Duration creatorIndependence) {
}
