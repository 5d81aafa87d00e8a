package org.improvementtracker.support.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.InvalidRowsException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.UploadTooLargeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the JSON API. Validation failures carry an {@code errors} list
 * naming each field, so a script can point at what to fix.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "Not found", notFound.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException conflict) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Changed by someone else",
                conflict.getMessage() + " since you loaded it. Fetch it again and reapply your change.");
        if (!conflict.current().isEmpty()) {
            problem.setProperty("current", conflict.current());
        }
        return problem;
    }

    /** Without this, a refused role got Spring Boot's error JSON (and a session cookie) rather than a problem. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed",
                "Your role does not allow this. Administrators manage members; plan owners and administrators build "
                        + "and change plans; contributors write updates only for the actions they lead or are responsible for.");
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException invalid) {
        return invalid(invalid.problems());
    }

    /** An upload's problems name the row and column as the spreadsheet shows them, not a JSON field. */
    @ExceptionHandler(InvalidRowsException.class)
    ProblemDetail invalidRows(InvalidRowsException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid file",
                "Nothing was saved: " + invalid.problems().size() + " problem"
                        + (invalid.problems().size() == 1 ? "" : "s") + " in the file, each naming its row and column");
        problem.setProperty("errors", invalid.problems().stream().map(row -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", row.row());
            error.put("column", row.column());
            error.put("value", row.value());
            error.put("message", row.message());
            return error;
        }).toList());
        return problem;
    }

    /** A file over the feature's limit: 413, naming where the file came in (a form field, or the body). */
    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(UploadTooLargeException tooLarge) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", tooLarge.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", tooLarge.field(), "message", tooLarge.getMessage())));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::fieldProblem)
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    /** Where the JSON is well formed but a value has the wrong type, the problem names the field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The request body is not valid JSON of the expected shape: check field types and dates (YYYY-MM-DD).");
        String field = fieldOf(ex.getCause());
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message",
                    "This value has the wrong type: numbers unquoted, true or false, dates as YYYY-MM-DD")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldOf(Throwable cause) {
        if (!(cause instanceof JacksonException jackson)) {
            return null;
        }
        String field = jackson.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.isEmpty() ? null : field;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "Some fields are not valid: " + String.join(", ", errors.stream().map(FieldProblem::field).toList()));
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
