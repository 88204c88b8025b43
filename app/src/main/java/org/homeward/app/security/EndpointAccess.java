package org.homeward.app.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Decides every request by what its controller method declares ({@link PublicEndpoint},
 * {@link SignedIn} or {@link RequiresPermission}, and {@link BrowserSessionOnly}), before the request reaches the controller or
 * its arguments are read. A Homeward controller method that declares nothing is refused to
 * everybody (and logged). Requests that no Homeward controller handles (the API documentation,
 * unknown addresses) need a signed-in user.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class EndpointAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Logger log = LoggerFactory.getLogger(EndpointAccess.class);
    private static final String OUR_PACKAGE = "org.homeward.";
    private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD);

    /** What an endpoint declares. */
    record Declaration(Kind kind, Permission permission, boolean browserSessionOnly) {
        enum Kind { PUBLIC, SIGNED_IN, PERMISSION, UNDECLARED, NOT_OURS }

        Declaration(Kind kind, Permission permission) {
            this(kind, permission, false);
        }

        static Declaration of(HandlerMethod handler) {
            Method method = handler.getMethod();
            Class<?> type = handler.getBeanType();
            if (!type.getName().startsWith(OUR_PACKAGE)) {
                return new Declaration(Kind.NOT_OURS, null);
            }
            Declaration declared = declared(method).or(() -> writes(type, method)).or(() -> declared(type))
                    .orElse(new Declaration(Kind.UNDECLARED, null));
            boolean browserSessionOnly = AnnotatedElementUtils.hasAnnotation(method, BrowserSessionOnly.class)
                    || AnnotatedElementUtils.hasAnnotation(type, BrowserSessionOnly.class);
            return new Declaration(declared.kind(), declared.permission(), browserSessionOnly);
        }

        /** The class's {@link RequiresPermission#writes()}, for a method mapped to anything but GET. */
        private static Optional<Declaration> writes(Class<?> type, Method method) {
            RequiresPermission requires = AnnotatedElementUtils.findMergedAnnotation(type, RequiresPermission.class);
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
            if (requires == null || requires.writes().length == 0 || mapping == null
                    || (mapping.method().length > 0 && Arrays.stream(mapping.method()).allMatch(READS::contains))) {
                return Optional.empty();
            }
            if (requires.writes().length > 1) {
                throw new IllegalStateException(type.getName() + " names more than one permission for its writes");
            }
            return Optional.of(new Declaration(Kind.PERMISSION, requires.writes()[0]));
        }

        private static Optional<Declaration> declared(java.lang.reflect.AnnotatedElement element) {
            RequiresPermission requires = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
            if (requires != null) {
                return Optional.of(new Declaration(Kind.PERMISSION, requires.value()));
            }
            if (AnnotatedElementUtils.hasAnnotation(element, SignedIn.class)) {
                return Optional.of(new Declaration(Kind.SIGNED_IN, null));
            }
            if (AnnotatedElementUtils.hasAnnotation(element, PublicEndpoint.class)) {
                return Optional.of(new Declaration(Kind.PUBLIC, null));
            }
            return Optional.empty();
        }
    }

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final ApplicationContext context;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final Map<Method, Declaration> declarations = new ConcurrentHashMap<>();
    private volatile RequestMappingHandlerMapping mapping;

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) {
        Optional<HandlerMethod> handler = handler(request.getRequest());
        Declaration declaration = handler.map(h -> declarations.computeIfAbsent(h.getMethod(), m -> Declaration.of(h)))
                .orElse(new Declaration(Declaration.Kind.NOT_OURS, null));
        Authentication who = authentication.get();
        if (declaration.browserSessionOnly() && who instanceof BearerTokenAuthentication) {
            return DENIED;
        }
        AuthorizationDecision decision = switch (declaration.kind()) {
            case PUBLIC -> GRANTED;
            case SIGNED_IN, NOT_OURS -> signedIn(who) ? GRANTED : DENIED;
            case PERMISSION -> signedIn(who) && holds(who, declaration.permission()) ? GRANTED : DENIED;
            case UNDECLARED -> {
                log.error("Refused {} {}: {} declares neither @RequiresPermission, @SignedIn nor @PublicEndpoint",
                        request.getRequest().getMethod(), request.getRequest().getRequestURI(), handler.get().getShortLogMessage());
                yield DENIED;
            }
        };
        if (decision.isGranted() && handler.isPresent()) {
            AuthorizedHandler.remember(request.getRequest(), handler.get());
        }
        return decision;
    }

    private boolean signedIn(Authentication authentication) {
        return authentication != null && trust.isAuthenticated(authentication);
    }

    private static boolean holds(Authentication authentication, Permission permission) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (permission.name().equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** The controller method that will handle {@code request}, found without disturbing the request. */
    private Optional<HandlerMethod> handler(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping().getHandler(new PrivateAttributes(request));
            if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
                return Optional.of(method);
            }
        } catch (Exception noMatch) {
            // wrong method or media type: Spring MVC answers 405/406 once the request is let through
        }
        return Optional.empty();
    }

    private RequestMappingHandlerMapping mapping() {
        RequestMappingHandlerMapping found = mapping;
        if (found == null) {
            found = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            mapping = found;
        }
        return found;
    }

    /** The request with its own attribute map, so the lookup leaves no attributes behind. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
