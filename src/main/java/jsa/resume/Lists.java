package jsa.resume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** List fields of the profile records: an omitted list is empty, and null items stay for validation to name. */
final class Lists {
    private Lists() {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
