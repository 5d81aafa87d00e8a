package org.improvementtracker.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the size limits ({@code spring.servlet.multipart.max-file-size} and {@code max-request-size})
 * gets a plain answer: on a page, the form again with the problem by its file field; on the API, a 413
 * problem detail. Without this the container drops the form's fields when the file is too large, so the
 * CSRF check, which runs first, would refuse the request as forged with the "You cannot do that" page.
 * It reads the multipart body ahead of Spring Security for that reason; the parts are kept for the
 * application, and nothing here trusts the request (a page only gets a redirect to the form).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class OversizeUploads extends OncePerRequestFilter {

    /** Where the page's form shows its file field's problem (the flash attribute the upload pages read). */
    static final String FILE_PROBLEM = "fileProblem";

    private final MultipartResolver multipart;
    private final String limit;

    OversizeUploads(MultipartResolver multipart, MultipartProperties properties) {
        this.multipart = multipart;
        DataSize largest = properties.getMaxFileSize();
        this.limit = largest.toMegabytes() >= 1 ? largest.toMegabytes() + " MB" : largest.toKilobytes() + " KB";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (multipart.isMultipart(request)) {
            try {
                multipart.resolveMultipart(request);
            } catch (MaxUploadSizeExceededException tooLarge) {
                refuse(request, response);
                return;
            } catch (MultipartException unreadable) {
                // Not a size problem: the application's own handling answers it, as for any bad request.
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String message = "The selected file must be smaller than " + limit;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                    + "\"detail\":\"" + message + ".\",\"errors\":[{\"field\":\"file\",\"message\":\"" + message + "\"}]}");
            return;
        }
        FlashMap problem = new FlashMap();
        problem.put(FILE_PROBLEM, message);
        problem.setTargetRequestPath(request.getRequestURI());
        new SessionFlashMapManager().saveOutputFlashMap(problem, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getRequestURI());
    }
}
