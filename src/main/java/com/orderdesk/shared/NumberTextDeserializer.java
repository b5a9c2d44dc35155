package com.orderdesk.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a phone number or postal code as typed in Japan, full-width digits and Japanese dashes
 * included ({@code ０３－１２３４－５６７８}, {@code １５０ー０００１}), as ASCII digits and hyphens
 * ({@link JapaneseText#digitsAndHyphens}), so that validation and storage see one form. Put it on
 * a field with {@code @JsonDeserialize(using = NumberTextDeserializer.class)}.
 */
public final class NumberTextDeserializer extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        return JapaneseText.digitsAndHyphens(parser.getString());
    }
}
