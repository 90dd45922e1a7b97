package jsa.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A local date and time: ISO ({@code 2026-12-01T14:30}) or {@code 2026-12-01 14:30}. */
final class DateTimeInput implements ITypeConverter<LocalDateTime> {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Override
    public LocalDateTime convert(String value) {
        String text = value.strip();
        try {
            return text.contains("T") ? LocalDateTime.parse(text) : LocalDateTime.parse(text, SPACED);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not a date and time; write 2026-12-01 14:30 or 2026-12-01T14:30");
        }
    }
}
