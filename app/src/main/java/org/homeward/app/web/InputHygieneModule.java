package org.homeward.app.web;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link InputHygiene} for every string and date of every JSON body: the mapper's own reader of each
 * is wrapped, so a refused value is a 400 at its JSON path ({@code $.statement.speaker}) before any
 * feature sees it.
 */
@Component
class InputHygieneModule extends SimpleModule {

    InputHygieneModule() {
        super("homeward-input-hygiene");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                return InputHygiene.checks(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
            }
        });
    }

    /** A value refused at the door: ApiProblems answers it with its message at its path. */
    static final class RefusedValueException extends MismatchedInputException {

        RefusedValueException(JsonParser parser, String message, Class<?> type) {
            super(parser, message, type);
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws JacksonException {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private Object checked(JsonParser parser, Object value) {
            String refusal = InputHygiene.refusal(value);
            if (refusal != null) {
                throw new RefusedValueException(parser, refusal, handledType());
            }
            return value;
        }
    }
}
