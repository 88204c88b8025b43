package org.homeward.app.genetics;

import org.homeward.app.jobs.JobProgress;
import org.homeward.formats.common.Strictness;

/**
 * A register's door for a laboratory's autosomal results (GeneMapper export or CODIS CMF, read by the
 * lab-file door {@link LabFile}): the registry opens one for reference samples, the remains register
 * one for remains samples, and {@link LabResultJobs} takes a file through the door of the side it was
 * asked for.
 */
public interface LabResultsDoor {

    /** Whose samples this door stores profiles for. */
    LabSide side();

    /**
     * Stores the file's profiles under their sample codes, in the caller's transaction. STRICT: an
     * unreadable file or a sample the register cannot take and nothing is stored, every problem reported
     * ({@code ImportRejectedException}); LENIENT: those are skipped and listed among the warnings.
     * Progress: {@code reading}, then {@code storing} with the samples stored of all.
     */
    LabImport importResults(String fileName, byte[] content, Strictness strictness, JobProgress progress);
}
