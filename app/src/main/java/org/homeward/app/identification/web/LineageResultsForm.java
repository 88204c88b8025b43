package org.homeward.app.identification.web;

import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.LineageResultJobs;
import org.homeward.app.genetics.LabSide;
import org.homeward.app.jobs.JobId;
import org.homeward.app.web.UploadedFiles;
import org.homeward.formats.common.Strictness;
import org.springframework.web.multipart.MultipartFile;

/**
 * A laboratory's Y-STR or mtDNA results file for reference samples or for remains samples (a GeneMapper Y
 * export, a CODIS CMF file or a simple table), the lineage, the mtDNA region the laboratory declares and
 * how strictly it is read. The API's request and the page's form alike; {@link #start} asks for its job.
 */
record LineageResultsForm(MultipartFile file, @NotNull Lineage lineage, @Size(max = SHORT_TEXT_LENGTH) String region,
                          Strictness strictness) {

    static final String[] FIELDS = {"file", "lineage", "region", "strictness"};
    static final String DEFAULT_REGION = "HVS-I+HVS-II";

    static LineageResultsForm blank() {
        return new LineageResultsForm(null, null, DEFAULT_REGION, Strictness.STRICT);
    }

    /** Asks for the file to be read for {@code side}: a missing file, an unreadable upload or a malformed region is refused at its field. */
    JobId start(LineageResultJobs jobs, LabSide side) {
        byte[] content = UploadedFiles.content(file, "choose a Y-STR or mtDNA results file");
        return jobs.start(side, file.getOriginalFilename(), content, lineage, region == null || region.isBlank() ? DEFAULT_REGION : region,
                strictness == null ? Strictness.STRICT : strictness);
    }
}
