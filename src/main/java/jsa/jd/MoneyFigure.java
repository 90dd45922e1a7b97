package jsa.jd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One amount of money as a posting writes it ("$150k", "US$ 35/hr", "$117,800 CAD"), with where it
 * stands in its sentence. Only figures that carry a currency mark are found, so "3-5 years" and
 * "40 hour week" never look like pay.
 *
 * @param value the amount in currency units, multipliers (k, M) applied
 * @param currency the ISO code the figure itself shows, or null when it shows only "$"
 * @param dollarSign whether the figure is marked with a bare "$"
 * @param period "hour", "month" or "year" when a unit is attached ("/hr"), else null
 * @param start where the figure starts in the sentence
 * @param end where it ends
 * @param hasMark whether the figure itself carries a currency symbol or code
 */
record MoneyFigure(
        BigDecimal value, String currency, boolean dollarSign, String period, int start, int end, boolean hasMark) {

    private static final String CODES = "USD|CAD|AUD|NZD|EUR|GBP|CHF|SGD|INR|JPY|SEK|NOK|DKK|PLN|MXN|BRL";
    private static final Pattern FIGURE = Pattern.compile("(?<pre>(?:US|USD|CA|CAD|C|AU|AUD|A|NZ|S|HK)?\\$|€|£|₹|¥|(?:"
            + CODES + ")\\s?\\$?)?\\s?"
            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,3}(?:\\.\\d{3})+(?![\\d,])|\\d+(?:\\.\\d{1,2})?)"
            + "(?<mult>\\s?(?:[kK]|[mM]{1,2})(?![a-zA-Z]))?"
            + "(?<post>\\s?(?:" + CODES + ")\\b|\\s?[€£])?"
            + "(?<unit>\\s?(?:/\\s?|per\\s|an?\\s)(?:hour|hr|h|year|yr|annum|month|mo)\\b)?");
    private static final Pattern SCALE_WORD =
            Pattern.compile("^\\s*(?:million|billion|bn|b\\b|trillion)", Pattern.CASE_INSENSITIVE);

    /** Every figure in {@code sentence} that carries a currency mark or stands next to one that does. */
    static List<MoneyFigure> findAll(String sentence) {
        List<MoneyFigure> all = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            if (SCALE_WORD.matcher(sentence.substring(m.end())).find()) {
                continue; // "$285 million" is funding or revenue, never a salary
            }
            all.add(of(m));
        }
        // "$150-180k": the bare figure belongs to the marked one beside it
        List<MoneyFigure> marked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            MoneyFigure figure = all.get(i);
            boolean neighbourMarked =
                    (i > 0 && all.get(i - 1).hasMark && RangeGap.joins(sentence, all.get(i - 1), figure))
                            || (i + 1 < all.size()
                                    && all.get(i + 1).hasMark
                                    && RangeGap.joins(sentence, figure, all.get(i + 1)));
            if (figure.hasMark || neighbourMarked) {
                marked.add(figure);
            }
        }
        return marked;
    }

    private static MoneyFigure of(Matcher m) {
        String pre = m.group("pre") == null ? "" : m.group("pre").strip();
        String post = m.group("post") == null ? "" : m.group("post").strip();
        String number = m.group("num");
        // "60.000 €" writes thousands with dots; "27.87" is cents
        number = number.matches("\\d{1,3}(\\.\\d{3})+") ? number.replace(".", "") : number.replace(",", "");
        BigDecimal value = new BigDecimal(number);
        String mult = m.group("mult") == null ? "" : m.group("mult").strip().toLowerCase(Locale.ROOT);
        if (mult.equals("k")) {
            value = value.multiply(BigDecimal.valueOf(1_000));
        } else if (!mult.isEmpty()) {
            value = value.multiply(BigDecimal.valueOf(1_000_000));
        }
        String currency = currencyOf(pre, post);
        boolean dollar = pre.equals("$");
        return new MoneyFigure(
                tidy(value),
                currency,
                dollar,
                periodOf(m.group("unit")),
                m.start(),
                m.end(),
                // "150K" is written as money even without a symbol
                !pre.isEmpty() || !post.isEmpty() || mult.equals("k"));
    }

    private static String currencyOf(String pre, String post) {
        String mark = post.isEmpty() ? pre : post;
        String code = mark.replace("$", "").strip();
        return switch (code) {
            case "" -> null;
            case "US" -> "USD";
            case "CA", "C" -> "CAD";
            case "AU", "A" -> "AUD";
            case "NZ" -> "NZD";
            case "S" -> "SGD";
            case "HK" -> "HKD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "₹" -> "INR";
            case "¥" -> "JPY";
            default -> code;
        };
    }

    private static String periodOf(String unit) {
        if (unit == null) {
            return null;
        }
        String word = unit.replaceAll("[\\s/]|per|^an?", "").toLowerCase(Locale.ROOT);
        return switch (word) {
            case "hour", "hr", "h" -> "hour";
            case "month", "mo" -> "month";
            default -> "year";
        };
    }

    /** Whole numbers without a scale ("24.00" → 24), cents kept where they matter (27.87). */
    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    MoneyFigure withValue(BigDecimal newValue) {
        return new MoneyFigure(tidy(newValue), currency, dollarSign, period, start, end, hasMark);
    }
}
