package org.homeward.app.ledger;

/**
 * Port through which the remains register tells the ledger a computed fact about a transfer: how many
 * of the bodies received in it were found mislabelled (identified by DNA as someone other than the
 * label, manifest or handover stated). Declare one bean implementing it; without one the ledger uses
 * {@link #NONE}.
 */
@FunctionalInterface
public interface MislabelledBodies {

    /** No register: nothing is known to be mislabelled. */
    MislabelledBodies NONE = transfer -> 0;

    /** The bodies received in the transfer that DNA showed to be mislabelled. */
    int inTransfer(TransferId transfer);
}
