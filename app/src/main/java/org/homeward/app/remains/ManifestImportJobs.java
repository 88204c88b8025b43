package org.homeward.app.remains;

import static org.homeward.app.security.Permission.REMAINS_WRITE;

import org.homeward.app.common.NotFoundException;
import org.homeward.app.common.TypedId;
import org.homeward.app.jobs.FileImportJobs;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobKind;
import org.homeward.app.jobs.JobProgress;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.common.Strictness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transfer's confirmed manifest as a background job (a manifest lists up to thousands of bags): the
 * upload is kept with its job and registered ({@link RemainsRegister#importManifest}) in the job's one
 * transaction, all or nothing, audited as the person who confirmed it. The result is the transfer and
 * its {@link ReceiptResult}; a refused manifest fails the job with each problem at its line and
 * column, and registers nothing. The preview before it only reads, and stays an answer of its own.
 */
@Component
public class ManifestImportJobs extends FileImportJobs<ManifestImportJobs.Parameters> {

    static final JobKind KIND = JobKind.of("remains.manifest-import", REMAINS_WRITE);

    /** The transfer received, how strictly the manifest is read, and how its bags were handed over. */
    record Parameters(String transfer, Strictness strictness, Handover handover) {
    }

    /** What the job registered, for the transfer's receipt. */
    public record Imported(TransferId transfer, ReceiptResult receipt) {
    }

    private final RemainsRegister register;
    private final Ledger ledger;

    ManifestImportJobs(RemainsRegister register, Ledger ledger, Jobs jobs) {
        super(KIND, Parameters.class, "remains/manifest-imported", jobs);
        this.register = register;
        this.ledger = ledger;
    }

    @Override
    protected Imported read(Parameters asked, JobFile file, JobProgress progress) {
        progress.report(JobProgress.READING, 0, 1);
        TransferId transfer = TypedId.parse(TransferId.class, asked.transfer());
        return new Imported(transfer, register.importManifest(transfer, file.name(), file.content(), asked.strictness(), asked.handover()));
    }

    /** Asks for the manifest to be registered for {@code transfer}, as the current actor; an unknown transfer is refused at once. */
    @Transactional
    @RequiresPermission(REMAINS_WRITE)
    public JobId start(TransferId transfer, String fileName, byte[] content, Strictness strictness, Handover handover) {
        ledger.transfer(transfer).orElseThrow(() -> new NotFoundException("transfer", String.valueOf(transfer)));
        return startImport(new Parameters(transfer.toString(), strictness, handover == null ? Handover.UNSPECIFIED : handover),
                fileName, content);
    }
}
