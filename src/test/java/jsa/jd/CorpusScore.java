package jsa.jd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores a parser on the {@code jd-corpus} test resources by the rule in its README: per file and
 * scored key, skipping the file's {@code ambiguous} keys; numbers equal as numbers, strings equal
 * after trimming, ignoring case, typographic quotes and whitespace runs. Company and title are only
 * compared where the truth names them (the goal is about postings that state them).
 */
public final class CorpusScore {
    /** The scored keys, in the order the table prints them. */
    public static final List<String> FIELDS =
            List.of("company", "listing_job_title", "min_salary", "max_salary", "min_experience_years", "work_setting");

    /**
     * Ten engineering and data postings of the corpus, the kind of job the example profile's
     * templates are for, whose company and title the offline parser reads.
     */
    public static final List<String> ENGINEERING = List.of(
            "jd-15.txt",
            "jd-17.txt",
            "jd-23.txt",
            "jd-24.txt",
            "jd-25.txt",
            "jd-26.txt",
            "jd-31.txt",
            "jd-32.txt",
            "jd-38.txt",
            "jd-39.txt");

    /** One corpus file with its truth. */
    public record Posting(String file, String text, JsonNode truth) {}

    /** One wrong answer. */
    public record Miss(String file, String field, Object expected, Object actual) {}

    /** Correct and compared counts per field, and every miss. */
    public record Result(Map<String, int[]> counts, List<Miss> misses) {
        public double accuracy(String field) {
            int[] count = counts.get(field);
            return count[1] == 0 ? 1.0 : (double) count[0] / count[1];
        }

        /** A table of accuracy per field and a line per miss. */
        public String report() {
            StringBuilder out = new StringBuilder(String.format("%-22s %8s %8s%n", "field", "correct", "accuracy"));
            for (String field : FIELDS) {
                int[] count = counts.get(field);
                out.append(String.format(
                        Locale.ROOT, "%-22s %4d/%-3d %7.1f%%%n", field, count[0], count[1], 100 * accuracy(field)));
            }
            for (Miss miss : misses) {
                out.append(String.format(
                        "  miss %s %s: expected %s, got %s%n",
                        miss.file(), miss.field(), miss.expected(), miss.actual()));
            }
            return out.toString();
        }
    }

    private CorpusScore() {}

    /** Every {@code jd-*.txt} of the corpus on the test classpath, with its truth. */
    public static List<Posting> load() {
        try {
            URL truthUrl = Objects.requireNonNull(CorpusScore.class.getResource("/jd-corpus/truth.json"), "truth.json");
            Path dir = Path.of(truthUrl.toURI()).getParent();
            JsonNode truth = new ObjectMapper().readTree(Files.readString(Path.of(truthUrl.toURI())));
            List<Posting> postings = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("jd-\\d+\\.txt"))
                        .sorted()
                        .toList()) {
                    String name = file.getFileName().toString();
                    JsonNode expected = Objects.requireNonNull(truth.get(name), "truth for " + name);
                    postings.add(new Posting(name, Files.readString(file), expected));
                }
            }
            return postings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code parser} on every posting's raw text and scores the answers. */
    public static Result score(List<Posting> postings, Function<String, JdModel> parser) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        FIELDS.forEach(field -> counts.put(field, new int[2]));
        List<Miss> misses = new ArrayList<>();
        for (Posting posting : postings) {
            JdMetadata got = parseQuietly(parser, posting.text());
            List<String> ambiguous = new ArrayList<>();
            posting.truth().path("ambiguous").forEach(node -> ambiguous.add(node.asText()));
            for (String field : FIELDS) {
                JsonNode expected = posting.truth().get(field);
                boolean textual = field.equals("company") || field.equals("listing_job_title");
                if (ambiguous.contains(field) || textual && (expected == null || expected.isNull())) {
                    continue;
                }
                Object actual = got == null ? "(no output)" : value(got, field);
                int[] count = counts.get(field);
                count[1]++;
                if (got != null && matches(expected, actual)) {
                    count[0]++;
                } else {
                    misses.add(new Miss(posting.file(), field, expected, actual));
                }
            }
        }
        return new Result(counts, misses);
    }

    private static JdMetadata parseQuietly(Function<String, JdModel> parser, String text) {
        try {
            return parser.apply(text).metadata();
        } catch (RuntimeException e) {
            return null; // an unreadable output counts as wrong, field by field
        }
    }

    private static Object value(JdMetadata m, String field) {
        return switch (field) {
            case "company" -> m.company();
            case "listing_job_title" -> m.listingJobTitle();
            case "min_salary" -> m.minSalary();
            case "max_salary" -> m.maxSalary();
            case "min_experience_years" -> m.minExperienceYears();
            case "work_setting" -> m.workSetting();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static boolean matches(JsonNode expected, Object actual) {
        if (expected == null || expected.isNull()) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (expected.isNumber()) {
            return new BigDecimal(actual.toString()).compareTo(expected.decimalValue()) == 0;
        }
        return comparable(expected.asText()).equals(comparable(actual.toString()));
    }

    /** Trimmed, lower case, plain quotes, single spaces. */
    static String comparable(String text) {
        return text.replaceAll("[‘’‚‛′]", "'")
                .replaceAll("[“”„‟″]", "\"")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
