package org.homeward.app.remains;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the remains register ({@code homeward.remains.*}).
 *
 * @param bodyNumberScheme how body numbers are formed (see {@link NumberScheme}); the date is the
 *                         date the remains were received
 * @param sampleCodeScheme how DNA sample codes are formed; the date is the day the sample is taken
 */
@ConfigurationProperties("homeward.remains")
record RemainsProperties(@DefaultValue("UA-{date}-{seq:4}") String bodyNumberScheme,
                         @DefaultValue("DNA-{year}-{seq:6}") String sampleCodeScheme) {
}
