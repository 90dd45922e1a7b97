package jsa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Prints rows as an aligned table, CSV (RFC 4180 quoting), a Markdown table, or JSON (the
 * records themselves, with snake_case names).
 */
final class RowPrinter {
    private RowPrinter() {}

    static void print(
            PrintWriter out, OutputFormat format, List<String> headers, List<List<String>> rows, Object records) {
        switch (format) {
            case json -> StructuredOutput.json(out, records);
            case csv -> csv(out, headers, rows);
            case md -> markdown(out, headers, rows);
            case table -> {
                Columns table = new Columns();
                table.row(headers.toArray(String[]::new));
                rows.forEach(row ->
                        table.row(row.stream().map(c -> c == null ? "" : c).toArray(String[]::new)));
                table.print(out);
            }
        }
    }

    // Straight to the output: a 50,000-row list never exists as one string.
    private static void csv(PrintWriter out, List<String> headers, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        headers.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        try (SequenceWriter writer = mapper.writer(schema.build()).writeValues(out)) {
            for (List<String> row : rows) {
                writer.write(row.toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV", e);
        }
        out.flush();
    }

    private static void markdown(PrintWriter out, List<String> headers, List<List<String>> rows) {
        out.println(
                "| " + String.join(" | ", headers.stream().map(RowPrinter::cell).toList()) + " |");
        out.println("|" + " --- |".repeat(headers.size()));
        rows.forEach(row -> out.println(
                "| " + String.join(" | ", row.stream().map(RowPrinter::cell).toList()) + " |"));
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
