package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ledger API's refusals as RFC 9457 problem details that name the field: Bean Validation
 * errors, the ledger's own {@link LedgerInputException}, unreadable JSON (with the JSON path where
 * the parser knows it), and unknown ids (404). Each problem has {@code errors}: a list of
 * {@code {field, message}}.
 */
@RestControllerAdvice(assignableTypes = LedgerApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        invalid.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        return badRequest(errors);
    }

    @ExceptionHandler(LedgerInputException.class)
    ResponseEntity<ProblemDetail> refused(LedgerInputException refused) {
        return badRequest(List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        String field = "$";
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.databind.DatabindException databind && !databind.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference reference : databind.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                field = path.toString();
                break;
            }
        }
        return badRequest(List.of(Map.of("field", field, "message", "is not readable: check its type and format")));
    }

    @ExceptionHandler(LedgerNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(LedgerNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> errors) {
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    // --- ids in paths: a malformed one is simply not found ------------------------------------------

    static ClaimId claimId(String text) {
        return parse(text, "claim", ClaimId::of);
    }

    static TransferId transferId(String text) {
        return parse(text, "transfer", TransferId::of);
    }

    static AgreementId agreementId(String text) {
        return parse(text, "agreement", AgreementId::of);
    }

    static OfferId offerId(String text) {
        return parse(text, "offer", OfferId::of);
    }

    static SourceId sourceId(String text) {
        return parse(text, "source", SourceId::of);
    }

    private static <T> T parse(String text, String what, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException malformed) {
            throw new LedgerNotFoundException(what, text);
        }
    }
}
