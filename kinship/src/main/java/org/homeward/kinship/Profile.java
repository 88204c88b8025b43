package org.homeward.kinship;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A DNA profile: a sample code and its genotypes by marker name. Markers absent from the map were
 * not typed (partial profiles from degraded bone are normal). Holds no names of people: profiles are
 * kept under sample codes.
 */
public record Profile(String id, Map<String, AllelePair> genotypes) {

    public Profile {
        if (id == null || id.isBlank()) {
            throw new KinshipInputException("a profile has no sample code");
        }
        genotypes = Collections.unmodifiableMap(new LinkedHashMap<>(genotypes));
    }

    /** The genotype at the marker, or null when it was not typed. */
    public AllelePair genotype(String marker) {
        return genotypes.get(marker);
    }

    /** Starts a profile: {@code Profile.builder("R1").put("D3S1358", "14", "16").build()}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    public static final class Builder {
        private final String id;
        private final Map<String, AllelePair> genotypes = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder put(String marker, String a, String b) {
            genotypes.put(marker, new AllelePair(a, b));
            return this;
        }

        public Builder put(String marker, AllelePair pair) {
            genotypes.put(marker, pair);
            return this;
        }

        public Profile build() {
            return new Profile(id, genotypes);
        }
    }
}
