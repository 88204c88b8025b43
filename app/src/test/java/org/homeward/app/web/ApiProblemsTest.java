package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.homeward.app.common.TypedId;
import org.homeward.app.security.Permission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

/**
 * Every API endpoint that reads a JSON body, walked from Spring MVC's own mapping, refuses unreadable
 * JSON in the one problem shape: 400, {@code application/problem+json}, and each {@code errors[].path}
 * the real JSON path of the value at fault — never {@code $} alone, never a 5xx.
 */
@SpringBootTest
class ApiProblemsTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** Someone who may do everything, so that only the body can be refused. */
    private static RequestPostProcessor everything() {
        return user("api-everything").authorities(Arrays.stream(Permission.values())
                .map(p -> new SimpleGrantedAuthority(p.name())).toList());
    }

    /** One JSON-body endpoint: where to send, and the type its body is read as. */
    record Endpoint(HttpMethod method, String path, Map<String, String> parameters, Class<?> body) {

        MockHttpServletRequestBuilder send(String json) {
            MockHttpServletRequestBuilder request = request(method, path).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).content(json);
            parameters.forEach(request::param);
            return request;
        }
    }

    @Test
    void every_json_endpoint_is_found() {
        assertThat(endpoints()).extracting(Endpoint::path)
                .contains("/api/ledger/claims", "/api/registry/missing-persons", "/api/remains/custody")
                .hasSizeGreaterThan(30);
    }

    @Test
    void a_wrong_type_in_a_nested_field_is_refused_at_its_json_path_by_every_endpoint() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            WrongValue wrong = wrongValue(endpoint.body());
            check(endpoint, wrong.json(), wrong.path(), failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void malformed_json_is_refused_at_the_field_where_it_broke_by_every_endpoint() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String field = endpoint.body().getRecordComponents()[0].getName();
            check(endpoint, "{\"" + field + "\": tru", "$." + field, failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void an_over_long_text_is_refused_at_its_path_by_every_remains_and_identification_endpoint() throws Exception {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().startsWith("/api/remains") || endpoint.path().startsWith("/api/identification")) {
                Optional<WrongValue> overLong = overLong(endpoint.body(), "$");
                if (overLong.isEmpty()) {
                    continue;
                }
                MockHttpServletResponse response = mvc.perform(endpoint.send(overLong.get().json()).with(everything()).with(csrf()))
                        .andReturn().getResponse();
                List<String> paths = response.getStatus() == 400 ? JsonPath.read(response.getContentAsString(), "$.errors[*].path") : List.of();
                if (!paths.contains(overLong.get().path())) {
                    failures.add(endpoint.method() + " " + endpoint.path() + ": status " + response.getStatus() + ", paths " + paths
                            + ", expected " + overLong.get().path());
                }
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    /** A body whose first limited text (at the top, else in the first nested record that has one) is one character too long. */
    private static Optional<WrongValue> overLong(Class<?> body, String path) {
        for (RecordComponent component : body.getRecordComponents()) {
            Size size = component.getAccessor().getAnnotation(Size.class);
            if (component.getType() == String.class && size != null) {
                String json = "{\"" + component.getName() + "\": \"" + "x".repeat(size.max() + 1) + "\"}";
                return Optional.of(new WrongValue(json, path + "." + component.getName()));
            }
        }
        for (RecordComponent component : body.getRecordComponents()) {
            if (readAsObject(component.getType())) {
                Optional<WrongValue> inner = overLong(component.getType(), path + "." + component.getName());
                if (inner.isPresent()) {
                    return Optional.of(new WrongValue("{\"" + component.getName() + "\": " + inner.get().json() + "}", inner.get().path()));
                }
            }
        }
        return Optional.empty();
    }

    private void check(Endpoint endpoint, String json, String expectedPath, List<String> failures) throws Exception {
        MockHttpServletResponse response = mvc.perform(endpoint.send(json).with(everything()).with(csrf()))
                .andReturn().getResponse();
        String where = endpoint.method() + " " + endpoint.path() + " with " + json + ": ";
        if (response.getStatus() != 400) {
            failures.add(where + "status " + response.getStatus());
            return;
        }
        if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType()))) {
            failures.add(where + "content type " + response.getContentType());
            return;
        }
        List<String> paths = JsonPath.read(response.getContentAsString(), "$.errors[*].path");
        if (!paths.equals(List.of(expectedPath))) {
            failures.add(where + "paths " + paths + ", expected [" + expectedPath + "]");
        }
    }

    /** A body whose first nested record has a value of the wrong type ({@code [[1]]} for a scalar or record, an object for a list). */
    record WrongValue(String json, String path) {
    }

    private static WrongValue wrongValue(Class<?> body) {
        for (RecordComponent component : body.getRecordComponents()) {
            if (readAsObject(component.getType())) {
                RecordComponent inner = component.getType().getRecordComponents()[0];
                return new WrongValue("{\"" + component.getName() + "\": {\"" + inner.getName() + "\": " + wrong(inner.getType()) + "}}",
                        "$." + component.getName() + "." + inner.getName());
            }
        }
        RecordComponent first = body.getRecordComponents()[0];
        return new WrongValue("{\"" + first.getName() + "\": " + wrong(first.getType()) + "}", "$." + first.getName());
    }

    /** A record that JSON holds as an object, not one written as a single value (a typed id). */
    private static boolean readAsObject(Class<?> type) {
        return type.isRecord() && type.getRecordComponents().length > 0 && !TypedId.class.isAssignableFrom(type);
    }

    private static String wrong(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) ? "true" : "[[1]]";
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
                continue;
            }
            Optional<MethodParameter> body = Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class)).findFirst();
            if (body.isEmpty()) {
                continue;
            }
            assertThat(body.get().getParameterType().isRecord())
                    .as("the body of %s is a record", handler).isTrue();
            for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                if (method == RequestMethod.POST || method == RequestMethod.PUT || method == RequestMethod.PATCH) {
                    for (String pattern : entry.getKey().getPatternValues()) {
                        endpoints.add(new Endpoint(method.asHttpMethod(), fill(pattern, handler), parameters(handler), body.get().getParameterType()));
                    }
                }
            }
        }
        return endpoints;
    }

    /** Values tried for a path variable until its type accepts one: numbers, the registry's ids, UUIDs. */
    private static final List<String> ID_CANDIDATES = List.of("1", "MP-1", "R-1", "00000000-0000-0000-0000-000000000001");

    /** The path with every variable given a value of its type's form (a typed id's {@link TypedId#parse}): only the body is to be refused. */
    private static String fill(String pattern, HandlerMethod handler) {
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        return variable.replaceAll(found -> {
            if (found.group(2) != null && found.group(2).matches(":[\\w-]+(\\|[\\w-]+)*")) {
                return found.group(2).substring(1).split("\\|")[0]; // {settlement:rejection|exclusion}: its first choice
            }
            String name = found.group(1);
            Class<?> type = Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class))
                    .filter(p -> name.equals(pathVariableName(p)))
                    .map(MethodParameter::getParameterType).findFirst().orElse(String.class);
            return ID_CANDIDATES.stream().filter(candidate -> accepts(type, candidate)).findFirst().orElse("1");
        });
    }

    private static String pathVariableName(MethodParameter parameter) {
        org.springframework.web.bind.annotation.PathVariable annotation =
                parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        return !annotation.name().isEmpty() ? annotation.name() : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
    }

    private static boolean accepts(Class<?> type, String candidate) {
        if (!TypedId.class.isAssignableFrom(type)) {
            return true;
        }
        try {
            TypedId.parse(type.asSubclass(TypedId.class), candidate);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** A value for each required request parameter (an enum's first constant), so that only the body is at fault. */
    private static Map<String, String> parameters(HandlerMethod handler) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || !param.required()) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
            Class<?> type = parameter.getParameterType();
            parameters.put(name, type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name() : "1");
        }
        return parameters;
    }
}
