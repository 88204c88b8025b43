package org.homeward.app.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.app.common.FileRefusedException;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.InputRefusedException.Problem;
import org.homeward.app.common.NotFoundException;
import org.homeward.app.common.StateRefusedException;
import org.homeward.app.security.AccountException;
import org.homeward.app.security.PasswordRejectedException;
import org.homeward.app.security.StaleRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal of every API ({@code @RestController}) as one RFC 9457 problem shape: {@code type},
 * {@code title}, {@code status}, {@code detail} and, for refused input, {@code errors}: a list of
 * {@code {path, message}} naming each refused value — its JSON path ({@code $.missingPerson.dateOfBirth},
 * {@code $.rows[3].alleles}) in a JSON body, the parameter, form field or part otherwise, and
 * {@code file[line 12].alleles} in an uploaded file. Unknown ids are 404, stale versions and refused
 * decisions 409; access refusals are left to Spring Security; anything unexpected is logged and
 * answered with a bare 500, never with its message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private static final URI INVALID_INPUT = URI.create("urn:homeward:problem:invalid-input");
    private static final URI FILE_REFUSED = URI.create("urn:homeward:problem:file-refused");
    private static final URI NOT_FOUND = URI.create("urn:homeward:problem:not-found");
    private static final URI CONFLICT = URI.create("urn:homeward:problem:conflict");
    private static final URI SERVER_ERROR = URI.create("urn:homeward:problem:server-error");

    /** What a JSON body's root is called where no field can be named (the body is empty, or not JSON at all). */
    private static final String BODY = "body";

    // --- the application's own refusals -------------------------------------------------------------

    @ExceptionHandler(InputRefusedException.class)
    ResponseEntity<ProblemDetail> refused(InputRefusedException refused, HandlerMethod handler) {
        if (refused instanceof FileRefusedException) {
            return invalid(FILE_REFUSED, "File refused, nothing imported", refused.problems());
        }
        Class<?> body = bodyType(handler);
        List<Problem> errors = refused.problems().stream()
                .map(p -> new Problem(inBody(p.path(), body), p.message()))
                .toList();
        return invalid(INVALID_INPUT, "Invalid request", errors);
    }

    @ExceptionHandler(PasswordRejectedException.class)
    ResponseEntity<ProblemDetail> passwordRejected(PasswordRejectedException rejected, HandlerMethod handler) {
        String path = inBody("password", bodyType(handler));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return invalid(INVALID_INPUT, "Invalid request", rejected.problems().stream()
                .map(p -> new Problem(path, getMessageSource() == null ? rejected.getMessage() : getMessageSource().getMessage(p, locale)))
                .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException missing) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, null, missing.getMessage());
    }

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException stale) {
        return problem(HttpStatus.CONFLICT, CONFLICT, null, stale.getMessage());
    }

    @ExceptionHandler(StateRefusedException.class)
    ResponseEntity<ProblemDetail> stateRefused(StateRefusedException refused) {
        return problem(HttpStatus.CONFLICT, CONFLICT, refused.title(), refused.getMessage());
    }

    /** An account operation refused for a reason about the request as a whole (its message says which). */
    @ExceptionHandler(AccountException.class)
    ResponseEntity<ProblemDetail> accountRefused(AccountException refused) {
        return invalid(INVALID_INPUT, "Invalid request", List.of(new Problem(BODY, refused.getMessage())));
    }

    /** Refusals are answered by Spring Security (401 or 403 problem), not here: rethrown unchanged. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void accessRefused(RuntimeException refusal) {
        throw refusal;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Unexpected failure in an API request", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, SERVER_ERROR, null,
                "The server could not complete the request. The failure has been logged.");
    }

    // --- Spring MVC's refusals of a request it could not bind ---------------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        boolean body = invalid.getParameter().hasParameterAnnotation(RequestBody.class);
        return widen(invalid(INVALID_INPUT, "Invalid request", errors(invalid.getBindingResult(), body ? "$" : null, BODY)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problem> errors = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            MethodParameter parameter = result.getMethodParameter();
            boolean body = parameter.hasParameterAnnotation(RequestBody.class);
            String root = body ? "$" + (result.getContainerIndex() == null ? "" : "[" + result.getContainerIndex() + "]")
                    : parameterName(parameter);
            if (result instanceof ParameterErrors bean) {
                errors.addAll(errors(bean, root, body ? BODY : root));
            } else {
                result.getResolvableErrors().forEach(error ->
                        errors.add(new Problem(body && "$".equals(root) ? BODY : root, String.valueOf(error.getDefaultMessage()))));
            }
        });
        return widen(invalid(INVALID_INPUT, "Invalid request", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(invalid(INVALID_INPUT, "Invalid request", List.of(unreadableJson(unreadable))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(invalid(INVALID_INPUT, "Invalid request", List.of(new Problem(missing.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(invalid(INVALID_INPUT, "Invalid request", List.of(new Problem(missing.getRequestPartName(), "is required"))));
    }

    /** A malformed id in the path names nothing (404); a malformed parameter is refused at its name. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (mismatch instanceof MethodArgumentTypeMismatchException argument) {
            if (argument.getParameter().hasParameterAnnotation(PathVariable.class)) {
                return widen(notFound(new NotFoundException(argument.getName(), argument.getValue())));
            }
            return widen(invalid(INVALID_INPUT, "Invalid request", List.of(new Problem(argument.getName(), "is not a valid value"))));
        }
        return widen(invalid(INVALID_INPUT, "Invalid request",
                List.of(new Problem(String.valueOf(mismatch.getPropertyName()), "is not a valid value"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<ProblemDetail> response = invalid(INVALID_INPUT, "File too large",
                List.of(new Problem("file", "is larger than the upload limit")));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(response.getHeaders()).body(response.getBody());
    }

    /** A request that should carry a file but is not multipart: refused at the part the endpoint reads. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException notMultipart, HandlerMethod handler) {
        String part = "file";
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                part = parameterName(parameter);
            }
        }
        return invalid(INVALID_INPUT, "Invalid request", List.of(new Problem(part, "send the file as multipart/form-data")));
    }

    // --- the one shape ------------------------------------------------------------------------------

    private static ResponseEntity<ProblemDetail> invalid(URI type, String title, List<Problem> errors) {
        String detail = errors.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, type, title, detail);
        response.getBody().setProperty("errors",
                errors.stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        return response;
    }

    /** A problem titled {@code title}, or by its status's reason phrase when null. */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        if (title != null) {
            problem.setTitle(title);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }

    /**
     * Bean Validation errors at their paths below {@code root} ({@code $} for a JSON body, null for
     * bare form fields); class-level errors of the whole object at {@code whole}.
     */
    private static List<Problem> errors(Errors errors, String root, String whole) {
        List<Problem> problems = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            String path = root == null ? error.getField()
                    : root + (error.getField().startsWith("[") ? "" : ".") + error.getField();
            problems.add(new Problem(path, String.valueOf(error.getDefaultMessage())));
        }
        errors.getGlobalErrors().forEach(error -> problems.add(new Problem(whole, String.valueOf(error.getDefaultMessage()))));
        return problems;
    }

    /** Where an unreadable JSON body went wrong: the field Jackson was binding, else where the parser stopped. */
    private static Problem unreadableJson(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (!(cause instanceof JacksonException jackson)) {
                continue;
            }
            if (!jackson.getPath().isEmpty()) {
                String path = referencePath(jackson.getPath());
                if (jackson instanceof InputHygieneModule.RefusedValueException) {
                    return new Problem(path, jackson.getOriginalMessage());
                }
                if (jackson instanceof UnrecognizedPropertyException) {
                    return new Problem(path, "is not a known field");
                }
                if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                    return new Problem(path, "has the wrong type or format: expected " + describe(mismatch.getTargetType()));
                }
                return new Problem(path, "is not readable: check its type and format");
            }
            if (jackson instanceof StreamReadException syntax) {
                return new Problem(nearestField(syntax.processor()), "is not well-formed JSON" + location(syntax.getLocation()));
            }
        }
        return new Problem(BODY, unreadable.getCause() == null ? "is required: send a JSON body" : "is not readable JSON");
    }

    private static String referencePath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 1 ? BODY : path.toString();
    }

    /** The JSON path of the value the parser was in when it stopped, or {@link #BODY} at the top. */
    private static String nearestField(JsonParser parser) {
        if (parser == null) {
            return BODY;
        }
        List<String> steps = new ArrayList<>();
        for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
            if (context.inObject() && context.currentName() != null) {
                steps.add(0, "." + context.currentName());
            } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                steps.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        return steps.isEmpty() ? BODY : "$" + String.join("", steps);
    }

    private static String location(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a date and time (YYYY-MM-DDThh:mm:ssZ)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Double", "double", "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a text";
            default -> type.isArray() || Collection.class.isAssignableFrom(type) ? "a list" : "an object";
        };
    }

    /**
     * A refused path as the request names it: a path into the JSON body ({@code subject.transfer},
     * {@code [2]}) becomes its JSON path ({@code $.subject.transfer}, {@code $[2]}); any other (a
     * parameter, a form field) stays as it is.
     */
    private static String inBody(String path, Class<?> body) {
        if (body == null || path.startsWith("$")) {
            return path;
        }
        if (path.startsWith("[")) {
            return body.isArray() || Collection.class.isAssignableFrom(body) ? "$" + path : path;
        }
        String first = path.split("[.\\[]", 2)[0];
        return properties(body).contains(first) ? "$." + path : path;
    }

    private static Class<?> bodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    private static Set<String> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
        }
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                .map(PropertyDescriptor::getName).collect(Collectors.toSet());
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        String declared = param != null ? firstOf(param.name(), param.value())
                : part != null ? firstOf(part.name(), part.value())
                : variable != null ? firstOf(variable.name(), variable.value()) : "";
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }

    private static String firstOf(String name, String value) {
        return name.isEmpty() ? value : name;
    }
}
