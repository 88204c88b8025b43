package org.homeward.app.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Path variables, request parameters and form fields into the application's typed ids: any record
 * of {@code org.homeward.app} with a public static {@code of(String)} factory ({@code MissingPersonId},
 * {@code BodyNumber}, {@code TransferId}...). A text that is not an id fails the conversion, which
 * Spring answers with 400 (or a field error on a form), never 500; blank converts to null, so an
 * optional select left empty is simply absent.
 */
final class TypedIdConverter implements ConditionalGenericConverter {

    private static final String APPLICATION = "org.homeward.app.";

    private final Map<Class<?>, Optional<Method>> factories = new ConcurrentHashMap<>();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Record.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return factory(targetType.getType()).isPresent();
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String text = source == null ? "" : ((String) source).strip();
        if (text.isEmpty()) {
            return null;
        }
        Method of = factory(targetType.getType()).orElseThrow();
        try {
            return of.invoke(null, text);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(refused.getCause());
        } catch (IllegalAccessException inaccessible) {
            throw new IllegalStateException(inaccessible);
        }
    }

    private Optional<Method> factory(Class<?> type) {
        return factories.computeIfAbsent(type, TypedIdConverter::findFactory);
    }

    private static Optional<Method> findFactory(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith(APPLICATION)) {
            return Optional.empty();
        }
        try {
            Method of = type.getMethod("of", String.class);
            return Modifier.isStatic(of.getModifiers()) && of.getReturnType() == type ? Optional.of(of) : Optional.empty();
        } catch (NoSuchMethodException notAnId) {
            return Optional.empty();
        }
    }
}
