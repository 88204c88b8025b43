package org.homeward.app.jobs;

/**
 * What a job made: its result as text for {@link Job#result()} (JSON for the jobs a person follows
 * on {@code /jobs/{id}}, given as it is in the API's answer) and, for an export, the file its owner downloads.
 */
public record JobResult(String text, JobFile file) {

    public static JobResult of(String text) {
        return new JobResult(text, null);
    }
}
