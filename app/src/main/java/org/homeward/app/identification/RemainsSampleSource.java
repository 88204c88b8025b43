package org.homeward.app.identification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.homeward.kinship.Sex;

/**
 * Where identification learns which body a remains sample was taken from, the body's sex (examined,
 * and from the lab result's amelogenin) and when it was received. The remains feature provides the
 * real one; without it, a sample is known by its code alone, with the sex its stored amelogenin shows.
 */
public interface RemainsSampleSource {

    /** What is known of these remains samples; codes the source does not know are left out. */
    List<RemainsSample> remainsSamples(List<String> sampleCodes);

    /** How many remains samples are awaiting a lab result, when the source knows. */
    default java.util.OptionalLong samplesAwaitingProfiles() {
        return java.util.OptionalLong.empty();
    }

    /**
     * A sample of remains.
     *
     * @param sampleCode the sample code its DNA profile is stored under
     * @param bodyNumber the body (or body part) number
     * @param examinedSex   the sex estimated at examination, {@link Sex#UNKNOWN} when undetermined
     * @param amelogeninSex the sex the lab result's amelogenin showed, {@link Sex#UNKNOWN} when it showed none
     * @param receivedAt    when the remains were received, or null when not known
     */
    record RemainsSample(String sampleCode, String bodyNumber, Sex examinedSex, Sex amelogeninSex, Instant receivedAt) {
        public RemainsSample {
            Objects.requireNonNull(sampleCode, "sampleCode");
            Objects.requireNonNull(bodyNumber, "bodyNumber");
            Objects.requireNonNull(examinedSex, "examinedSex");
            Objects.requireNonNull(amelogeninSex, "amelogeninSex");
        }
    }
}
