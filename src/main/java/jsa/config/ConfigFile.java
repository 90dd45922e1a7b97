package jsa.config;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import jsa.ExitStatus;
import jsa.FileProblems;

/**
 * {@code config.yaml} as a flat map of dotted keys: {@code llm: {provider: offline}} reads as
 * {@code llm.provider=offline}. Saving writes nested YAML atomically; comments are not kept.
 */
public final class ConfigFile {
    private static final String HEADER = "# jsa configuration. Change it with 'jsa config set KEY VALUE'"
            + " (comments here are not kept).\n# API keys never go here: jsa reads them from environment variables.\n";

    // Built on first use: Jackson's start-up cost is not paid by commands run without a file.
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build();
    }

    private final Path path;

    public ConfigFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /**
     * The file's entries in key order; empty when the file does not exist.
     *
     * @throws ConfigException when the file is not YAML or not a mapping of keys to values
     */
    public Map<String, String> read() {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read " + path + " (" + FileProblems.describe(e) + ")",
                    "check its permissions",
                    ExitStatus.FAILURE);
        }
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(
                    path + " is not valid YAML (line " + e.getLocation().getLineNr() + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse("") + ")",
                    "fix the file or remove it");
        }
        Map<String, String> entries = new TreeMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return entries;
        }
        if (!root.isObject()) {
            throw new ConfigException(path + " must be a mapping of settings", "fix the file or remove it");
        }
        flatten("", root, entries);
        return entries;
    }

    /** Replaces the file's content with {@code entries}, writing a temporary file and moving it. */
    public void write(Map<String, String> entries) {
        ObjectNode root = Yaml.MAPPER.createObjectNode();
        new TreeMap<>(entries).forEach((key, value) -> put(root, key, value));
        try {
            Files.createDirectories(path.getParent());
            Path temp = Files.createTempFile(path.getParent(), ".config", ".yaml.tmp");
            try {
                Files.writeString(temp, entries.isEmpty() ? HEADER : HEADER + Yaml.MAPPER.writeValueAsString(root));
                moveIntoPlace(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot write " + path + " (" + FileProblems.describe(e) + ")",
                    "check the directory's permissions",
                    ExitStatus.FAILURE);
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> out) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, out);
            } else if (value.isValueNode() && !value.isNull()) {
                out.put(key, value.asText());
            } else if (!value.isNull()) {
                throw new ConfigException(
                        path + ": '" + key + "' must be a single value, not a list", "fix the file or remove it");
            }
        }
    }

    private static void put(ObjectNode root, String dottedKey, String value) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
