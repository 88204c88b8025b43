package org.homeward.app.identification;

import java.util.Optional;

import org.homeward.app.common.Probability;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.kinship.DropoutModel;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dropout model of each sample quality class ({@code homeward.identification.dropout.*}): the
 * probability that each allele of a heterozygote drops out, a homozygote's (by default the square
 * of the first) and that one allele drops in, each in [0, 1). A NONE sample is a clean typing.
 *
 * @param mildDropout             MILD: heterozygote allele dropout (default 0.1)
 * @param mildHomozygousDropout   MILD: homozygote dropout (default mildDropout²)
 * @param mildDropIn              MILD: drop-in (default 0.01)
 * @param severeDropout           SEVERE: heterozygote allele dropout (default 0.3)
 * @param severeHomozygousDropout SEVERE: homozygote dropout (default severeDropout²)
 * @param severeDropIn            SEVERE: drop-in (default 0.05)
 */
record DropoutSettings(@DefaultValue("0.1") @Probability double mildDropout, @Probability Double mildHomozygousDropout,
                       @DefaultValue("0.01") @Probability double mildDropIn, @DefaultValue("0.3") @Probability double severeDropout,
                       @Probability Double severeHomozygousDropout, @DefaultValue("0.05") @Probability double severeDropIn) {

    /** The model of a class; empty for NONE. */
    Optional<DropoutModel> model(DropoutClass dropoutClass) {
        return switch (dropoutClass) {
            case NONE -> Optional.empty();
            case MILD -> Optional.of(model(mildDropout, mildHomozygousDropout, mildDropIn));
            case SEVERE -> Optional.of(model(severeDropout, severeHomozygousDropout, severeDropIn));
        };
    }

    private static DropoutModel model(double dropout, Double homozygousDropout, double dropIn) {
        return homozygousDropout == null ? DropoutModel.of(dropout, dropIn) : new DropoutModel(dropout, homozygousDropout, dropIn);
    }
}
