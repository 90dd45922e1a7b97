package jsa.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jsa.cli.MetricsDataset.App;

/** The metrics of generated applications, worked out here from the data alone, without SQL. */
final class MetricsExpectations {
    private MetricsExpectations() {}

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    static long count(List<App> apps, String state) {
        return apps.stream().filter(a -> Objects.equals(a.state(), state)).count();
    }

    static String area(String location) {
        if (location == null) {
            return "unknown";
        }
        String city = location.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return switch (city) {
            case "seattle", "bellevue", "redmond" -> "Greater Seattle";
            case "chicago", "evanston" -> "Chicago area";
            default -> location;
        };
    }

    static String band(Long min, Long max) {
        if (min == null && max == null) {
            return "unknown";
        }
        long twice = min == null ? 2 * max : max == null ? 2 * min : min + max;
        if (twice < 300_000) {
            return "<$150k";
        }
        if (twice < 360_000) {
            return "$150k-$180k";
        }
        return twice <= 400_000 ? "$180k-$200k" : ">$200k";
    }

    /** Each dimension's value of an application, by the JSON key. */
    static Map<String, Function<App, String>> dimensions() {
        Map<String, Function<App, String>> d = new LinkedHashMap<>();
        d.put("role", App::role);
        d.put("specialization", a -> a.specialization() == null ? "unknown" : a.specialization());
        d.put("level", App::level);
        d.put("location", a -> area(a.location()));
        d.put("work_setting", a -> a.workSetting() == null ? "unknown" : a.workSetting());
        d.put(
                "min_experience",
                a -> a.minExperience() == null ? "unknown" : a.minExperience().toString());
        d.put("salary_band", a -> band(a.minSalary(), a.maxSalary()));
        d.put("template", a -> a.template() == null ? "no resume" : a.template());
        d.put("bullets_edited", a -> a.edited() == null ? "no resume" : a.edited() ? "edited" : "not edited");
        return d;
    }

    /** Value → [total, callbacks, rejected, closed, no response, callback rate] for one dimension. */
    static Map<String, List<Number>> byValue(List<App> apps, Function<App, String> dimension) {
        Map<String, List<App>> groups =
                apps.stream().collect(Collectors.groupingBy(dimension, TreeMap::new, Collectors.toList()));
        Map<String, List<Number>> rows = new TreeMap<>();
        groups.forEach((value, group) -> rows.put(
                value,
                List.of(
                        (long) group.size(),
                        count(group, "callback"),
                        count(group, "rejected"),
                        count(group, "closed"),
                        count(group, null),
                        percent(count(group, "callback"), group.size()))));
        return rows;
    }

    /** The three values with most rejections, as "value=count", ties by value. */
    static List<String> topRejections(List<App> apps, Function<App, String> dimension) {
        Map<String, Long> rejected = apps.stream()
                .filter(a -> "rejected".equals(a.state()))
                .collect(Collectors.groupingBy(dimension, Collectors.counting()));
        return rejected.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }

    /** Every day from the first to the last applied date as "date=applications/callbacks". */
    static List<String> timeline(List<App> apps) {
        return timeline(apps, null, null);
    }

    /** Each day from {@code from} (null: the first application) to {@code to} (null: the last). */
    static List<String> timeline(List<App> apps, LocalDate from, LocalDate to) {
        LocalDate first = from != null
                ? from
                : apps.stream().map(App::applied).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = to != null
                ? to
                : apps.stream().map(App::applied).max(Comparator.naturalOrder()).orElseThrow();
        List<String> days = new ArrayList<>();
        for (long i = 0; i <= ChronoUnit.DAYS.between(first, last); i++) {
            LocalDate day = first.plusDays(i);
            List<App> that = apps.stream().filter(a -> a.applied().equals(day)).toList();
            days.add(day + "=" + that.size() + "/" + count(that, "callback"));
        }
        return days;
    }

    static Double median(List<App> apps) {
        List<Integer> days = apps.stream()
                .filter(a -> a.state() != null)
                .map(App::responseDays)
                .sorted()
                .toList();
        if (days.isEmpty()) {
            return null;
        }
        int n = days.size();
        return n % 2 == 1 ? (double) days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
    }
}
