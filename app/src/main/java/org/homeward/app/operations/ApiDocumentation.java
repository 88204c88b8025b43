package org.homeward.app.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /api-docs}): titled and versioned with the build, the two ways a
 * program or a browser is authenticated, and every operation tagged with the feature its path
 * belongs to ({@link #FEATURES}). Operations open to everybody (the health checks) need neither scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TITLE = "Homeward API";
    static final String BEARER = "bearer";
    static final String SESSION = "session";
    static final String PUBLIC = "public";
    static final String OPERATIONS = "operations";

    /** The features, as tags, with what each covers. */
    static final Map<String, String> FEATURES = features();

    /** The feature of the first segment after {@code /api/}. */
    private static final Map<String, String> API_SEGMENTS = Map.ofEntries(Map.entry("ledger", "ledger"), Map.entry("remains", "remains"),
            Map.entry("registry", "registry"), Map.entry("families", "families"), Map.entry("identification", "identification"),
            Map.entry("samples", "genetics"), Map.entry("audit", "audit"), Map.entry("break-glass", "audit"), Map.entry("me", "account"),
            Map.entry("jobs", "jobs"), Map.entry("public", PUBLIC));

    private static Map<String, String> features() {
        Map<String, String> features = new LinkedHashMap<>();
        features.put("ledger", "The exchange ledger: parties, sources, statements, claims, agreements, transfers, offers");
        features.put("remains", "The remains register: bodies, bags, manifests, custody, samples, work queues");
        features.put("registry", "The registry of the missing: missing persons, families, relatives, reference samples");
        features.put("families", "Notifying families: notifications and their steps, a family's case");
        features.put("identification", "Screening runs, the review queue, candidates and decisions, reports");
        features.put("genetics", "DNA profiles under their sample codes, their subjects and consent");
        features.put("audit", "Break-glass access and the audit log's reports");
        features.put("account", "The signed-in person");
        features.put("jobs", "Your own background jobs (imports and exports answered 202): progress, result, the file made");
        features.put(PUBLIC, "Open to everybody: the health checks and the public statistics' open data");
        features.put(OPERATIONS, "For operators (METRICS_READ): the Prometheus scrape and the actuator's index");
        return Map.copyOf(features);
    }

    @Bean
    OpenAPI homewardApi(ObjectProvider<BuildProperties> build) {
        String version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development");
        return new OpenAPI()
                .info(new Info().title(TITLE).version(version)
                        .description("The REST API of Homeward. Refusals are RFC 9457 problem details (application/problem+json)."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (hw_…) created on /account, scoped to some of its owner's permissions"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                                .name("JSESSIONID").description("A browser's session after signing in on /login; unsafe methods also "
                                        + "need the CSRF token (X-XSRF-TOKEN or the form's _csrf)")))
                .security(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
    }

    @Bean
    OpenApiCustomizer featureTags() {
        return api -> {
            api.setTags(FEATURES.entrySet().stream().map(feature -> new Tag().name(feature.getKey()).description(feature.getValue()))
                    .sorted(java.util.Comparator.comparing(Tag::getName)).toList());
            api.getPaths().forEach((path, item) -> feature(path).ifPresent(feature -> item.readOperations().forEach(operation -> {
                operation.setTags(List.of(feature));
                if (feature.equals(PUBLIC)) {
                    operation.setSecurity(List.of());
                }
            })));
        };
    }

    /**
     * The feature of an address: by its segment after /api/; the actuator's health is public, the rest of it
     * for operators; a page's download (a list's CSV or JSON export) by its first segment.
     */
    static Optional<String> feature(String path) {
        String[] segments = path.split("/");
        if (segments.length < 2) {
            return Optional.empty();
        }
        return switch (segments[1]) {
            case "api" -> Optional.ofNullable(segments.length > 2 ? API_SEGMENTS.get(segments[2]) : null);
            case "actuator" -> Optional.of(segments.length > 2 && segments[2].equals("health") ? PUBLIC : OPERATIONS);
            default -> Optional.ofNullable(API_SEGMENTS.get(segments[1])).filter(feature -> !feature.equals(PUBLIC));
        };
    }
}
