package org.homeward.app.identification.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.homeward.app.identification.ScreeningJobs;
import org.homeward.app.jobs.Job;
import org.homeward.app.jobs.JobId;
import org.homeward.app.security.Permission;
import org.homeward.app.security.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Screening runs from the runs page: the button asks for a background job and leads to its page,
 * which reloads itself every two seconds while the job is queued or running (phase, families and
 * remains done of all, time elapsed), and leads to the run when it is done.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreeningJobPages {

    private final ScreeningJobs jobs;
    private final Clock clock;

    @PostMapping("/identification/runs")
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    String runNow(@RequestParam(defaultValue = "true") boolean full) {
        return "redirect:/identification/runs/jobs/" + jobs.start(full);
    }

    @GetMapping("/identification/runs/jobs/{id}")
    @RequiresPermission(Permission.IDENTIFICATION_RUN)
    String job(@PathVariable JobId id, Model model, HttpServletResponse response) {
        Job job = jobs.job(id);
        if (!job.status().finished()) {
            response.setHeader("Refresh", "2"); // the browser asks again: any instance answers from the database
        }
        model.addAttribute("job", job);
        model.addAttribute("elapsedSeconds", job.elapsed(clock.instant()).toSeconds());
        model.addAttribute("run", ScreeningJobs.runOf(job).orElse(null));
        return "identification/run-job";
    }
}
