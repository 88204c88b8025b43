package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.homeward.app.common.TypedId;
import org.homeward.app.security.ApiTokens;
import org.homeward.app.security.Permission;
import org.homeward.app.security.Role;
import org.homeward.app.security.SecurityTestSupport;
import org.homeward.app.security.UserAccount;
import org.homeward.app.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input suite (issue 14): every API operation of the OpenAPI document ({@code /api-docs})
 * and every page form (each POST handler of a page controller) is sent generated invalid input —
 * NUL and other control characters, 100,000-character text, wrong JSON types, missing and unknown
 * fields, extreme numbers and dates, deeply nested and malformed JSON, invalid enum names — as a user
 * holding every permission (forms in a signed-in session with a CSRF token). Every answer must be
 * below 500.
 *
 * <p>Two phases. The refused phase sends, for each field, values that field must refuse whatever it
 * means (read from its schema, or for a form field from the type it binds to: control characters,
 * text longer than any text may be, a number or a list where text is expected, an unknown enum name,
 * an impossible or extreme date, a number beyond any range; for API parameters, whose types the suite
 * does not know, control characters), the other fields holding plausible values, and broken bodies.
 * No answer may be 5xx, no API write may succeed (2xx), and the row count of every table but the
 * audit log must be the same after each operation or form as before it (reads and refusals may be audited —
 * profile reads must be — so the audit log is left out of the comparison). The injection phase sends
 * text that may be valid for some field (SQL, markup, path traversal, template syntax, empty text,
 * 100,000 characters, extreme dates as text): no answer may be 5xx and no table may lose a row.
 *
 * <p>Then the refused phase of the API runs again as a program sends it: with an API token scoped
 * to {@code REMAINS_WRITE} alone (bearer, no session, no CSRF token), so that the refusals of a
 * narrow credential, and the door of the endpoints it opens, hold under hostile input too.
 *
 * <p>Seeded ({@link #SEED}; {@code -Dhostile.seed=N} to try another) so a failure is reproducible; it
 * prints the number of requests tried.
 */
@SpringBootTest
class HostileInputTest {

    static final long SEED = Long.getLong("hostile.seed", 14L);

    /** How many refused values each field is tried with (all of {@link #REFUSED_VALUES} would take too long). */
    private static final int VALUES_PER_FIELD = 2;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String HUGE = "x".repeat(100_000);
    /** Longer than any text may be (a field's {@code @Size} is shorter still): refused at the door whatever the field. */
    private static final String TOO_LONG = "x".repeat(Limits.LONGEST_TEXT + 1);
    /** What every parameter and form field must refuse, whatever its type (which the suite does not know). */
    private static final List<String> REFUSED_TEXTS = List.of("\u0000", "name\u0000", "bell\u0007", "esc\u001b[31m");
    /** What a parameter or form field may accept or refuse depending on its type; it must never be a 5xx or lose a row. */
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE audit_event; --", "1 OR 1=1", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd", "%00", "${7*7}", "", " ", HUGE, "0000-01-01",
            "-999999999-01-01", "+999999999-12-31", "NOT_A_VALUE", "99999999999999999999", "-1");

    /** Values a field of each kind must refuse, whatever it means: the kind is read from the example value of its schema. */
    private static final Map<String, List<JsonNode>> REFUSED_VALUES = Map.of(
            "text", List.of(JSON.stringNode("\u0000"), JSON.stringNode("a\u0000b"), JSON.stringNode("bell\u0007"),
                    JSON.stringNode(TOO_LONG), JSON.numberNode(1e308), JSON.booleanNode(true), JSON.arrayNode(), nested("x")),
            "enum", List.of(JSON.stringNode("NOT_A_VALUE"), JSON.stringNode("\u0000"), JSON.stringNode(""), JSON.numberNode(7)),
            "date", List.of(JSON.stringNode("0000-01-01"), JSON.stringNode("-999999999-01-01"), JSON.stringNode("+999999999-12-31"),
                    JSON.stringNode("2024-02-30"), JSON.stringNode("+999999999-12-31T23:59:59Z"), JSON.stringNode("\u0000")),
            "number", List.of(JSON.numberNode(new java.math.BigInteger("99999999999999999999999")), JSON.stringNode("many"),
                    JSON.stringNode("\u0000"), nested("\u0000")),
            "boolean", List.of(JSON.stringNode("perhaps"), JSON.numberNode(2), JSON.stringNode("\u0000")),
            "object", List.of(JSON.stringNode("text"), JSON.numberNode(1), JSON.stringNode("\u0000")));

    /**
     * Operations with a refusal still open in another finding of issue 14, whose failures are printed
     * but tolerated until it lands. An operation listed here that no longer fails fails the suite, so
     * that the list only shrinks: remove it.
     */
    private static final Map<String, String> OPEN_ELSEWHERE = Map.of();

    private static JsonNode nested(String text) {
        ObjectNode object = JSON.objectNode();
        object.set("nested", JSON.arrayNode().add(text));
        return object;
    }

    /** Whole bodies that are not what any operation reads. */
    private static final List<String> BROKEN_BODIES = List.of("", "{", "[]", "\"text\"", "null", "{\"a\":", "\u0000",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    UserAccount user;
    final Random random = new Random(SEED);
    int tried;
    int throughForms;
    /** The query {@link #rowCounts} runs, built once. */
    String countEveryTable;
    /** The narrow API token the API is tried with after the signed-in phases; null while signed in. */
    String bearer;
    boolean refusedPhase = true;
    /** The operation (method and path pattern) being tried. */
    String current;
    final Set<String> stillOpen = new java.util.TreeSet<>();
    final List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        user = SecurityTestSupport.newUser(accounts, "hostile", Role.COORDINATOR);
    }

    @Test
    void no_hostile_input_gets_a_server_error_or_stores_anything() throws Exception {
        JsonNode api = MAPPER.readTree(mvc.perform(MockMvcRequestBuilders.get("/api-docs")
                .with(SecurityTestSupport.signedInWithEveryPermission(user))).andReturn().getResponse().getContentAsString());

        forEveryOperation(api, true);
        forEveryForm(true);
        Map<String, Long> afterRefused = rowCounts();
        refusedPhase = false;

        forEveryOperation(api, false);
        forEveryForm(false);
        int bySession = tried;

        // the API again as a program sends it: a bearer token with one narrow scope, no session, no CSRF token
        bearer = SecurityTestSupport.as(user, () -> tokens.create("hostile", EnumSet.of(Permission.REMAINS_WRITE), Duration.ofDays(1)))
                .secret();
        refusedPhase = true;
        forEveryOperation(api, true);
        Map<String, Long> afterInjections = rowCounts();
        afterRefused.forEach((table, count) -> {
            if (afterInjections.getOrDefault(table, -1L) < count) {
                failures.add("table " + table + " lost rows: " + count + " → " + afterInjections.get(table));
            }
        });

        System.out.println("HostileInputTest: " + tried + " hostile requests tried (seed " + SEED + "): " + throughForms + " to page forms, "
                + (bySession - throughForms) + " to the API signed in, " + (tried - bySession) + " to the API with a REMAINS_WRITE token (refused phase); "
                + failures.size() + " failures");
        assertThat(throughForms).isGreaterThan(500);
        assertThat(tried - bySession).isGreaterThan(1000);
        assertThat(stillOpen).as("operations of OPEN_ELSEWHERE that no longer fail: remove them from the list")
                .isEqualTo(OPEN_ELSEWHERE.keySet());
        assertThat(String.join("\n", failures)).as("hostile requests answered with 5xx (or leaving a trace)").isEmpty();
    }

    // --- the API, from its OpenAPI document ---------------------------------------------------------

    private void forEveryOperation(JsonNode api, boolean refused) throws Exception {
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                JsonNode op = operation.getValue();
                current = method + " " + path.getKey();
                Map<String, Long> counts = refused ? rowCounts() : Map.of();
                List<String> queryNames = new ArrayList<>();
                for (JsonNode parameter : op.path("parameters")) {
                    if ("query".equals(parameter.path("in").asString())) {
                        queryNames.add(parameter.path("name").asString());
                    }
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", "1");
                JsonNode content = op.path("requestBody").path("content");
                JsonNode schema = content.path("application/json").path("schema");
                boolean multipart = content.has("multipart/form-data");
                JsonNode body = schema.isMissingNode() ? null : example(api, schema, 0);

                for (String name : queryNames) {
                    for (String value : pick(refused ? REFUSED_TEXTS : INJECTIONS)) {
                        send(method, url, Map.of(name, value), body == null ? null : body.toString(), multipart);
                    }
                }
                if (refused && path.getKey().contains("{")) {
                    for (String value : pick(REFUSED_TEXTS)) {
                        send(method, path.getKey().replaceAll("\\{[^}]+}", java.net.URLEncoder.encode(value.length() > 100 ? value.substring(0, 100) : value,
                                java.nio.charset.StandardCharsets.UTF_8)), Map.of(), body == null ? null : body.toString(), multipart);
                    }
                }
                if (body == null) {
                    unchanged(counts);
                    continue;
                }
                if (refused) {
                    boolean optional = !op.path("requestBody").path("required").asBoolean(false);
                    for (String broken : BROKEN_BODIES) {
                        if (!(optional && (broken.isEmpty() || broken.equals("null")))) {
                            send(method, url, Map.of(), broken, false);
                        }
                    }
                }
                for (List<Object> field : fields(body, new ArrayList<>())) {
                    List<JsonNode> values = refused ? REFUSED_VALUES.get(kind(at(body, field)))
                            : INJECTIONS.stream().map(s -> (JsonNode) JSON.stringNode(s)).toList();
                    for (JsonNode value : pick(values)) {
                        send(method, url, Map.of(), with(body, field, value).toString(), false);
                    }
                    if (!refused) {
                        send(method, url, Map.of(), with(body, field, JSON.booleanNode(true)).toString(), false);
                    }
                }
                unchanged(counts);
            }
        }
    }

    /** In the refused phase, no table but the audit log (reads and refusals may be audited) changed since {@code before}. */
    private void unchanged(Map<String, Long> before) {
        if (before.isEmpty()) {
            return;
        }
        Map<String, Long> after = rowCounts();
        before.forEach((table, count) -> {
            if (!table.equals("audit_event") && !count.equals(after.get(table))) {
                fail("stored: " + current + " changed table " + table + ": " + count + " → " + after.get(table));
            }
        });
    }

    /** A plausible instance of {@code schema}: every property present with a value of its type. */
    private JsonNode example(JsonNode api, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return depth > 6 ? JSON.nullNode() : example(api, api.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> JSON.stringNode(switch (format) {
                case "date" -> "2024-05-01";
                case "date-time" -> "2024-05-01T10:00:00Z";
                case "uuid" -> "00000000-0000-4000-8000-000000000001";
                default -> "hostile-input";
            });
            case "integer" -> JSON.numberNode(1);
            case "number" -> JSON.numberNode(1.5);
            case "boolean" -> JSON.booleanNode(false);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(example(api, schema.path("items"), depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), example(api, property.getValue(), depth + 1));
                }
                yield object;
            }
        };
    }

    /** The paths (names and indexes) of every leaf value of {@code node}. */
    private static List<List<Object>> fields(JsonNode node, List<Object> prefix) {
        List<List<Object>> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(property.getKey());
                paths.add(path);
                paths.addAll(fields(property.getValue(), path));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(0);
            paths.add(path);
            paths.addAll(fields(node.get(0), path));
        }
        return paths;
    }

    private static JsonNode at(JsonNode body, List<Object> path) {
        JsonNode node = body;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index.intValue()) : node.get((String) step);
        }
        return node;
    }

    /** The kind of field an example value of {@link #example} stands for. */
    private static String kind(JsonNode example) {
        if (example.isNumber()) {
            return "number";
        }
        if (example.isBoolean()) {
            return "boolean";
        }
        if (!example.isString()) {
            return "object";
        }
        String text = example.asString();
        return text.startsWith("2024-05-01") ? "date" : text.matches("[A-Z][A-Z_0-9]*") ? "enum" : "text";
    }

    /** A copy of {@code body} with the value at {@code path} replaced. */
    private static JsonNode with(JsonNode body, List<Object> path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index.intValue()) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    // --- the page forms, from Spring MVC's handler methods --------------------------------------------

    private void forEveryForm(boolean refused) throws Exception {
        Map<String, Map<String, Class<?>>> forms = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            Class<?> type = entry.getValue().getBeanType();
            boolean page = type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class);
            if (!page || !type.getName().startsWith("org.homeward.")
                    || !entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                forms.put(pattern, fields(entry.getValue()));
            }
        }
        for (Map.Entry<String, Map<String, Class<?>>> form : forms.entrySet()) {
            current = "POST " + form.getKey();
            Map<String, Long> counts = refused ? rowCounts() : Map.of();
            for (Map.Entry<String, Class<?>> field : form.getValue().entrySet()) {
                for (String value : pick(refused ? refusedFormValues(field.getValue()) : INJECTIONS)) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    form.getValue().forEach((name, type) -> fields.put(name, plausible(type)));
                    fields.put(field.getKey(), value);
                    sendForm(form.getKey().replaceAll("\\{[^}]+}", "1"), fields);
                }
            }
            unchanged(counts);
        }
    }

    /** A value a form field of {@code type} may well accept, so that the one hostile field is what a request is refused for. */
    private static String plausible(Class<?> type) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return "2024-05-01";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "2024-05-01T10:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "2024-05-01T10:00";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        return type == String.class ? "hostile-input" : "1";
    }

    /** Values a form field of {@code type} must refuse, whatever it means. */
    private static List<String> refusedFormValues(Class<?> type) {
        List<String> values = new ArrayList<>(REFUSED_TEXTS);
        if (type.isEnum()) {
            values.addAll(List.of("NOT_A_VALUE", "not_a_value", "7"));
        } else if (type == LocalDate.class) {
            values.addAll(List.of("0000-01-01", "-999999999-01-01", "+999999999-12-31", "2024-02-30", "1899-12-31"));
        } else if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
            values.addAll(List.of("0000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2024-02-30T10:00:00Z"));
        } else if (type == boolean.class || type == Boolean.class) {
            values.add("perhaps");
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            values.addAll(List.of("99999999999999999999999", "many", "1e400", "NaN"));
        } else {
            values.add(TOO_LONG);
        }
        return values;
    }

    /**
     * The form fields a handler reads, with their types (of the elements, for a list or set): its
     * request parameters and the components of the records it binds.
     */
    private static Map<String, Class<?>> fields(HandlerMethod handler) {
        Map<String, Class<?>> names = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(type)) {
                String name = param.name().isEmpty() ? param.value() : param.name();
                names.put(name.isEmpty() ? parameter.getParameterName() : name, elementType(type, parameter.getGenericParameterType()));
            } else if (type.isRecord()) {
                recordFields(type, "", names, 0);
            } else if (Map.class.isAssignableFrom(type)) {
                List.of("name", "note", "reason", "quote", "speaker", "date", "kind", "party", "source", "version")
                        .forEach(name -> names.put(name, String.class));
            }
        }
        return names;
    }

    private static Class<?> elementType(Class<?> type, Type generic) {
        if (java.util.Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type;
    }

    private static void recordFields(Class<?> type, String prefix, Map<String, Class<?>> names, int depth) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && depth < 3 && componentType.getName().startsWith("org.homeward.")
                    && !oneValue(componentType)) {
                recordFields(componentType, prefix + component.getName() + ".", names, depth + 1);
            } else {
                names.put(prefix + component.getName(), elementType(componentType, component.getGenericType()));
            }
        }
    }

    /** A typed id, or a form value typed as one text (a ledger {@code Count}, with its {@code of(String)}). */
    private static boolean oneValue(Class<?> type) {
        if (TypedId.class.isAssignableFrom(type)) {
            return true;
        }
        try {
            type.getMethod("of", String.class);
            return true;
        } catch (NoSuchMethodException notOneValue) {
            return false;
        }
    }

    // --- sending and counting ---------------------------------------------------------------------------

    private <T> List<T> pick(List<T> values) {
        List<T> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(VALUES_PER_FIELD, shuffled.size()));
    }

    private void send(HttpMethod method, String url, Map<String, String> query, String body, boolean multipart) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = multipart
                ? MockMvcRequestBuilders.multipart(method, url).file("file", new byte[] {0, 1, 2})
                : MockMvcRequestBuilders.request(method, url);
        query.forEach(request::queryParam);
        request.accept(MediaType.APPLICATION_JSON);
        if (body != null && !multipart) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else {
            request.with(SecurityTestSupport.signedInWithEveryPermission(user));
            if (method != HttpMethod.GET) {
                request.with(csrf());
            }
        }
        check(method + " " + url + " " + query.keySet() + " " + abbreviate(body), request, false);
    }

    private void sendForm(String url, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(SecurityTestSupport.signedInWithEveryPermission(user)).with(csrf());
        fields.forEach(request::param);
        throughForms++;
        check("POST " + url + " (form) " + abbreviate(fields.toString()), request, true);
    }

    /**
     * Sends {@code request}: never a 5xx, and in the refused phase no API write answered 2xx. A page
     * form shows a refusal with the page (200 or 400) or by redirecting back to it, so for forms the
     * row counts alone tell whether anything was stored.
     */
    private void check(String what, AbstractMockHttpServletRequestBuilder<?> request, boolean form) {
        tried++;
        String method = what.substring(0, what.indexOf(' '));
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                fail(response.getStatus() + " " + what);
            } else if (refusedPhase && !form && !method.equals("GET") && response.getStatus() < 300) {
                fail("accepted " + response.getStatus() + " " + what);
            }
        } catch (Exception | StackOverflowError thrown) {
            fail("threw " + thrown.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(thrown.getMessage())) + " — " + what);
        }
    }

    private void fail(String failure) {
        if (OPEN_ELSEWHERE.containsKey(current)) {
            stillOpen.add(current);
            System.out.println("HostileInputTest: open in " + OPEN_ELSEWHERE.get(current) + ": " + failure);
        } else {
            failures.add(failure);
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String visible = text.replace("\u0000", "\\u0000");
        return visible.length() > 160 ? visible.substring(0, 160) + "…(" + visible.length() + ")" : visible;
    }

    /** The row count of every table, in one query (it runs twice per operation). */
    private Map<String, Long> rowCounts() {
        if (countEveryTable == null) {
            countEveryTable = String.join(" union all ", jdbc.queryForList("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'", String.class).stream()
                    .map(table -> "select '" + table + "' as name, count(*) as n from \"" + table + "\"").toList());
        }
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(countEveryTable, row -> {
            counts.put(row.getString("name"), row.getLong("n"));
        });
        return counts;
    }
}
