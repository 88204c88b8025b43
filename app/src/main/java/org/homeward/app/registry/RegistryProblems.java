package org.homeward.app.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.security.StaleRecordException;
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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The registry API's refusals as RFC 9457 problem details naming the field: Bean Validation errors,
 * {@link RegistryInputException} (every problem of a pedigree at once), lab files refused per row,
 * unreadable JSON (with its JSON path), unknown ids (404), stale versions (409). Each problem has
 * {@code errors}: a list of {@code {field, message}}.
 */
@RestControllerAdvice(assignableTypes = RegistryApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

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

    @ExceptionHandler(RegistryInputException.class)
    ResponseEntity<ProblemDetail> refused(RegistryInputException refused) {
        return badRequest(refused.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException rejected) {
        List<Map<String, String>> errors = rejected.problems().stream()
                .map(p -> Map.of("field", p.path(), "message", p.message())).toList();
        ResponseEntity<ProblemDetail> response = badRequest(errors);
        response.getBody().setTitle("Lab file refused, nothing imported");
        return response;
    }

    @ExceptionHandler({org.springframework.web.multipart.MultipartException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> noFile(Exception missing) {
        return badRequest(List.of(Map.of("field", "file", "message", "send the lab file as the multipart form field 'file'")));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegal(IllegalArgumentException refused) {
        return badRequest(List.of(Map.of("field", "$", "message", String.valueOf(refused.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch) {
        if (mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return notFound(new RegistryNotFoundException(mismatch.getName(), mismatch.getValue()));
        }
        return badRequest(List.of(Map.of("field", mismatch.getName(), "message", "is not a valid value")));
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

    @ExceptionHandler(RegistryNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RegistryNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException stale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, stale.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> errors) {
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
