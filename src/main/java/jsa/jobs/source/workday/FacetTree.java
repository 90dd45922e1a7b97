package jsa.jobs.source.workday;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds facet values by name in a Workday answer's {@code facets} tree. */
final class FacetTree {
    /** What goes in {@code appliedFacets}: the innermost facet parameter and the value's id. */
    record Value(String parameter, String id) {}

    private FacetTree() {}

    /**
     * The value whose descriptor is {@code name} (ignoring case and spacing), looked for in the
     * location facets first and then in all the others.
     */
    static Optional<Value> find(List<WorkdayPage.Facet> facets, String name) {
        String wanted = normalize(name);
        List<Value> matches = new ArrayList<>();
        walk(facets, null, (descriptor, value) -> {
            if (normalize(descriptor).equals(wanted)) {
                matches.add(value);
            }
        });
        return matches.stream().filter(FacetTree::isLocation).findFirst().or(() -> matches.stream()
                .findFirst());
    }

    /** The descriptors of every value of the location facets, in the order Workday sent them. */
    static List<String> locationNames(List<WorkdayPage.Facet> facets) {
        List<String> names = new ArrayList<>();
        walk(facets, null, (descriptor, value) -> {
            if (isLocation(value)) {
                names.add(descriptor);
            }
        });
        return names;
    }

    private interface Visitor {
        void value(String descriptor, Value value);
    }

    private static void walk(List<WorkdayPage.Facet> nodes, String parameter, Visitor visitor) {
        if (nodes == null) {
            return;
        }
        for (WorkdayPage.Facet node : nodes) {
            if (node == null) {
                continue;
            }
            if (node.id() != null && parameter != null && node.descriptor() != null) {
                visitor.value(node.descriptor(), new Value(parameter, node.id()));
            }
            walk(node.values(), node.facetParameter() != null ? node.facetParameter() : parameter, visitor);
        }
    }

    private static boolean isLocation(Value value) {
        return value.parameter().toLowerCase(Locale.ROOT).contains("location");
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
