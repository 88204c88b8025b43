package org.homeward.app.families;

import org.homeward.app.identification.IdentificationConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Starts the families' workflow when identification publishes {@link IdentificationConfirmed}, in the
 * confirming transaction: if the confirmation rolls back, no notification was started, and if
 * starting fails, the confirmation is not recorded either.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentificationListener {

    private final FamilyNotifications notifications;

    @EventListener
    void on(IdentificationConfirmed confirmed) {
        notifications.start(confirmed);
    }
}
