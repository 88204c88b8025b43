package org.homeward.app.remains.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.genetics.ImportRejectedException;
import org.homeward.app.ledger.LedgerInputException;
import org.homeward.app.remains.RemainsInputException;
import org.homeward.app.remains.RemainsNotFoundException;
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
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The register API's refusals as RFC 9457 problem details with {@code errors}: a list of
 * {@code {field, message}} (Bean Validation, the register's own checks, unreadable JSON with its
 * path) or, for an imported file, {@code {row, column, message}}. Unknown codes are 404.
 */
@RestControllerAdvice(assignableTypes = RemainsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RemainsProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            errors.add(error(error.getField(), String.valueOf(error.getDefaultMessage())));
        }
        invalid.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(error(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
        return badRequest("Invalid request", errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException invalid) {
        List<Map<String, Object>> errors = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(error(result.getMethodParameter().getParameterName(), String.valueOf(error.getDefaultMessage())))));
        return badRequest("Invalid request", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return badRequest("Invalid request", List.of(error(mismatch.getName(), "is not a valid value")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException missing) {
        return badRequest("Invalid request", List.of(error(missing.getRequestPartName(), "is required")));
    }

    @ExceptionHandler(RemainsInputException.class)
    ResponseEntity<ProblemDetail> refused(RemainsInputException refused) {
        return badRequest("Invalid request", List.of(error(refused.field(), refused.getMessage())));
    }

    @ExceptionHandler(LedgerInputException.class)
    ResponseEntity<ProblemDetail> refusedByLedger(LedgerInputException refused) {
        return badRequest("Invalid request", List.of(error(refused.field(), refused.getMessage())));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException rejected) {
        List<Map<String, Object>> errors = new ArrayList<>();
        rejected.problems().forEach(problem -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", problem.path());
            error.put("row", problem.row());
            error.put("column", problem.column());
            error.put("message", problem.message());
            errors.add(error);
        });
        ResponseEntity<ProblemDetail> response = badRequest("File not imported", errors);
        response.getBody().setDetail("Nothing was imported: " + rejected.problems().size()
                + (rejected.problems().size() == 1 ? " problem" : " problems") + ", the first: " + rejected.problems().get(0));
        return response;
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
        return badRequest("Invalid request", List.of(error(field, "is not readable: check its type and format")));
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(org.springframework.web.multipart.MultipartException notMultipart) {
        if (notMultipart instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return badRequest("Invalid request", List.of(error("file", "send the file as multipart/form-data")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException tooLarge) {
        return badRequest("File too large", List.of(error("file", "is larger than the upload limit")));
    }

    @ExceptionHandler(RemainsNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RemainsNotFoundException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static ResponseEntity<ProblemDetail> badRequest(String title, List<Map<String, Object>> errors) {
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
