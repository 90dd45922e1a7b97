package jsa.cli;

import java.util.Arrays;
import java.util.Iterator;

import jsa.config.ConfigKey;

/** The setting names, for completion and help of {@code jsa config}. */
final class ConfigKeyCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(ConfigKey.values()).map(ConfigKey::key).sorted().iterator();
    }
}
