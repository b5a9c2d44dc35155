package com.orderdesk.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string the API reads (values and map keys) is refused with 400 naming the field when
 * it holds what {@link StrictText} refuses. Boot registers the module in the application's mapper.
 * Whole numbers are kept whole by {@code spring.jackson.deserialization.accept-float-as-int: false}
 * (1080.9 yen or 2.7 pieces is a 400, not 1080 or 2).
 */
@Configuration(proxyBeanMethods = false)
class StrictTextConfiguration {

    @Bean
    JacksonModule strictTextModule() {
        return new SimpleModule("strict-text").addDeserializer(String.class, new StrictStrings())
                .addKeyDeserializer(String.class, new StrictKeys());
    }

    /** Jackson's own string reading, then the check; a refusal is an InvalidFormatException on the field. */
    static final class StrictStrings extends StdScalarDeserializer<String> {

        StrictStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = value == null ? null : StrictText.problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, String.class);
            }
            return value;
        }
    }

    static final class StrictKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String problem = StrictText.problem(key);
            if (problem != null) {
                throw InvalidFormatException.from(context.getParser(), problem, key, String.class);
            }
            return key;
        }
    }
}
