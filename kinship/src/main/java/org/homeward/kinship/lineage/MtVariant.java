package org.homeward.kinship.lineage;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.kinship.KinshipInputException;

/**
 * One difference from the rCRS in EMPOP/ISFG notation: a substitution ("16519C", also with the
 * reference base first, "T16519C"), an insertion after a position ("315.1C", the second inserted base
 * "315.2C"), a deletion ("249-", "249del", "249d", "A249DEL") or a point heteroplasmy written with its
 * IUPAC code ("16093Y": C and T; R, Y, M, K, S, W are the two-base codes).
 *
 * @param position  1 to 16569 on the rCRS
 * @param insertion 0 for the position itself, k for the k-th base inserted after it
 * @param call      A, C, G, T, '-' for a deletion, or a two-base IUPAC code
 */
public record MtVariant(int position, int insertion, char call) {

    public static final int RCRS_LENGTH = 16569;
    public static final Comparator<MtVariant> ORDER =
            Comparator.comparingInt(MtVariant::position).thenComparingInt(MtVariant::insertion);

    private static final Pattern FORM =
            Pattern.compile("([ACGT])?(\\d{1,5})(?:\\.(\\d{1,2}))?([ACGTRYMKSW]|-|DEL|D)");
    private static final String BASES = "ACGT";
    private static final String HETEROPLASMY = "RYMKSW";
    private static final String[] HETEROPLASMY_BASES = {"AG", "CT", "AC", "GT", "CG", "AT"};

    public MtVariant {
        if (position < 1 || position > RCRS_LENGTH || insertion < 0) {
            throw new KinshipInputException("mtDNA position " + position + (insertion > 0 ? "." + insertion : "") + " is not on the rCRS (1 to 16569)");
        }
        if (BASES.indexOf(call) < 0 && HETEROPLASMY.indexOf(call) < 0 && call != '-') {
            throw new KinshipInputException("'" + call + "' is not an mtDNA base, deletion or two-base IUPAC code");
        }
        if (insertion > 0 && BASES.indexOf(call) < 0) {
            throw new KinshipInputException("an insertion (" + position + "." + insertion + ") must insert a base A, C, G or T, not '" + call + "'");
        }
    }

    /** Reads one variant in EMPOP/ISFG notation; anything else is refused naming the text. */
    public static MtVariant parse(String text) {
        Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new KinshipInputException("'" + text + "' is not an mtDNA variant in EMPOP notation (e.g. 16519C, 315.1C, 249del, 16093Y)");
        }
        String call = m.group(4);
        char c = call.length() > 1 || call.equals("D") ? '-' : call.charAt(0);
        int insertion = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(3) != null && insertion == 0) {
            throw new KinshipInputException("'" + text + "': inserted bases are numbered from .1");
        }
        if (m.group(1) != null && m.group(1).charAt(0) == c) {
            throw new KinshipInputException("'" + text + "' names the same base as the reference and as the variant");
        }
        return new MtVariant(Integer.parseInt(m.group(2)), insertion, c);
    }

    public boolean isHeteroplasmy() {
        return HETEROPLASMY.indexOf(call) >= 0;
    }

    public boolean isInsertion() {
        return insertion > 0;
    }

    /** The bases this call stands for: one for a base or deletion, two for a heteroplasmy. */
    String bases() {
        int h = HETEROPLASMY.indexOf(call);
        return h >= 0 ? HETEROPLASMY_BASES[h] : String.valueOf(call);
    }

    /** The site of the variant, position and insertion index, as text ("315.1"). */
    public String site() {
        return insertion == 0 ? Integer.toString(position) : position + "." + insertion;
    }

    @Override
    public String toString() {
        return site() + (call == '-' ? "del" : String.valueOf(call));
    }
}
