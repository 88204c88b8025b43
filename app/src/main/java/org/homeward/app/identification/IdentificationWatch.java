package org.homeward.app.identification;

import org.homeward.app.security.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Screens what is new by itself: every {@code homeward.identification.watch-interval} (a minute by
 * default) it compares the profiles and families matching may use with what the runs have screened,
 * and runs when something arrived or changed. Runs as the actor {@code identification}.
 */
@Component
class IdentificationWatch {

    private static final Logger log = LoggerFactory.getLogger(IdentificationWatch.class);

    private final Identification identification;

    IdentificationWatch(Identification identification) {
        this.identification = identification;
    }

    @Scheduled(initialDelayString = "${homeward.identification.watch-interval:60s}",
            fixedDelayString = "${homeward.identification.watch-interval:60s}")
    void screenWhatIsNew() {
        try {
            SystemTasks.runAs(SystemTasks.WATCH, () -> identification.screenChanges().ifPresent(run -> log.info(
                    "Identification run {} ({}): {} new remains, {} new families, {} candidates",
                    run.id(), run.kind(), run.newRemains(), run.newFamilies(), run.candidates())));
        } catch (RuntimeException failed) {
            log.error("Identification could not screen what is new; it will try again", failed);
        }
    }
}
