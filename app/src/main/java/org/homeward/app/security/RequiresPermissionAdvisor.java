package org.homeward.app.security;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.stereotype.Controller;

/**
 * {@link RequiresPermission} on methods of Spring beans other than controllers (whose requests
 * {@link EndpointAccess} decides earlier): the call fails with {@code AccessDeniedException} when
 * the signed-in user lacks the permission, and with {@code AuthenticationCredentialsNotFoundException}
 * when nobody is signed in.
 */
final class RequiresPermissionAdvisor {

    private RequiresPermissionAdvisor() {
    }

    static AuthorizationManagerBeforeMethodInterceptor create() {
        AuthorizationManager<MethodInvocation> manager = (authentication, invocation) -> {
            Permission needed = required(invocation.getMethod(), AopUtils.getTargetClass(invocation.getThis()));
            boolean granted = authentication.get().getAuthorities().stream()
                    .anyMatch(authority -> needed.name().equals(authority.getAuthority()));
            return new AuthorizationDecision(granted);
        };
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(new Pointcut(), manager);
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() - 1);
        return interceptor;
    }

    static Permission required(Method method, Class<?> targetClass) {
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        RequiresPermission annotation = AnnotatedElementUtils.findMergedAnnotation(specific, RequiresPermission.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(targetClass, RequiresPermission.class);
        }
        return annotation == null ? null : annotation.value();
    }

    private static final class Pointcut extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return !AnnotatedElementUtils.hasAnnotation(targetClass, Controller.class) && required(method, targetClass) != null;
        }
    }
}
