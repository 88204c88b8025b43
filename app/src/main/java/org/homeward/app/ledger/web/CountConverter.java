package org.homeward.app.ledger.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A ledger form's typed number into a {@link Count} (Spring Boot registers converter beans with the
 * web's conversion): a text that is no whole number fails the conversion, which is the field's error;
 * blank converts to null, so a figure left empty is simply absent.
 */
@Component
class CountConverter implements Converter<String, Count> {

    @Override
    public Count convert(String text) {
        return text.isBlank() ? null : Count.of(text.strip());
    }
}
