package org.homeward.app.web;

import java.util.Set;

import org.homeward.app.common.TypedId;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Path variables, request parameters and form fields into the application's typed ids (every {@link
 * TypedId}: {@code MissingPersonId}, {@code BodyNumber}, {@code TransferId}...) through {@link
 * TypedId#parse}. A text that is not an id fails the conversion, which Spring answers with 400 (or a
 * field error on a form), never 500; blank converts to null, so an optional select left empty is
 * simply absent.
 */
final class TypedIdConverter implements ConditionalGenericConverter {

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, TypedId.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return TypedId.class.isAssignableFrom(targetType.getType());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String text = source == null ? "" : ((String) source).strip();
        return text.isEmpty() ? null : TypedId.parse(targetType.getType().asSubclass(TypedId.class), text);
    }
}
