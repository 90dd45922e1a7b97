package jsa.resume;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jsa.resume.Ungrounded.Kind;

/**
 * The figures a text states, with their values normalized so that differently written figures
 * compare equal: "$1.2M", "$1,200,000" and "1.2 million dollars" are all money 1200000; "40%",
 * "40 %" and "forty percent" are all percent 40; "3x", "3×", "3-fold", "threefold" and "tripled"
 * are all the number 3. Digits glued to a letter before them are part of a name ("S3",
 * "Resilience4j", "EC2") and not figures; standalone "one" is an article-like word ("one schema").
 */
final class Figures {
    /** A figure as written at {@code start} of the text, and its normalized value. */
    record Figure(Kind kind, BigDecimal value, String text, int start) {}

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS =
            "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final List<String> WORD_VALUES = List.of((UNITS + "|" + TEENS).split("\\|"));

    /** "zero", "twelve", "forty-two", "two hundred" */
    private static final String WORDS =
            "(?i:(?:(?:" + TENS + ")(?:-(?:" + UNITS + "))?|" + TEENS + "|" + UNITS + "|zero)(?:[ -]hundred)?)";
    /** "12", "1.5", "2,000" */
    private static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** a number not glued to a name before it ("S3", "p95") */
    private static final String NOT_GLUED = "(?<![\\p{L}\\p{N}.,])";
    /** words must end where the word ends: "ten" is not the start of "tenant" */
    private static final String AMOUNT = "(?<amount>" + DIGITS + "|" + WORDS + "(?![\\p{L}]))";
    /** "1.2M", "3 million", "40K": letters glued on, words after a space; lower-case m is minutes or metres */
    private static final String SCALE =
            "(?:(?<scaleLetter>[kKMB]|MM|mn|bn)(?![\\p{L}])| ?(?<scaleWord>(?i:thousand|million|billion))\\b)?";

    private static final String SPACE = "[ \\u00a0\\u202f]?";

    /** How one way of writing a figure reads; {@code scaled} when it may carry a SCALE. */
    private record Shape(Pattern pattern, Kind kind, boolean scaled) {}

    private static final Shape MONEY_SIGN_FIRST =
            new Shape(Pattern.compile("(?:[$€£]|US\\$|USD ?)" + AMOUNT + SCALE), Kind.MONEY, true);
    private static final Shape MONEY_WORD_AFTER = new Shape(
            Pattern.compile(NOT_GLUED + AMOUNT + SCALE + SPACE + "(?i:dollars|euros?|pounds|USD|EUR|GBP)\\b"),
            Kind.MONEY,
            true);
    private static final Shape PERCENT = new Shape(
            Pattern.compile(NOT_GLUED + AMOUNT + SPACE + "(?:%|(?i:percent|per cent|pct)\\b)"), Kind.PERCENT, false);
    private static final Shape MULTIPLE = new Shape(
            Pattern.compile(NOT_GLUED + "(?<amount>" + DIGITS + "|" + WORDS + ")(?:" + SPACE
                    + "[x×](?![\\p{L}])|-?(?i:fold)\\b)"),
            Kind.NUMBER,
            false);
    /** "p95", "p99.9": a latency percentile is as much a claim as the latency */
    private static final Shape PERCENTILE =
            new Shape(Pattern.compile("(?<![\\p{L}\\p{N}])[pP](?<amount>\\d{2}(?:\\.\\d+)?)\\b"), Kind.NUMBER, false);

    private static final Shape NUMBER = new Shape(Pattern.compile(NOT_GLUED + AMOUNT + SCALE), Kind.NUMBER, true);

    // most specific first, so the "1.2" of "$1.2M" is not also a number of its own
    private static final List<Shape> SHAPES =
            List.of(MONEY_SIGN_FIRST, MONEY_WORD_AFTER, PERCENT, MULTIPLE, PERCENTILE, NUMBER);
    private static final Pattern MULTIPLYING_VERB = Pattern.compile("(?i)\\b(?:doubled|tripled|quadrupled|halved)\\b");

    private Figures() {}

    /** The figures in {@code text}, in the order it states them. */
    static List<Figure> in(String text) {
        List<Figure> figures = new ArrayList<>();
        BitSet claimed = new BitSet(text.length());
        SHAPES.forEach(shape -> collect(shape, text, claimed, figures));
        collectVerbs(text, figures);
        figures.removeIf(figure -> figure.text().equalsIgnoreCase("one"));
        figures.sort(Comparator.comparingInt(Figure::start));
        return figures;
    }

    private static void collect(Shape shape, String text, BitSet claimed, List<Figure> figures) {
        Matcher m = shape.pattern().matcher(text);
        while (m.find()) {
            if (claimed.get(m.start(), m.end()).isEmpty()) {
                claimed.set(m.start(), m.end());
                BigDecimal value = amount(m.group("amount"));
                if (shape.scaled()) {
                    value = value.multiply(scale(m.group("scaleLetter"), m.group("scaleWord")));
                }
                figures.add(new Figure(shape.kind(), value.stripTrailingZeros(), m.group(), m.start()));
            }
        }
    }

    /** "doubled" is 2x, "halved" is a 50% cut: the same claims written as verbs. */
    private static void collectVerbs(String text, List<Figure> figures) {
        Matcher m = MULTIPLYING_VERB.matcher(text);
        while (m.find()) {
            Figure figure =
                    switch (m.group().toLowerCase(Locale.ROOT)) {
                        case "doubled" -> new Figure(Kind.NUMBER, BigDecimal.valueOf(2), m.group(), m.start());
                        case "tripled" -> new Figure(Kind.NUMBER, BigDecimal.valueOf(3), m.group(), m.start());
                        case "quadrupled" -> new Figure(Kind.NUMBER, BigDecimal.valueOf(4), m.group(), m.start());
                        default -> new Figure(Kind.PERCENT, BigDecimal.valueOf(50), m.group(), m.start());
                    };
            figures.add(figure);
        }
    }

    private static BigDecimal amount(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return new BigDecimal(written.replace(",", ""));
        }
        int value = 0;
        for (String word : written.toLowerCase(Locale.ROOT).split("[ -]")) {
            value = switch (word) {
                case "zero" -> value;
                case "hundred" -> value * 100;
                case "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" ->
                    value + 10 * (2 + List.of(TENS.split("\\|")).indexOf(word));
                default -> value + 1 + WORD_VALUES.indexOf(word);
            };
        }
        return BigDecimal.valueOf(value);
    }

    private static BigDecimal scale(String letter, String word) {
        String scale = letter != null ? letter : word != null ? word.toLowerCase(Locale.ROOT) : "";
        return switch (scale) {
            case "k", "K", "thousand" -> BigDecimal.valueOf(1_000);
            case "M", "MM", "mn", "million" -> BigDecimal.valueOf(1_000_000);
            case "B", "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
    }
}
