package org.homeward.app.remains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.homeward.app.common.TypedId;
import org.homeward.app.ledger.Ledger;
import org.homeward.app.web.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every text a person or program sends to the remains register or to identification has a named
 * maximum: each text of every form and request record (nested records and lists included) and every
 * text parameter of the APIs. Over-long, it is refused beside its field on a page and at its path in
 * an API (the JSON bodies: {@code ApiProblemsTest}).
 */
@SpringBootTest
@WithMockUser(username = "coordinator", authorities = {"LEDGER_READ", "LEDGER_WRITE", "REMAINS_READ", "REMAINS_WRITE"})
class TextLimitsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    RemainsRegister register;

    @Autowired
    Ledger ledger;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void every_text_of_every_form_and_request_has_a_maximum() {
        Set<Class<?>> records = new LinkedHashSet<>();
        List<String> unlimited = new ArrayList<>();
        for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
            if (!handler.getBeanType().getPackageName().startsWith("org.homeward.app")) {
                continue; // springdoc's and Boot's own endpoints
            }
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if ((parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(ModelAttribute.class))
                        && type.isRecord()) {
                    records.add(type);
                }
                if (handler.getBeanType().isAnnotationPresent(RestController.class) && parameter.hasParameterAnnotation(RequestParam.class)
                        && (type == String.class || Collection.class.isAssignableFrom(type))
                        && !limited(parameter.getParameterAnnotation(Size.class), type, parameter.getParameter().getAnnotatedType())) {
                    unlimited.add(handler + " parameter " + parameter.getParameterName());
                }
            }
        }
        records.forEach(type -> unlimited.addAll(unlimitedTexts(type)));
        assertThat(records).hasSizeGreaterThan(15);
        assertThat(unlimited).isEmpty();
    }

    /** A text of a record without a maximum, to show the check above finds one. */
    record Unlimited(@Size(max = 10) String limited, List<@Size(max = 10) String> unboundedList, Inner inner) {
        record Inner(String unlimited) {
        }
    }

    @Test
    void the_check_finds_a_text_without_a_maximum_in_a_list_and_a_nested_record() {
        assertThat(unlimitedTexts(Unlimited.class)).containsExactly("Unlimited.unboundedList", "Inner.unlimited");
    }

    @Test
    void an_over_long_examiner_comes_back_beside_the_field_on_the_body_page() throws Exception {
        String body = receivedBody();
        mvc.perform(post("/remains/{n}/examinations", body).with(user("coordinator").authorities(() -> "REMAINS_READ",
                                () -> "REMAINS_WRITE", () -> "LEDGER_READ")).with(csrf())
                        .param("condition", "COMPLETE").param("estimatedSex", "MALE")
                        .param("examinedBy", "x".repeat(Limits.NAME_LENGTH + 1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("examinationForm", "examinedBy"))
                .andExpect(content().string(containsString("id=\"examinedBy-error\"")));
        assertThat(register.file(new BodyNumber(body)).examinations()).isEmpty();
    }

    @Test
    void over_long_parameters_of_the_api_are_refused_at_their_names() throws Exception {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 3, 12), 1, 1);
        byte[] manifest = "bag number\n1\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/remains/transfers/{t}/manifest", fixture.transfer().id())
                        .file(new MockMultipartFile("file", "m.csv", "text/csv", manifest))
                        .param("place", "x".repeat(Limits.PLACE_LENGTH + 1)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", hasItem("place")));
        assertThat(register.receipt(fixture.transfer().id()).bags()).isEmpty();
        mvc.perform(get("/api/remains/custody").param("kind", "REMAINS").param("code", "x".repeat(Limits.CODE_LENGTH + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", hasItem("code")));
    }

    /** The texts of a record, of its lists and of the records it holds, that have no maximum ("Record.component"). */
    private static List<String> unlimitedTexts(Class<?> record) {
        List<String> unlimited = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = component.getType();
            if (!limited(component.getAccessor().getAnnotation(Size.class), type, component.getAnnotatedType())) {
                unlimited.add(record.getSimpleName() + "." + component.getName());
            }
            if (type.isRecord() && type.getPackageName().startsWith("org.homeward.app") && !typedId(type)) {
                unlimited.addAll(unlimitedTexts(type));
            }
        }
        return unlimited;
    }

    /** A text has a maximum; a list or set of texts has one and so has each text in it. */
    private static boolean limited(Size size, Class<?> type, AnnotatedType annotated) {
        if (type == String.class) {
            return size != null;
        }
        if (Collection.class.isAssignableFrom(type) && annotated instanceof AnnotatedParameterizedType generic) {
            AnnotatedType element = generic.getAnnotatedActualTypeArguments()[0];
            return element.getType() != String.class || size != null && element.getAnnotation(Size.class) != null;
        }
        return true;
    }

    /** A typed id (a body number, a party id): one value whose form its constructor checks, written as that value. */
    private static boolean typedId(Class<?> record) {
        return TypedId.class.isAssignableFrom(record);
    }

    private String receivedBody() {
        LedgerFixture fixture = LedgerFixture.transfer(ledger, LocalDate.of(2025, 3, 11), 1, 1);
        return register.registerBag(fixture.transfer().id(), new NewBag("1", null, null, null, null, RemainsKind.BODY, null, null))
                .bodyNumbers().get(0);
    }
}
