package com.orderdesk.payment.internal;

import com.orderdesk.payment.ProviderCode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ProviderCode} by its name, as the enum it replaced did; reads undeclared names too. */
@Converter(autoApply = true)
class ProviderCodeConverter implements AttributeConverter<ProviderCode, String> {

    @Override
    public String convertToDatabaseColumn(ProviderCode code) {
        return code == null ? null : code.name();
    }

    @Override
    public ProviderCode convertToEntityAttribute(String name) {
        return name == null ? null : ProviderCode.stored(name);
    }
}
