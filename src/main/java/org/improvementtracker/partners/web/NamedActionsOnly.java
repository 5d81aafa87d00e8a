package org.improvementtracker.partners.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.PartnerAccess;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Keeps partners (contributors limited to named actions) to their actions, for every route of the
 * application in one place: a route not marked {@link OpenToPartners} refuses them, and an open route
 * about an action refuses them unless the action in its path is one of theirs. Pages answer with the
 * 403 page, the API with a problem; the answer is the same whether or not the id exists anywhere, so it
 * tells a partner nothing about other actions or other organisations.
 */
class NamedActionsOnly implements HandlerInterceptor {

    /** Set on a partner's requests, so that pages (the menu, the 403 page) speak to them. */
    static final String LIMITED = "limitedToNamedActions";

    private final PartnerAccess access;

    NamedActionsOnly(PartnerAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod route) || request.getDispatcherType() == DispatcherType.ERROR) {
            return true;
        }
        Optional<Set<Long>> named = signedIn().flatMap(access::namedActions);
        if (named.isEmpty()) {
            return true;
        }
        request.setAttribute(LIMITED, true);
        if ("/".equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) {
            // A partner's home is their actions: the plans list would only refuse them.
            response.sendRedirect(request.getContextPath() + "/my-actions");
            return false;
        }
        if (!isOpen(route) || !reachesOnly(named.get(), pathVariables(request))) {
            throw refusal();
        }
        return true;
    }

    private static boolean isOpen(HandlerMethod route) {
        return AnnotatedElementUtils.hasAnnotation(route.getMethod(), OpenToPartners.class)
                || AnnotatedElementUtils.hasAnnotation(route.getBeanType(), OpenToPartners.class);
    }

    /** A route about an action reaches only a named one; one about a plan but no action never opens. */
    private static boolean reachesOnly(Set<Long> named, Map<String, String> variables) {
        String actionId = variables.get("actionId");
        if (actionId == null) {
            return !variables.containsKey("planId");
        }
        try {
            return named.contains(Long.parseLong(actionId));
        } catch (NumberFormatException notAnId) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }

    private static Optional<SignedInUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    private static ErrorResponseException refusal() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your access is limited to named actions: you can open and update only the actions an administrator "
                        + "named for you, listed under My actions.");
        problem.setTitle("Limited to named actions");
        problem.setType(URI.create("about:blank"));
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }
}
