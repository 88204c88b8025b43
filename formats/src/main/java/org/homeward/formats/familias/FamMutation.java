package org.homeward.formats.familias;

/**
 * One sex's mutation model at a locus as Familias stores it.
 *
 * @param code 0 equal, 1 proportional, 2 stepwise unstationary, 3 stepwise stationary, 4 extended stepwise
 */
public record FamMutation(int code, double rate, double range, double rate2) {

    public static final int EQUAL = 0;
    public static final int PROPORTIONAL = 1;
    public static final int STEPWISE_UNSTATIONARY = 2;
    public static final int STEPWISE_STATIONARY = 3;
    public static final int EXTENDED_STEPWISE = 4;
}
