package org.improvementtracker.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.improvementtracker.accounts.ApiTokenAuthentication.SignedInWithToken;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-Organisation: <id>} on an API request chooses which of the caller's organisations it acts in;
 * without it, HTTP Basic acts in the account's default organisation (the one sign-in starts in) and a
 * token in the organisation it was created in. HTTP Basic may name any organisation the account is an
 * active member of; a token only its own, so a leaked token reaches no further than one organisation.
 * Any other id answers 404, whether or not such an organisation exists.
 */
final class OrganisationHeader extends OncePerRequestFilter {

    static final String NAME = "X-Organisation";

    private final Memberships memberships;

    OrganisationHeader(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(NAME);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (header == null || signedIn == null || !(signedIn.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.strip().matches("\\d{1,18}")) {
            problem(response, 400, "Invalid request", NAME + " must be the id of one of your organisations (a number).");
            return;
        }
        long organisationId = Long.parseLong(header.strip());
        Optional<SignedInUser> chosen = signedIn instanceof SignedInWithToken
                ? Optional.of(user).filter(tokenUser -> tokenUser.organisationId() == organisationId)
                : memberships.signedInAs(user.accountId(), organisationId);
        if (chosen.isEmpty()) {
            problem(response, 404, "Not found", "Organisation " + organisationId
                    + " was not found among those you may work in" + (signedIn instanceof SignedInWithToken
                    ? " with this token (a token works only in the organisation it was created in)." : "."));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(chosen.get(), null,
                chosen.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String errors = status == 400 ? ",\"errors\":[{\"field\":\"" + NAME + "\",\"message\":\"" + detail + "\"}]" : "";
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + errors + "}");
    }
}
