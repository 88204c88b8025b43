package org.homeward.app.identification;

import java.util.Optional;

import org.homeward.app.identification.store.ReassociationStore;
import org.homeward.app.remains.IdentifiedRemains;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Tells the register which remains are identified as one of ours: by a confirmed identification or re-association. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StoredIdentifiedRemains implements IdentifiedRemains {

    private final ReassociationStore store;

    @Override
    public Optional<String> identifiedAs(String bodyNumber) {
        return store.identifiedAs(bodyNumber);
    }
}
