package org.homeward.app.security;

import jakarta.servlet.DispatcherType;

import org.homeward.app.audit.AuditEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Who may see what. Every request is decided by what its controller method declares
 * ({@link EndpointAccess}); people sign in with a form and a session, programs with a personal API
 * token; forms carry CSRF tokens; sessions get a new id at sign-in; pages are sent with a strict
 * Content-Security-Policy, frame denial and no referrer to other sites. No default account or
 * password exists anywhere: the first start prints a one-time setup link.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** The web part: absent when a command runs without the web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, ApplicationContext context, PasswordAuthentication passwords,
                ApiTokens tokens, UserStore users, ApplicationEventPublisher events) throws Exception {
            http.authorizeHttpRequests(requests -> requests
                            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                            .requestMatchers("/error").permitAll()
                            // health and its liveness and readiness groups for everybody, without details; the
                            // other actuator endpoints (the Prometheus scrape) for operators only
                            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(Permission.METRICS_READ.name())
                            .anyRequest().access(new EndpointAccess(context)))
                    // the only manager, without Spring Boot's global parent: a parent holding the same
                    // provider would check (and count) every failed password a second time
                    .authenticationManager(new ProviderManager(passwords))
                    .formLogin(form -> form
                            .loginPage("/login")
                            .successHandler(new RoleHomes())
                            .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                    + signInFailure(failure))))
                    .logout(logout -> logout.logoutSuccessUrl("/?signedOut").addLogoutHandler((request, response, who) -> {
                        if (who != null) {
                            events.publishEvent(AuditEvent.of("logout.succeeded", null).as(who.getName()));
                        }
                    }))
                    .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                    .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearerToken))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new ProblemOrLoginEntryPoint())
                            .accessDeniedHandler((request, response, denied) -> ProblemOrLoginEntryPoint.forbidden(request, response)))
                    .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                    .addFilterAfter(new AccountStateFilter(users), SecurityContextHolderFilter.class)
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
            return http.build();
        }

        /**
         * Spring Session's filter over {@link RequestSessions} (the stored sessions without a request's
         * round trips that change nothing), with the session cookie as Spring Boot configures it; the JDBC
         * repository itself stays the bean (expired sessions are deleted through it).
         */
        @Bean
        static BeanPostProcessor requestSessionsFilter(ObjectProvider<JdbcIndexedSessionRepository> sessions,
                ObjectProvider<CookieSerializer> cookies, Environment environment) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof RequestSessions.Filter<?>) {
                        return bean;
                    }
                    if (!"on-set-attribute".equals(environment.getProperty("spring.session.jdbc.save-mode"))) {
                        throw new IllegalStateException("RequestSessions saves a session's attributes only when they are set: "
                                + "spring.session.jdbc.save-mode must be on-set-attribute");
                    }
                    var filter = new RequestSessions.Filter<>(new RequestSessions<>(sessions.getObject()));
                    CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
                    ids.setCookieSerializer(cookies.getObject());
                    filter.setHttpSessionIdResolver(ids);
                    return filter;
                }
            };
        }
    }

    /** Where a failed sign-in goes: the page says whether the account or the client address is locked. */
    static String signInFailure(AuthenticationException failure) {
        if (failure instanceof PasswordAuthentication.SignInLockedException locked && locked.lock().kind() == LoginThrottle.Lock.Kind.ADDRESS) {
            return "/login?addressLocked";
        }
        return failure instanceof LockedException ? "/login?locked" : "/login?error";
    }

    /** bcrypt, behind the delegating encoder ({bcrypt}…), so a stronger algorithm can be added later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static AuthorizationAdvisor requiresPermissionAdvisor() {
        return RequiresPermissionAdvisor.create();
    }
}
