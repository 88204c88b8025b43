package org.homeward.app.web;

import org.homeward.app.common.TypedId;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads every {@link TypedId} in a JSON body from its plain value ({@code "MP-17"}, {@code 42})
 * through {@link TypedId#parse}, the reading the web's converter uses too; writing needs nothing, as
 * each kind of id carries its {@code @JsonValue}. An id of the wrong form is refused at its JSON path
 * with the id's own message ("not a run id: x"); a value of the wrong type (an object, a list, a number
 * for a text id) as the wrong type.
 */
@Component
class TypedIdModule extends SimpleModule {

    TypedIdModule() {
        super("homeward-typed-ids");
        setDeserializers(new SimpleDeserializers() {
            @Override
            public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription.Supplier description) {
                return TypedId.class.isAssignableFrom(type.getRawClass())
                        ? new Reader(type.getRawClass().asSubclass(TypedId.class)) : null;
            }

            @Override
            public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
                return TypedId.class.isAssignableFrom(type);
            }
        });
    }

    private static final class Reader extends StdScalarDeserializer<TypedId> {

        private final Class<? extends TypedId> type;

        Reader(Class<? extends TypedId> type) {
            super(type);
            this.type = type;
        }

        @Override
        public TypedId deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            boolean written = parser.hasToken(JsonToken.VALUE_STRING)
                    || parser.hasToken(JsonToken.VALUE_NUMBER_INT) && TypedId.Serial.class.isAssignableFrom(type);
            if (!written) {
                return (TypedId) context.handleUnexpectedToken(type, parser);
            }
            try {
                return TypedId.parse(type, parser.getString());
            } catch (IllegalArgumentException refused) {
                throw new InputHygieneModule.RefusedValueException(parser, refused.getMessage(), type);
            }
        }
    }
}
