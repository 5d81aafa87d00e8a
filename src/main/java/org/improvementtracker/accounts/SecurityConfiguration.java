package org.improvementtracker.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the JSON API takes a personal API token (Bearer) or HTTP Basic and keeps no session (so
 * no CSRF token is needed, and no cookie can be ridden); the pages use a form sign-in, the organisation's
 * identity provider or both, with CSRF protection on every form. With local passwords switched off, the
 * sign-in form and HTTP Basic are not there at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Spring Security's events for every sign-in, with one change: a failure it has no event of its own for
     * (the identity provider's user refused here, for one) is still published as a failed sign-in, so the
     * audit trail hears of it.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    /**
     * The ways in for both doors: the password check behind the sign-in throttle (unless local passwords are
     * off) and the identity provider (when one is configured). Every sign-in, whichever way, publishes
     * Spring Security's authentication success or failure event.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwords,
            SignInThrottle throttle, AuthenticationEventPublisher events, SignInMethods methods) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (methods.localPasswords()) {
            DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
            passwordCheck.setPasswordEncoder(passwords);
            providers.add(new ThrottledAuthentication(passwordCheck, throttle));
        }
        if (methods.openIdConnect()) {
            providers.add(new OpenIdSignIn(accounts));
        }
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, Clock clock, ApiTokens tokens,
            Memberships memberships, SignInMethods methods) throws Exception {
        ApiAuthenticationEntryPoint signIn = new ApiAuthenticationEntryPoint(clock, methods.localPasswords());
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(ApiTokenAuthentication.filter(tokens, signIn), BasicAuthenticationFilter.class)
                .addFilterAfter(new OrganisationHeader(memberships), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signIn))
                .headers(SecurityConfiguration::headers);
        if (methods.localPasswords()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(signIn));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication, SignInMethods methods,
            Accounts accounts, Invitations invitations) throws Exception {
        SignInSuccess signedIn = new SignInSuccess(accounts, invitations);
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/login", "/invitation", "/error", "/actuator/health")
                        .permitAll()
                        .anyRequest().authenticated())
                // Our sign-in page, never a redirect straight to the identity provider: it explains refusals.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(SecurityConfiguration::headers);
        if (methods.localPasswords()) {
            http.formLogin(form -> form.loginPage("/login").successHandler(signedIn));
        }
        if (methods.openIdConnect()) {
            http.oauth2Login(login -> login.loginPage("/login").successHandler(signedIn).failureUrl("/login?error"));
        }
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }
}
