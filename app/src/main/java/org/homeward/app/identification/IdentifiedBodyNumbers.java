package org.homeward.app.identification;

import java.util.Set;

import org.homeward.app.identification.store.IdentifiedRemainsStore;
import org.homeward.app.remains.IdentifiedBodies;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Tells the remains register which of its bodies have a confirmed identification: numbers only, never who. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentifiedBodyNumbers implements IdentifiedBodies {

    private final IdentifiedRemainsStore store;

    @Override
    public Set<String> bodyNumbers() {
        return store.identifiedBodyNumbers();
    }
}
