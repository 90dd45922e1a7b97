package jsa.tracker;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import jsa.JsaException;

/**
 * The application history spreadsheet: its columns, a row's cells for an application, and the
 * reading of a CSV file into numbered lines (RFC 4180 quoting, CRLF or LF, a UTF-8 BOM ignored).
 */
public final class ApplicationCsv {
    /** The columns, in file order; {@code company}, {@code listing_job_title} and {@code applied_date} are required. */
    public static final List<String> COLUMNS = List.of(
            "company",
            "listing_job_title",
            "role",
            "specialization",
            "level",
            "location",
            "work_setting",
            "min_experience_years",
            "min_salary",
            "max_salary",
            "source",
            "external_job_id",
            "applied_date",
            "status",
            "status_date",
            "outcome",
            "outcome_date");

    private static final List<String> REQUIRED = List.of("company", "listing_job_title", "applied_date");

    /**
     * One data line of the file: its line number and its cells by column (blank cells absent), or
     * what is wrong with its shape.
     */
    record Line(int number, Map<String, String> cells, String problem) {
        String get(String column) {
            return cells.get(column);
        }
    }

    private ApplicationCsv() {}

    /** The cells of {@code row}, one per column of {@link #COLUMNS}; empty for unknown values. */
    public static List<String> values(ApplicationRow row) {
        return Arrays.asList(
                row.company(),
                row.listingJobTitle(),
                text(row.role()),
                text(row.specialization()),
                text(row.level()),
                text(row.location()),
                text(row.workSetting()),
                text(row.minExperienceYears()),
                text(row.minSalary()),
                text(row.maxSalary()),
                text(row.source()),
                text(row.externalJobId()),
                row.appliedDate().toString(),
                text(row.state()),
                text(row.statusDate()),
                text(row.outcome()),
                text(row.outcomeDate()));
    }

    /**
     * The data lines of a CSV {@code text} with a header line naming columns of {@link #COLUMNS},
     * in any order; blank lines are skipped.
     *
     * @throws JsaException when the header lacks a required column or names an unknown one, or the
     *     text is not CSV
     */
    static List<Line> read(String text, String file) {
        // Jackson reads a BOM only from bytes; a spreadsheet's UTF-8 export starts with one
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvMapper mapper = CsvMapper.builder()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build();
        try (JsonParser parser = mapper.createParser(body)) {
            parser.nextToken();
            List<String> header = new ArrayList<>();
            if (readRecord(parser, header) < 0) {
                throw JsaException.usage(file + " is empty", "give a CSV file whose first line names the columns");
            }
            header.replaceAll(h -> h.strip().toLowerCase(Locale.ROOT));
            checkHeader(header, file);
            List<Line> lines = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int number = readRecord(parser, cells); number > 0; number = readRecord(parser, cells)) {
                if (cells.size() != header.size()) {
                    lines.add(new Line(
                            number, Map.of(), "it has " + cells.size() + " cells, the header " + header.size()));
                    continue;
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (!cells.get(i).isBlank()) {
                        byColumn.put(header.get(i), cells.get(i).strip());
                    }
                }
                lines.add(new Line(number, byColumn, null));
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof JsaException known) {
                throw known;
            }
            throw JsaException.usage(
                    file + " is not valid CSV ("
                            + e.getMessage().lines().findFirst().orElse("") + ")",
                    "check its quoting");
        }
    }

    /**
     * Reads the next record's cells into {@code cells} and returns the line it starts on, or -1 at
     * the end; the line is the first cell's, since a record's own start token comes after blank lines.
     */
    private static int readRecord(JsonParser parser, List<String> cells) throws IOException {
        cells.clear();
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return -1;
        }
        int line = -1;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            if (line < 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            cells.add(parser.getText());
        }
        return line;
    }

    private static void checkHeader(List<String> header, String file) {
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw JsaException.usage(
                        file + " has an unknown column '" + column + "'",
                        "the columns are " + String.join(", ", COLUMNS));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw JsaException.usage(
                        file + " has no column '" + column + "'",
                        "the first line names the columns; " + String.join(", ", REQUIRED) + " are required");
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A date cell, or null when blank; {@code line} names the column and problem otherwise. */
    static LocalDate date(Line line, String column) {
        String value = line.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw JsaException.usage(column + " '" + value + "' is not a date (YYYY-MM-DD)", null);
        }
    }
}
