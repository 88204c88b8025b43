package org.homeward.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.app.security.Permission.AUDIT_READ;
import static org.homeward.app.security.Permission.BREAK_GLASS;
import static org.homeward.app.security.Permission.CONSENT_WRITE;
import static org.homeward.app.security.Permission.DATA_EXPORT;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_READ;
import static org.homeward.app.security.Permission.FAMILY_CONTACT_WRITE;
import static org.homeward.app.security.Permission.FREQUENCIES_MANAGE;
import static org.homeward.app.security.Permission.GENETIC_LINK_READ;
import static org.homeward.app.security.Permission.GENETIC_LINK_WRITE;
import static org.homeward.app.security.Permission.IDENTIFICATION_REVIEW;
import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.LEDGER_READ;
import static org.homeward.app.security.Permission.LEDGER_WRITE;
import static org.homeward.app.security.Permission.MISSING_READ;
import static org.homeward.app.security.Permission.METRICS_READ;
import static org.homeward.app.security.Permission.MISSING_WRITE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_APPROVE;
import static org.homeward.app.security.Permission.NOTIFICATIONS_WRITE;
import static org.homeward.app.security.Permission.PROFILES_READ;
import static org.homeward.app.security.Permission.PROFILES_WRITE;
import static org.homeward.app.security.Permission.REMAINS_READ;
import static org.homeward.app.security.Permission.REMAINS_WRITE;
import static org.homeward.app.security.Permission.USERS_MANAGE;
import static org.homeward.app.security.Role.ADMINISTRATOR;
import static org.homeward.app.security.Role.AUDITOR;
import static org.homeward.app.security.Role.COORDINATOR;
import static org.homeward.app.security.Role.FAMILY_LIAISON;
import static org.homeward.app.security.Role.FORENSIC_ANALYST;
import static org.homeward.app.security.Role.OBSERVER;
import static org.homeward.app.security.Role.SUPERVISOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use which endpoint: every endpoint of the application, for every role and for anonymous
 * visitors, asserted allowed or denied. The endpoints are discovered from Spring MVC (controllers and
 * the actuator's exposed endpoints), so a new
 * endpoint that is missing from {@link #TABLE} fails {@link #every_endpoint_is_in_the_table()}.
 *
 * <h2>Adding your endpoints</h2>
 * Add one row per method and path pattern, as Spring MVC spells it, with an example address:
 * <pre>{@code
 * page("GET /ledger/claims/{id}", "/ledger/claims/1").allow(LEDGER_READ, COORDINATOR, AUDITOR),
 * api("POST /api/ledger/claims").allow(LEDGER_WRITE, COORDINATOR),
 * }</pre>
 * {@code page} rows are requested as a browser (Accept: text/html; anonymous people are sent to
 * sign in), {@code api} rows as a program (anonymous people get 401). {@code allow(P, roles…)} names the permission P the
 * endpoint needs and the roles that hold it, {@code publicly()} opens a row to everybody,
 * {@code signedIn()} to every role, {@code everyRoleBy(P)} to every role through a permission P they
 * all hold (an API token needs P in its scopes; {@link NarrowTokenAccessTest} sends every row a token
 * of each single scope). "Allowed" means the request got past the security
 * checks: any status but 401 and 403 (a 404 for a made-up id, a 400 for a missing body are fine),
 * and no redirect to the sign-in page. Unsafe methods are sent with a CSRF token.
 */
@SpringBootTest
class AccessControlTest {

    /** A transfer id no transfer has, for the remains register's rows. */
    static final String NO_TRANSFER = "00000000-0000-4000-8000-000000000000";

    static final List<Row> TABLE = List.of(
            // public pages
            page("GET /").publicly(),
            page("GET /login").publicly(),
            page("GET /setup/{token}", "/setup/not-a-token").publicly(),
            page("POST /setup/{token}", "/setup/not-a-token").publicly(),
            page("GET /password/{token}", "/password/not-a-token").publicly(),
            page("POST /password/{token}", "/password/not-a-token").publicly(),
            page("* /error", "/error").publicly(),

            // the signed-in person's own account
            page("GET /account").signedIn(),
            page("POST /account/password").signedIn(),
            page("POST /account/tokens").signedIn(),
            page("POST /account/tokens/{id}/revoke", "/account/tokens/999999/revoke").signedIn(),
            api("GET /api/me").signedIn(),

            // a person's own imports and exports (their kind's permissions are checked again inside)
            page("GET /jobs/{id}", "/jobs/00000000-0000-4000-8000-00000000000b").signedIn(),
            page("GET /jobs/{id}/result", "/jobs/00000000-0000-4000-8000-00000000000b/result").signedIn(),
            api("GET /api/jobs/{id}", "/api/jobs/00000000-0000-4000-8000-00000000000b").signedIn(),
            api("GET /api/jobs/{id}/result", "/api/jobs/00000000-0000-4000-8000-00000000000b/result").signedIn(),

            // administration
            page("GET /admin/users").allow(USERS_MANAGE, ADMINISTRATOR),
            page("POST /admin/users").allow(USERS_MANAGE, ADMINISTRATOR),
            page("GET /admin/users/{id}", "/admin/users/999999").allow(USERS_MANAGE, ADMINISTRATOR),
            page("POST /admin/users/{id}/roles", "/admin/users/999999/roles?version=0").allow(USERS_MANAGE, ADMINISTRATOR),
            page("POST /admin/users/{id}/enabled", "/admin/users/999999/enabled?version=0&enabled=true").allow(USERS_MANAGE, ADMINISTRATOR),
            page("POST /admin/users/{id}/password-link", "/admin/users/999999/password-link").allow(USERS_MANAGE, ADMINISTRATOR),

            // audit
            page("GET /audit").allow(AUDIT_READ, AUDITOR),
            page("GET /audit/verification").allow(AUDIT_READ, AUDITOR),
            page("GET /audit/break-glass").allow(AUDIT_READ, AUDITOR),
            page("GET /audit/genetic-reads").allow(AUDIT_READ, AUDITOR),
            api("GET /api/audit/genetic-reads").allow(AUDIT_READ, AUDITOR),

            // genetic data (pseudonymised)
            api("PUT /api/samples/{code}/profile", "/api/samples/X-1/profile").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("GET /api/samples/{code}/profile", "/api/samples/X-1/profile").allow(PROFILES_READ, FORENSIC_ANALYST, AUDITOR),
            api("GET /api/samples/{code}/subject", "/api/samples/X-1/subject").allow(GENETIC_LINK_READ, FORENSIC_ANALYST),
            api("PUT /api/samples/{code}/subject", "/api/samples/X-1/subject").allow(GENETIC_LINK_WRITE, FORENSIC_ANALYST, FAMILY_LIAISON),
            api("POST /api/samples/{code}/consent/withdrawal", "/api/samples/X-1/consent/withdrawal").allow(CONSENT_WRITE, FAMILY_LIAISON),
            api("POST /api/break-glass").allow(BREAK_GLASS, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, AUDITOR),
            page("POST /break-glass").allow(BREAK_GLASS, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, AUDITOR),

            // ledger: pages and API (read: coordinator, auditor; write: coordinator; export: DATA_EXPORT)
            page("GET /statistics").publicly(),
            page("GET /ledger").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("GET /ledger/transfers/{id}", "/ledger/transfers/00000000-0000-0000-0000-000000000000")
                    .allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/transfers/{id}/claims", "/ledger/transfers/00000000-0000-0000-0000-000000000000/claims")
                    .allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/transfers/new").allow(LEDGER_WRITE, COORDINATOR),
            page("POST /ledger/transfers").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/agreements/{id}", "/ledger/agreements/00000000-0000-0000-0000-000000000000")
                    .allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/agreements/{id}/claims", "/ledger/agreements/00000000-0000-0000-0000-000000000000/claims")
                    .allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/agreements/new").allow(LEDGER_WRITE, COORDINATOR),
            page("POST /ledger/agreements").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/sources").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/sources").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/sources/{id}", "/ledger/sources/00000000-0000-0000-0000-000000000000")
                    .allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/sources/{id}/statements", "/ledger/sources/00000000-0000-0000-0000-000000000000/statements")
                    .allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/claims/{id}", "/ledger/claims/00000000-0000-0000-0000-000000000000").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/claims/{id}/corrections", "/ledger/claims/00000000-0000-0000-0000-000000000000/corrections")
                    .allow(LEDGER_WRITE, COORDINATOR),
            page("POST /ledger/claims/{id}/parts", "/ledger/claims/00000000-0000-0000-0000-000000000000/parts")
                    .allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/proposals").allow(LEDGER_WRITE, COORDINATOR),
            page("POST /ledger/proposals").allow(LEDGER_WRITE, COORDINATOR),
            page("POST /ledger/proposals/confirm").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/qualitative-claims").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/qualitative-claims").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/duplicates").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/duplicates").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/parties").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            page("POST /ledger/parties").allow(LEDGER_WRITE, COORDINATOR),
            page("GET /ledger/parties/{id}", "/ledger/parties/00000000-0000-0000-0000-000000000000").allow(LEDGER_WRITE, COORDINATOR),
            page("POST /ledger/parties/{id}", "/ledger/parties/00000000-0000-0000-0000-000000000000").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/parties").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/parties").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/sources").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/sources").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/statements").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/statements").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/claims").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("GET /api/ledger/claims/{id}", "/api/ledger/claims/00000000-0000-0000-0000-000000000000")
                    .allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/claims").allow(LEDGER_WRITE, COORDINATOR),
            api("POST /api/ledger/claims/{id}/parts", "/api/ledger/claims/00000000-0000-0000-0000-000000000000/parts")
                    .allow(LEDGER_WRITE, COORDINATOR),
            api("POST /api/ledger/claims/export.csv").allow(DATA_EXPORT, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/ledger/claims/export.json").allow(DATA_EXPORT, COORDINATOR, FORENSIC_ANALYST),
            api("GET /api/ledger/breakdowns").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("GET /api/ledger/qualitative-claims").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/qualitative-claims").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/duplicates").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/duplicates").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/public/statistics.json").publicly(),
            api("GET /api/public/claims.csv").publicly(),
            api("POST /api/ledger/proposals").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/agreements").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/agreements").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/agreements/{id}", "/api/ledger/agreements/00000000-0000-0000-0000-000000000000")
                    .allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("GET /api/ledger/transfers").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/transfers").allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/transfers/{id}", "/api/ledger/transfers/00000000-0000-0000-0000-000000000000")
                    .allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("GET /api/ledger/offers").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("POST /api/ledger/offers").allow(LEDGER_WRITE, COORDINATOR),
            api("PUT /api/ledger/offers/{id}/response", "/api/ledger/offers/00000000-0000-0000-0000-000000000000/response")
                    .allow(LEDGER_WRITE, COORDINATOR),
            api("GET /api/ledger/totals").allow(LEDGER_READ, COORDINATOR, AUDITOR),
            api("GET /api/ledger/timeline").allow(LEDGER_READ, COORDINATOR, AUDITOR),

            // identification: runs, review, decisions, reports (analysts); figures (everyone signed in)
            page("GET /identification").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/runs").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/families/{id}/advice", "/identification/families/999999/advice")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("POST /identification/runs", "/identification/runs?full=false").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("GET /identification/runs/{id}", "/identification/runs/999999").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/runs/jobs/{id}", "/identification/runs/jobs/00000000-0000-4000-8000-00000000000b").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("GET /identification/candidates/{id}", "/identification/candidates/999999").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/candidates/{id}/case.fam", "/identification/candidates/999999/case.fam")
                    .allow(DATA_EXPORT, FORENSIC_ANALYST).alsoNeeds(IDENTIFICATION_REVIEW),
            page("GET /identification/candidates/{id}/profiles.cmf", "/identification/candidates/999999/profiles.cmf")
                    .allow(DATA_EXPORT, FORENSIC_ANALYST).alsoNeeds(IDENTIFICATION_REVIEW),
            page("POST /identification/candidates/{id}/proposal", "/identification/candidates/999999/proposal")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("POST /identification/candidates/{id}/{settlement:rejection|exclusion}", "/identification/candidates/999999/rejection")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("POST /identification/candidates/{id}/{settlement:rejection|exclusion}", "/identification/candidates/999999/exclusion")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("POST /identification/decisions/{id}/confirmation", "/identification/decisions/999999/confirmation")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/decisions").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/decisions/{id}/report", "/identification/decisions/999999/report")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST)
                    .alsoNeeds(DATA_EXPORT),
            page("GET /identification/dashboard").everyRoleBy(Permission.STATISTICS_READ),
            page("POST /identification/export.{format:csv|json}", "/identification/export.csv")
                    .allow(DATA_EXPORT, FORENSIC_ANALYST).alsoNeeds(IDENTIFICATION_REVIEW),
            page("POST /identification/runs/{id}/export.{format:csv|json}", "/identification/runs/999999/export.json")
                    .allow(DATA_EXPORT, FORENSIC_ANALYST).alsoNeeds(IDENTIFICATION_REVIEW),
            page("GET /identification/frequencies").allow(FREQUENCIES_MANAGE, FORENSIC_ANALYST),
            page("POST /identification/frequencies").allow(FREQUENCIES_MANAGE, FORENSIC_ANALYST),
            page("POST /identification/frequencies/choice").allow(FREQUENCIES_MANAGE, FORENSIC_ANALYST),
            api("GET /api/identification/frequencies").allow(FREQUENCIES_MANAGE, FORENSIC_ANALYST),
            api("POST /api/identification/frequencies").allow(FREQUENCIES_MANAGE, FORENSIC_ANALYST),
            api("POST /api/identification/frequencies/choice").allow(FREQUENCIES_MANAGE, FORENSIC_ANALYST),
            page("GET /identification/dropout-classes").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            page("POST /identification/dropout-classes").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            page("POST /identification/dropout-classes/file").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("POST /api/identification/runs").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            api("GET /api/identification/runs").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/haplotype-databases").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            api("POST /api/identification/haplotype-databases").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            api("POST /api/identification/haplotype-databases/{id}/choice", "/api/identification/haplotype-databases/999999/choice")
                    .allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            api("POST /api/identification/haplotype-databases/{id}/y-frequency", "/api/identification/haplotype-databases/999999/y-frequency")
                    .allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("GET /identification/haplotype-databases").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("POST /identification/haplotype-databases").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("POST /identification/haplotype-databases/{id}/choice", "/identification/haplotype-databases/999999/choice")
                    .allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("POST /identification/haplotype-databases/y-frequency").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            page("GET /identification/lineage-results/{side}", "/identification/lineage-results/references").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            page("POST /identification/lineage-results/{side}", "/identification/lineage-results/remains").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("GET /api/identification/runs/{id}", "/api/identification/runs/999999").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/runs/jobs/{id}", "/api/identification/runs/jobs/00000000-0000-4000-8000-00000000000b").allow(IDENTIFICATION_RUN, FORENSIC_ANALYST),
            api("GET /api/identification/queue").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/candidates/{id}", "/api/identification/candidates/999999")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/candidates/{id}/proposal", "/api/identification/candidates/999999/proposal")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/candidates/{id}/{settlement:rejection|exclusion}", "/api/identification/candidates/999999/rejection")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/candidates/{id}/{settlement:rejection|exclusion}", "/api/identification/candidates/999999/exclusion")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/decisions/{id}/confirmation", "/api/identification/decisions/999999/confirmation")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/decisions").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/review-flags").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/reassociations").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/reassociations").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/reassociations/{id}/confirmation", "/api/identification/reassociations/999999/confirmation")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("POST /api/identification/reassociations/{id}/rejection", "/api/identification/reassociations/999999/rejection")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("GET /identification/reassociations").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("POST /identification/reassociations").allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("POST /identification/reassociations/{id}/confirmation", "/identification/reassociations/999999/confirmation")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            page("POST /identification/reassociations/{id}/rejection", "/identification/reassociations/999999/rejection")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST),
            api("GET /api/identification/decisions/{id}/report", "/api/identification/decisions/999999/report")
                    .allow(IDENTIFICATION_REVIEW, FORENSIC_ANALYST).alsoNeeds(DATA_EXPORT),
            api("GET /api/identification/dashboard").everyRoleBy(Permission.STATISTICS_READ),

            // remains register (pages)
            page("GET /remains").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/export.{format:csv|json}", "/remains/export.json")
                    .allow(DATA_EXPORT, COORDINATOR, FORENSIC_ANALYST).alsoNeeds(REMAINS_READ),
            page("GET /remains/queues").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("GET /remains/custody/verification").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/transfers/{transfer}/export.{format:csv|json}", "/remains/transfers/" + NO_TRANSFER + "/export.csv")
                    .allow(DATA_EXPORT, COORDINATOR, FORENSIC_ANALYST).alsoNeeds(REMAINS_READ),
            page("GET /remains/transfers/{transfer}", "/remains/transfers/" + NO_TRANSFER)
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("GET /remains/transfers/{transfer}/labels", "/remains/transfers/" + NO_TRANSFER + "/labels")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/transfers/{transfer}/manifest/preview", "/remains/transfers/" + NO_TRANSFER + "/manifest/preview")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/transfers/{transfer}/manifest", "/remains/transfers/" + NO_TRANSFER + "/manifest?token=x")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/transfers/{transfer}/bags", "/remains/transfers/" + NO_TRANSFER + "/bags")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("GET /remains/transfers/{transfer}/bag-label", "/remains/transfers/" + NO_TRANSFER + "/bag-label")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/transfers/{transfer}/bag-label", "/remains/transfers/" + NO_TRANSFER + "/bag-label")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("GET /remains/transfers/{transfer}/return", "/remains/transfers/" + NO_TRANSFER + "/return")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/transfers/{transfer}/return", "/remains/transfers/" + NO_TRANSFER + "/return")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("GET /remains/{bodyNumber}/split", "/remains/UA-NONE/split").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/{bodyNumber}/split", "/remains/UA-NONE/split").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("GET /remains/custody/bulk").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/custody/bulk/preview").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/custody/bulk").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("GET /remains/returns/{transfer}", "/remains/returns/" + NO_TRANSFER).allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("GET /remains/returns/{transfer}/manifest.{format:pdf|csv}", "/remains/returns/" + NO_TRANSFER + "/manifest.pdf")
                    .allow(DATA_EXPORT, COORDINATOR, FORENSIC_ANALYST).alsoNeeds(REMAINS_READ),
            page("GET /remains/{bodyNumber}", "/remains/UA-NONE").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("GET /remains/{bodyNumber}/label", "/remains/UA-NONE/label").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/{bodyNumber}/custody", "/remains/UA-NONE/custody").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/{bodyNumber}/examinations", "/remains/UA-NONE/examinations")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/{bodyNumber}/effects", "/remains/UA-NONE/effects").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/{bodyNumber}/nationality", "/remains/UA-NONE/nationality")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/{bodyNumber}/links", "/remains/UA-NONE/links").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/{bodyNumber}/stated-identity", "/remains/UA-NONE/stated-identity")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/{bodyNumber}/samples", "/remains/UA-NONE/samples").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("GET /remains/samples/{code}/label", "/remains/samples/X-1/label")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            page("POST /remains/samples/{code}/failure", "/remains/samples/X-1/failure").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            page("POST /remains/samples/{code}/resample", "/remains/samples/X-1/resample")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            page("POST /remains/lab-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),

            // remains register (API)
            api("GET /api/remains").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("GET /api/remains/{bodyNumber}", "/api/remains/UA-NONE").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("POST /api/remains/parts").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/{bodyNumber}/examinations", "/api/remains/UA-NONE/examinations")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/{bodyNumber}/effects", "/api/remains/UA-NONE/effects")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/{bodyNumber}/nationality", "/api/remains/UA-NONE/nationality")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/{bodyNumber}/links", "/api/remains/UA-NONE/links").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/{bodyNumber}/samples", "/api/remains/UA-NONE/samples")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/{bodyNumber}/split", "/api/remains/UA-NONE/split").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("GET /api/remains/{bodyNumber}/stated-identity", "/api/remains/UA-NONE/stated-identity")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("POST /api/remains/{bodyNumber}/stated-identity", "/api/remains/UA-NONE/stated-identity")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("GET /api/remains/{bodyNumber}/label-contradictions", "/api/remains/UA-NONE/label-contradictions")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("GET /api/remains/transfers/{transfer}/receipt", "/api/remains/transfers/" + NO_TRANSFER + "/receipt")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("POST /api/remains/transfers/{transfer}/bags", "/api/remains/transfers/" + NO_TRANSFER + "/bags")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/transfers/{transfer}/manifest/preview", "/api/remains/transfers/" + NO_TRANSFER + "/manifest/preview")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/transfers/{transfer}/manifest", "/api/remains/transfers/" + NO_TRANSFER + "/manifest")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/returns").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("GET /api/remains/custody", "/api/remains/custody?kind=REMAINS&code=UA-NONE")
                    .allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("POST /api/remains/custody", "/api/remains/custody?kind=REMAINS&code=UA-NONE")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("GET /api/remains/custody/verification").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("GET /api/remains/samples/{code}", "/api/remains/samples/X-1").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("POST /api/remains/samples/{code}/failure", "/api/remains/samples/X-1/failure").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("POST /api/remains/samples/{code}/resample", "/api/remains/samples/X-1/resample")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/lab-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("POST /api/remains/lineage-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("GET /api/remains/profiles").allow(PROFILES_READ, FORENSIC_ANALYST, AUDITOR),
            api("GET /api/remains/profiles/{code}", "/api/remains/profiles/X-1").allow(PROFILES_READ, FORENSIC_ANALYST, AUDITOR),
            api("GET /api/remains/queues").allow(REMAINS_READ, COORDINATOR, FORENSIC_ANALYST, AUDITOR),
            api("POST /api/remains/transfers/{transfer}/labels", "/api/remains/transfers/" + NO_TRANSFER + "/labels")
                    .allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),
            api("POST /api/remains/custody/bulk").allow(REMAINS_WRITE, COORDINATOR, FORENSIC_ANALYST),

            // registry: missing persons, families, relatives, reference samples (MISSING_READ: coordinator, analyst, liaison, auditor)
            api("GET /api/registry/missing-persons")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("POST /api/registry/missing-persons").allow(MISSING_WRITE, FAMILY_LIAISON),
            api("GET /api/registry/missing-persons/{id}", "/api/registry/missing-persons/MP-999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("POST /api/registry/missing-persons/{id}/status", "/api/registry/missing-persons/MP-999999/status")
                    .allow(MISSING_WRITE, FAMILY_LIAISON),
            api("POST /api/registry/missing-persons/{id}/merge", "/api/registry/missing-persons/MP-999999/merge")
                    .allow(MISSING_WRITE, FAMILY_LIAISON),
            api("GET /api/registry/duplicates").allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("GET /api/registry/families/{id}", "/api/registry/families/999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("GET /api/registry/families/{id}/pedigree", "/api/registry/families/999999/pedigree")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("GET /api/registry/families/{id}/pedigree.svg", "/api/registry/families/999999/pedigree.svg")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("PUT /api/registry/families/{id}/relationships", "/api/registry/families/999999/relationships")
                    .allow(MISSING_WRITE, FAMILY_LIAISON),
            api("POST /api/registry/families/{id}/relatives", "/api/registry/families/999999/relatives")
                    .allow(MISSING_WRITE, FAMILY_LIAISON),
            api("POST /api/registry/families/{id}/missing-persons", "/api/registry/families/999999/missing-persons")
                    .allow(MISSING_WRITE, FAMILY_LIAISON),
            api("GET /api/registry/relatives/{id}/contact", "/api/registry/relatives/R-999999/contact")
                    .allow(FAMILY_CONTACT_READ, FAMILY_LIAISON),
            api("PUT /api/registry/relatives/{id}/contact", "/api/registry/relatives/R-999999/contact")
                    .allow(FAMILY_CONTACT_WRITE, FAMILY_LIAISON),
            api("POST /api/registry/relatives/{id}/samples", "/api/registry/relatives/R-999999/samples")
                    .allow(CONSENT_WRITE, FAMILY_LIAISON),
            api("GET /api/registry/samples/{code}", "/api/registry/samples/X-1")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("POST /api/registry/samples/{code}/consent/withdrawal", "/api/registry/samples/X-1/consent/withdrawal")
                    .allow(CONSENT_WRITE, FAMILY_LIAISON),
            api("POST /api/registry/lab-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            api("POST /api/registry/lineage-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            page("GET /registry").allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("POST /registry/export.{format:csv|json}", "/registry/export.csv")
                    .allow(DATA_EXPORT, COORDINATOR, FORENSIC_ANALYST).alsoNeeds(MISSING_READ),
            page("GET /registry/new").allow(MISSING_WRITE, FAMILY_LIAISON),
            page("POST /registry/reports").allow(MISSING_WRITE, FAMILY_LIAISON),
            page("GET /registry/missing-persons/{id}", "/registry/missing-persons/MP-999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("POST /registry/missing-persons/{id}/status", "/registry/missing-persons/MP-999999/status")
                    .allow(MISSING_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("POST /registry/missing-persons/{id}/merge", "/registry/missing-persons/MP-999999/merge?survivorId=MP-1")
                    .allow(MISSING_WRITE, FAMILY_LIAISON),
            page("GET /registry/families/{id}", "/registry/families/999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("POST /registry/families/{id}/relatives", "/registry/families/999999/relatives").allow(MISSING_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("POST /registry/families/{id}/missing-persons", "/registry/families/999999/missing-persons")
                    .allow(MISSING_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("POST /registry/families/{id}/relationships", "/registry/families/999999/relationships")
                    .allow(MISSING_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("POST /registry/families/{id}/samples", "/registry/families/999999/samples").allow(CONSENT_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("GET /registry/relatives/{id}/contact", "/registry/relatives/R-999999/contact").allow(FAMILY_CONTACT_READ, FAMILY_LIAISON),
            page("POST /registry/relatives/{id}/contact", "/registry/relatives/R-999999/contact")
                    .allow(FAMILY_CONTACT_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("POST /registry/samples/{code}/withdrawal", "/registry/samples/X-1/withdrawal").allow(CONSENT_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("GET /registry/lab-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),
            page("POST /registry/lab-results").allow(PROFILES_WRITE, FORENSIC_ANALYST),

            // families: the notification workflow and the family's view
            api("GET /api/families/notifications").allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("GET /api/families/notifications/overdue")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("GET /api/families/notifications/{id}", "/api/families/notifications/999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("POST /api/families/notifications/{id}/steps", "/api/families/notifications/999999/steps")
                    .allow(NOTIFICATIONS_WRITE, FAMILY_LIAISON),
            api("POST /api/families/notifications/{id}/approval", "/api/families/notifications/999999/approval")
                    .allow(NOTIFICATIONS_APPROVE, SUPERVISOR),
            api("GET /api/families/cases/{familyId}", "/api/families/cases/999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("GET /families/notifications").allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("GET /families/notifications/{id}", "/families/notifications/999999")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("POST /families/notifications/{id}/steps", "/families/notifications/999999/steps")
                    .allow(NOTIFICATIONS_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),
            page("POST /families/notifications/{id}/approval", "/families/notifications/999999/approval?version=0")
                    .allow(NOTIFICATIONS_APPROVE, SUPERVISOR),
            page("GET /families/cases/{familyId}/view", "/families/cases/999999/view")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("GET /families/{familyId}/overview", "/families/999999/overview")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("GET /api/families/notifications/{id}/further-remains", "/api/families/notifications/999999/further-remains")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            api("POST /api/families/further-remains/{reassociation}/informed", "/api/families/further-remains/999999/informed")
                    .allow(NOTIFICATIONS_WRITE, FAMILY_LIAISON),
            page("GET /families/notifications/{id}/further-remains", "/families/notifications/999999/further-remains")
                    .allow(MISSING_READ, COORDINATOR, FORENSIC_ANALYST, FAMILY_LIAISON, SUPERVISOR, AUDITOR),
            page("POST /families/further-remains/{reassociation}/informed", "/families/further-remains/999999/informed")
                    .allow(NOTIFICATIONS_WRITE, FAMILY_LIAISON)
                    .alsoNeeds(MISSING_READ),

            // API documentation (springdoc): every signed-in person
            api("GET /api-docs").signedIn(),
            api("GET /api-docs.yaml").signedIn(),
            api("GET /api-docs/swagger-config").signedIn(),
            page("GET /swagger-ui").signedIn(),

            // actuator: health (and its liveness and readiness groups) for everybody, the rest for METRICS_READ
            api("GET /actuator/health").publicly(),
            api("GET /actuator/health/**", "/actuator/health/readiness").publicly(),
            api("GET /actuator/prometheus").allow(METRICS_READ, ADMINISTRATOR),
            api("GET /actuator").allow(METRICS_READ, ADMINISTRATOR));

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    /** The actuator's endpoints, mapped apart from the controllers. */
    @Autowired
    org.springframework.boot.webmvc.actuate.endpoint.web.WebMvcEndpointHandlerMapping actuator;

    @Autowired
    UserAccounts accounts;

    MockMvc mvc;

    private final Map<Role, UserAccount> users = new EnumMap<>(Role.class);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (Role role : Role.values()) {
            users.put(role, SecurityTestSupport.newUser(accounts, "access", role));
        }
    }

    @Test
    void every_endpoint_is_in_the_table() {
        Set<String> discovered = new TreeSet<>();
        Map<RequestMappingInfo, HandlerMethod> handlers = new java.util.HashMap<>(mapping.getHandlerMethods());
        handlers.putAll(actuator.getHandlerMethods());
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    discovered.add("* " + pattern);
                }
                methods.forEach(method -> discovered.add(method.name() + " " + pattern));
            }
        }
        Set<String> listed = TABLE.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(discovered);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(discovered);
        assertThat(missing).as("endpoints missing from AccessControlTest.TABLE (add a row for each)").isEmpty();
        assertThat(stale).as("rows of AccessControlTest.TABLE that are no endpoint any more").isEmpty();
    }

    @Test
    void every_role_and_anonymous_get_exactly_what_the_table_says() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            check(row, null, wrong);
            for (Role role : Role.values()) {
                check(row, role, wrong);
            }
        }
        assertThat(wrong).as("requests answered against the table").isEmpty();
    }

    @Test
    void every_controller_method_declares_its_access() {
        List<String> undeclared = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("org.homeward.")
                    && EndpointAccess.Declaration.of(handler).kind() == EndpointAccess.Declaration.Kind.UNDECLARED) {
                undeclared.add(handler.getShortLogMessage());
            }
        });
        assertThat(undeclared).as("controller methods without @RequiresPermission, @SignedIn or @PublicEndpoint").isEmpty();
    }

    private void check(Row row, Role role, List<String> wrong) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), row.example())
                .accept(row.page ? MediaType.TEXT_HTML : MediaType.APPLICATION_JSON);
        if (!row.page && (row.method() == HttpMethod.PUT || row.method() == HttpMethod.POST)) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (row.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        if (role != null) {
            request.with(SecurityTestSupport.signedInAs(users.get(role)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getHeader("Location");
        boolean toSignIn = status == 302 && location != null && location.endsWith("/login");
        boolean allowed = status != 401 && status != 403 && !toSignIn;
        String who = role == null ? "anonymous" : role.name();
        boolean expected = role == null ? row.anonymous : row.roles.contains(role);
        if (allowed != expected) {
            wrong.add(row.endpoint() + " as " + who + ": expected " + (expected ? "allowed" : "denied") + ", got " + status
                    + (location == null ? "" : " to " + location));
        } else if (!allowed && role != null && status != 403) {
            wrong.add(row.endpoint() + " as " + who + ": denied with " + status + " instead of 403");
        } else if (!allowed && role == null && !(row.page ? toSignIn : status == 401)) {
            wrong.add(row.endpoint() + " as anonymous: denied with " + status + " instead of " + (row.page ? "sign-in" : "401"));
        }
    }

    static Row page(String endpoint) {
        return new Row(endpoint, endpoint.substring(endpoint.indexOf(' ') + 1), true, EnumSet.noneOf(Role.class), false, null,
                EnumSet.noneOf(Permission.class));
    }

    static Row page(String endpoint, String example) {
        return new Row(endpoint, example, true, EnumSet.noneOf(Role.class), false, null,
                EnumSet.noneOf(Permission.class));
    }

    static Row api(String endpoint) {
        return new Row(endpoint, endpoint.substring(endpoint.indexOf(' ') + 1), false, EnumSet.noneOf(Role.class), false, null,
                EnumSet.noneOf(Permission.class));
    }

    static Row api(String endpoint, String example) {
        return new Row(endpoint, example, false, EnumSet.noneOf(Role.class), false, null,
                EnumSet.noneOf(Permission.class));
    }

    /**
     * One endpoint ("METHOD /pattern"), an example address, who may use it, and {@code needs}: the
     * permission it needs (so an API token needs it in its scopes; {@link NarrowTokenAccessTest}
     * holds it to exactly the roles allowed), null when signing in is enough or it is public.
     */
    record Row(String endpoint, String example, boolean page, Set<Role> roles, boolean anonymous, Permission needs,
               Set<Permission> alsoNeeds) {

        Row allow(Permission needed, Role... allowed) {
            return new Row(endpoint, example, page, EnumSet.copyOf(Arrays.asList(allowed)), false, needed, alsoNeeds);
        }

        /**
         * The permissions the endpoint needs besides its own, for what it reads through other features
         * (a refused form shows its family or notification page again; a decision's report is an
         * export), so a token needs them too.
         */
        Row alsoNeeds(Permission... more) {
            return new Row(endpoint, example, page, roles, anonymous, needs, EnumSet.copyOf(Arrays.asList(more)));
        }

        Row signedIn() {
            return new Row(endpoint, example, page, EnumSet.allOf(Role.class), false, null, alsoNeeds);
        }

        Row everyRoleBy(Permission heldByEveryRole) {
            return new Row(endpoint, example, page, EnumSet.allOf(Role.class), false, heldByEveryRole, alsoNeeds);
        }

        Row publicly() {
            return new Row(endpoint, example, page, EnumSet.allOf(Role.class), true, null, alsoNeeds);
        }

        HttpMethod method() {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            return method.equals("*") ? HttpMethod.GET : HttpMethod.valueOf(method);
        }
    }
}
