package jsa.jobs.source.greenhouse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import org.jsoup.parser.Parser;

import jsa.http.JsonFetcher;
import jsa.jobs.source.BoardClient;
import jsa.jobs.source.BoardQuery;
import jsa.jobs.source.HtmlText;
import jsa.jobs.source.Posting;

import okhttp3.HttpUrl;

/**
 * A Greenhouse board: one GET of the whole board with {@code content=true}, no paging and no
 * server-side search. Descriptions arrive entity-escaped once; pay, when published, is a
 * {@code currency_range} custom field.
 */
public final class GreenhouseClient extends BoardClient {
    /** The public API host. */
    public static final HttpUrl API = Objects.requireNonNull(HttpUrl.parse("https://boards-api.greenhouse.io/"));

    public GreenhouseClient(JsonFetcher fetcher, HttpUrl apiBase, String board, String company) {
        super(fetcher, apiBase, board, company, "Greenhouse");
    }

    @Override
    public List<Posting> fetch(BoardQuery query) {
        HttpUrl url = apiBase.newBuilder()
                .addPathSegments("v1/boards")
                .addPathSegment(board)
                .addPathSegment("jobs")
                .addQueryParameter("content", "true")
                .build();
        GreenhouseBoard answer = fetcher.get(url, GreenhouseBoard.class, what);
        if (answer.jobs() == null) {
            throw unusable("sent no 'jobs' list", url);
        }
        return answer.jobs().stream().map(GreenhouseClient::posting).toList();
    }

    private static Posting posting(GreenhouseBoard.Job job) {
        String published = job.firstPublished() != null ? job.firstPublished() : job.updatedAt();
        Salary salary = Salary.from(job.metadata());
        return new Posting(
                Long.toString(job.id()),
                job.title() == null ? "" : job.title().strip(),
                job.location() == null ? null : job.location().name(),
                null,
                job.absoluteUrl(),
                published,
                date(published),
                job.departments() == null || job.departments().isEmpty()
                        ? null
                        : job.departments().get(0).name(),
                null,
                salary.min(),
                salary.max(),
                salary.currency(),
                salary.min() == null ? null : "year",
                job.content() == null ? null : HtmlText.of(Parser.unescapeEntities(job.content(), false)));
    }

    private static LocalDate date(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A {@code currency_range} custom field: amounts are strings such as "172800.0". */
    private record Salary(Integer min, Integer max, String currency) {
        static Salary from(List<GreenhouseBoard.Metadata> metadata) {
            if (metadata != null) {
                for (GreenhouseBoard.Metadata field : metadata) {
                    if ("currency_range".equals(field.valueType())
                            && field.value() != null
                            && field.value().isObject()) {
                        Integer min = amount(field.value().path("min_value").asText(null));
                        Integer max = amount(field.value().path("max_value").asText(null));
                        if (min != null || max != null) {
                            return new Salary(
                                    min, max, field.value().path("unit").asText(null));
                        }
                    }
                }
            }
            return new Salary(null, null, null);
        }

        private static Integer amount(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return (int) Math.round(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
