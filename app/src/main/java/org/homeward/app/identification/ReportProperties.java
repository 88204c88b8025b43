package org.homeward.app.identification;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The laboratory's letterhead and signature block on identification reports ({@code homeward.report.*}).
 *
 * @param letterhead  lines printed at the top of every report (the laboratory's name first, then its
 *                    address, accreditation, …); empty: the report opens with its title only
 * @param signatories who signs besides the two analysts, one "Name, function" per entry (the head of
 *                    the laboratory, say); each gets a signature line
 */
@ConfigurationProperties("homeward.report")
record ReportProperties(@DefaultValue List<String> letterhead, @DefaultValue List<String> signatories) {

    ReportProperties {
        letterhead = List.copyOf(letterhead);
        signatories = List.copyOf(signatories);
    }
}
