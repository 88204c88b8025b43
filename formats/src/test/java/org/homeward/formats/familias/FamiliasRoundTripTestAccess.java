package org.homeward.formats.familias;

/** Gives tests in other packages the Familias fixtures of {@link FamiliasRoundTripTest}. */
public final class FamiliasRoundTripTestAccess {

    private FamiliasRoundTripTestAccess() { }

    public static FamFile kinshipFile() {
        return FamiliasRoundTripTest.kinshipFile(4, 1e-6);
    }

    public static FamFile dviFile() {
        return FamiliasRoundTripTest.dviFile();
    }
}
