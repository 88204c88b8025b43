package org.homeward.app.jobs;

import java.util.List;

/** A feature's lists that people export: each feature's list pages declare theirs, found by name when an export job runs. */
public interface ExportedLists {

    List<ExportedList<?>> exportedLists();
}
