package jsa.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jsa.JsaException;

/**
 * Cities counted as one area, such as "Greater Seattle". The built-in areas come from the
 * resource {@code location-groups.txt}; the user's file of the same format replaces areas of the
 * same name and adds new ones. Lines read {@code Area: City, City}; {@code #} starts a comment.
 */
public final class LocationGroups {
    private static final String BUILT_IN = "location-groups.txt";

    private final Map<String, String> areaByCity;

    private LocationGroups(Map<String, List<String>> areas) {
        Map<String, String> byCity = new HashMap<>();
        areas.forEach((area, cities) -> cities.forEach(city -> byCity.put(key(city), area)));
        this.areaByCity = byCity;
    }

    /** The built-in areas. */
    public static LocationGroups builtIn() {
        return new LocationGroups(parse(resource(), "built-in " + BUILT_IN));
    }

    /**
     * The built-in areas with {@code userFile}'s on top, when that file exists.
     *
     * @throws JsaException when the user's file cannot be read or has a line without an area
     */
    public static LocationGroups load(Path userFile) {
        Map<String, List<String>> areas = parse(resource(), "built-in " + BUILT_IN);
        if (Files.isRegularFile(userFile)) {
            try {
                areas.putAll(parse(Files.readString(userFile, StandardCharsets.UTF_8), userFile.toString()));
            } catch (IOException e) {
                throw JsaException.failure("cannot read " + userFile + ": " + e.getMessage(), null);
            }
        }
        return new LocationGroups(areas);
    }

    /**
     * The area {@code location} belongs to, else the location itself trimmed; "unknown" when
     * there is none.
     */
    public String group(String location) {
        if (location == null || location.isBlank()) {
            return Tally.UNKNOWN;
        }
        int comma = location.indexOf(',');
        String city = comma < 0 ? location : location.substring(0, comma);
        return areaByCity.getOrDefault(key(city), location.strip());
    }

    private static String key(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> parse(String text, String source) {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw JsaException.usage(
                        source + ":" + (i + 1) + ": expected 'Area: City, City'", "see the built-in " + BUILT_IN);
            }
            List<String> cities = List.of(line.substring(colon + 1).split(",")).stream()
                    .map(String::strip)
                    .filter(c -> !c.isEmpty())
                    .toList();
            areas.put(line.substring(0, colon).strip(), cities);
        }
        return areas;
    }

    private static String resource() {
        try (InputStream in = LocationGroups.class.getResourceAsStream(BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
