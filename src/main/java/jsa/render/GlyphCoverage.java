package jsa.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Which registered font family has which character. The primary family is the one the
 * stylesheets name first among those registered; the others, in order, stand in for characters
 * it lacks, since Flying Saucer would otherwise draw a {@code #} for them.
 */
final class GlyphCoverage {
    private final String primary;
    private final IntPredicate primaryHas;
    private final Map<String, IntPredicate> fallbacks = new LinkedHashMap<>();

    /**
     * @param families every registered family with its character test, in registration order
     * @throws IllegalArgumentException when {@code families} is empty
     */
    GlyphCoverage(Map<String, IntPredicate> families) {
        if (families.isEmpty()) {
            throw new IllegalArgumentException("no font family registered");
        }
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        families.keySet().forEach(name -> byLowerCase.put(name.toLowerCase(Locale.ROOT), name));
        primary = FontCatalog.PREFERRED.stream()
                .map(name -> byLowerCase.get(name.toLowerCase(Locale.ROOT)))
                .filter(name -> name != null)
                .findFirst()
                .orElse(families.keySet().iterator().next());
        primaryHas = families.get(primary);
        families.forEach((name, has) -> {
            // the family goes into a style attribute: only plain names can
            if (!name.equals(primary) && name.matches("[A-Za-z0-9 _-]+")) {
                fallbacks.put(name, has);
            }
        });
    }

    /** The family body text is set in. */
    String primary() {
        return primary;
    }

    /** Whether the primary family has {@code codePoint}. */
    boolean primaryHas(int codePoint) {
        return primaryHas.test(codePoint);
    }

    /** The first fallback family with {@code codePoint}, or empty when no family has it. */
    Optional<String> fallbackFor(int codePoint) {
        return fallbacks.entrySet().stream()
                .filter(entry -> entry.getValue().test(codePoint))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The registered families, the primary first, for reports. */
    List<String> families() {
        List<String> names = new ArrayList<>(List.of(primary));
        names.addAll(fallbacks.keySet());
        return names;
    }
}
