package org.homeward.app.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Follows a background job through the API, as a client does after a 202. */
public final class BackgroundJobs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BackgroundJobs() {
    }

    /** The job at {@code location} once finished (asked for every 50 ms, for at most a minute), as {@code who}. */
    public static JsonNode awaitFinished(MockMvc mvc, String location, RequestPostProcessor who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (true) {
            JsonNode job = JSON.readTree(mvc.perform(get(location).with(who).accept(MediaType.APPLICATION_JSON))
                    .andReturn().getResponse().getContentAsString());
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the job at " + location + " did not finish within a minute: " + job);
            }
            Thread.sleep(50);
        }
    }
}
