package org.homeward.app.jobs.web;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.homeward.app.jobs.Job;
import org.homeward.app.jobs.JobFile;
import org.homeward.app.jobs.JobId;
import org.homeward.app.jobs.JobStatus;
import org.homeward.app.jobs.Jobs;
import org.homeward.app.lists.ListExports;
import org.homeward.app.security.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A person's own import or export: its page shows the status, phase, items done of all and time
 * elapsed, asking again every two seconds (htmx swaps in the fresh status) until the job is done;
 * then its result, the problems of a refused file (each at its line and field), or the exported
 * file to download.
 */
@Controller
@SignedIn
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JobPages {

    private final Jobs jobs;
    private final JsonMapper json;
    private final Clock clock;

    @GetMapping("/jobs/{id}")
    String job(@PathVariable JobId id, Model model) {
        Job job = jobs.own(id);
        model.addAttribute("job", job);
        model.addAttribute("elapsedSeconds", job.elapsed(clock.instant()).toSeconds());
        if (job.status() == JobStatus.SUCCEEDED && job.result() != null && !job.result().isBlank()) {
            jobs.resultView(job.kind()).ifPresent(view -> model.addAttribute("resultView", view));
            model.addAttribute("result", json.readValue(job.result(), Object.class));
        }
        return "jobs/job";
    }

    @GetMapping("/jobs/{id}/result")
    ResponseEntity<byte[]> result(@PathVariable JobId id) {
        return file(jobs.download(id));
    }

    static ResponseEntity<byte[]> file(JobFile file) {
        return ListExports.attachment(file.name(), MediaType.parseMediaType(file.mediaType())).body(file.content());
    }

}
