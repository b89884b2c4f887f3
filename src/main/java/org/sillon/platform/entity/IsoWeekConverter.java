package org.sillon.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link IsoWeek} as its text, {@code 2026-W52}: readable in SQL, sorted as it reads. */
@Converter
public class IsoWeekConverter implements AttributeConverter<IsoWeek, String> {

    @Override
    public String convertToDatabaseColumn(IsoWeek week) {
        return week == null ? null : week.toString();
    }

    @Override
    public IsoWeek convertToEntityAttribute(String text) {
        return text == null ? null : IsoWeek.parse(text);
    }
}
