package jsa.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jsa.Sha256;

/**
 * Loads the versioned prompts, {@code prompts/<name>.v<version>.md} on the classpath. A prompt file
 * has two or three parts, each under its own first-level heading: {@code # system} (the stable
 * instructions), optionally {@code # context} (the template for what a series of calls shares)
 * and {@code # user} (the template for the variable part).
 */
public final class Prompts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String SYSTEM = "# system\n";
    private static final String CONTEXT = "\n# context\n";
    private static final String USER = "\n# user\n";

    private Prompts() {}

    /**
     * The prompt {@code name} at {@code version}.
     *
     * @throws IllegalStateException when the resource is missing or lacks a part: a packaging bug
     */
    public static Prompt load(String name, int version) {
        String resource = "/prompts/" + name + ".v" + version + ".md";
        byte[] bytes;
        try (InputStream in = Prompts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing prompt resource " + resource);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int system = text.indexOf(SYSTEM);
        int user = text.indexOf(USER);
        if (system < 0 || user < system) {
            throw new IllegalStateException(resource + " needs a '# system' part followed by a '# user' part");
        }
        int context = text.indexOf(CONTEXT);
        boolean hasContext = context > system && context < user;
        return new Prompt(
                name,
                version,
                Sha256.hex(bytes),
                text.substring(system + SYSTEM.length(), hasContext ? context : user)
                        .strip(),
                hasContext ? text.substring(context + CONTEXT.length(), user).strip() : "",
                text.substring(user + USER.length()).strip());
    }

    /**
     * {@code template} (a part of {@code prompt}) with every {@code {{name}}} replaced by its input.
     *
     * @throws IllegalArgumentException when an input the template names is missing: a bug
     */
    public static String render(Prompt prompt, String template, Map<String, String> inputs) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder user = new StringBuilder();
        while (placeholder.find()) {
            String value = inputs.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "prompt " + prompt.name() + " needs the input '" + placeholder.group(1) + "'");
            }
            placeholder.appendReplacement(user, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(user);
        return user.toString();
    }
}
