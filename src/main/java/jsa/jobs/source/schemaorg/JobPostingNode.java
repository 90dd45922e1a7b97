package jsa.jobs.source.schemaorg;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.parser.Parser;

import com.fasterxml.jackson.databind.JsonNode;

import jsa.Sha256;
import jsa.jobs.source.HtmlText;
import jsa.jobs.source.Posting;

/** One schema.org JobPosting object, read into a {@link Posting}. */
final class JobPostingNode {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    private final JsonNode node;
    private final Map<String, JsonNode> nodes;

    /** @param nodes the block's nodes by {@code @id}, for references such as {"@id": "#org"} */
    JobPostingNode(JsonNode node, Map<String, JsonNode> nodes) {
        this.node = node;
        this.nodes = nodes;
    }

    /** @param alone whether this is the page's only posting, so the page URL can be its id */
    PagePosting toPagePosting(String pageUrl, boolean alone) {
        String title = Objects.requireNonNullElse(text(node.get("title")), "");
        String company = text(field(node, "hiringOrganization"));
        String ownUrl = absolute(plain(node.get("url")), pageUrl);
        String identifier = identifier();
        String externalId = identifier != null
                ? identifier
                : ownUrl != null
                        ? ownUrl
                        : alone && pageUrl != null
                                ? pageUrl
                                : Sha256.hex(
                                        title + "\n" + Objects.toString(company, "")); // stable without an id or URL
        String posted = plain(node.get("datePosted"));
        Salary salary = Salary.from(field(node, "baseSalary"));
        return new PagePosting(
                company,
                new Posting(
                        externalId,
                        title,
                        location(),
                        null,
                        ownUrl != null ? ownUrl : pageUrl,
                        posted,
                        date(posted),
                        null,
                        joined(node.get("employmentType")),
                        salary.min(),
                        salary.max(),
                        salary.currency(),
                        salary.period(),
                        description()));
    }

    private String identifier() {
        for (JsonNode id : list(node.get("identifier"))) {
            String value = plain(id.isObject() ? id.get("value") : id);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Each place as "City, Region, Country", joined with "; ", plus "Remote" for telecommuting. */
    private String location() {
        Set<String> places = new LinkedHashSet<>();
        for (JsonNode place : list(node.get("jobLocation"))) {
            JsonNode address = place.isTextual() ? place : field(resolve(place), "address");
            String text = address.isObject()
                    ? Stream.of("addressLocality", "addressRegion", "addressCountry")
                            .map(part -> text(field(address, part)))
                            .filter(part -> part != null)
                            .collect(Collectors.joining(", "))
                    : text(address);
            if (text != null && !text.isEmpty()) {
                places.add(text);
            }
        }
        if (list(node.get("jobLocationType")).stream().anyMatch(t -> "TELECOMMUTE".equalsIgnoreCase(plain(t)))) {
            places.add("Remote");
        }
        return places.isEmpty() ? null : String.join("; ", places);
    }

    private String description() {
        String html = plain(node.get("description"));
        // many sites escape the HTML once more, so the tags arrive as &lt;p&gt;
        if (html != null && html.contains("&lt;")) {
            html = Parser.unescapeEntities(html, false);
        }
        // some sites give plain text, whose line breaks HTML would fold into spaces
        if (html != null && !html.contains("<")) {
            html = html.replace("\n", "<br>");
        }
        return HtmlText.of(html);
    }

    private static String joined(JsonNode values) {
        String text = list(values).stream()
                .map(JobPostingNode::text)
                .filter(v -> v != null)
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    /** The date of an ISO date or date-time, as written: the poster's own calendar day. */
    private static LocalDate date(String text) {
        Matcher matcher = text == null ? null : ISO_DAY.matcher(text);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A relative posting URL resolved against the page's; a malformed one kept as it is. */
    private static String absolute(String url, String pageUrl) {
        if (url == null || pageUrl == null) {
            return url;
        }
        try {
            return URI.create(pageUrl).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** The field of {@code object}, following an {@code @id} reference; a missing node when absent. */
    private JsonNode field(JsonNode object, String name) {
        JsonNode value = object.path(name);
        return resolve(value.isArray() && !value.isEmpty() ? value.get(0) : value);
    }

    private JsonNode resolve(JsonNode value) {
        return nodes.getOrDefault(value.path("@id").asText(""), value);
    }

    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        } else if (value != null && !value.isNull() && !value.isMissingNode()) {
            items.add(value);
        }
        return items;
    }

    /** Display text: a string or number, or an object's {@code name}, with HTML entities decoded. */
    private static String text(JsonNode value) {
        String text = plain(value != null && value.isObject() ? value.get("name") : value);
        return text == null ? null : nonBlank(Parser.unescapeEntities(text, false));
    }

    /** A string or number as it is, stripped; null for anything else or blank. */
    private static String plain(JsonNode value) {
        return value == null || !value.isValueNode() || value.isNull() ? null : nonBlank(value.asText());
    }

    private static String nonBlank(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A {@code baseSalary} MonetaryAmount, only for pay per year, month or hour. */
    private record Salary(Integer min, Integer max, String currency, String period) {
        static final Salary NONE = new Salary(null, null, null, null);

        static Salary from(JsonNode amount) {
            JsonNode value = amount.path("value");
            String unit = plain(value.isObject() ? value.get("unitText") : amount.get("unitText"));
            String period = unit == null
                    ? null
                    : switch (unit.toUpperCase(Locale.ROOT)) {
                        case "YEAR" -> "year";
                        case "MONTH" -> "month";
                        case "HOUR" -> "hour";
                        default -> null;
                    };
            // a QuantitativeValue, or (on some sites) the amount itself
            Integer single = number(value.isObject() ? value.get("value") : value);
            Integer min = number(value.get("minValue"));
            Integer max = number(value.get("maxValue"));
            min = min != null ? min : single;
            max = max != null ? max : single;
            if (period == null || (min == null && max == null)) {
                return NONE;
            }
            String currency = plain(amount.get("currency"));
            return new Salary(min, max, currency != null ? currency : plain(value.get("currency")), period);
        }

        /** A number, or a string such as "85,000.00", rounded; null when it is neither. */
        private static Integer number(JsonNode value) {
            String text = plain(value);
            if (text == null) {
                return null;
            }
            try {
                double amount = Double.parseDouble(text.replace(",", ""));
                return Double.isFinite(amount) && Math.abs(amount) < Integer.MAX_VALUE
                        ? (int) Math.round(amount)
                        : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
