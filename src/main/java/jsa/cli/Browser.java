package jsa.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/** Opens a URL with the desktop's opener, when there is a desktop. */
final class Browser {
    private Browser() {}

    /** True when an opener was started; false without a display or opener (print the URL then). */
    static boolean open(String url, Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String opener;
        if (os.contains("mac")) {
            opener = "open";
        } else if (os.contains("win")) {
            opener = "explorer";
        } else if (env.containsKey("DISPLAY") || env.containsKey("WAYLAND_DISPLAY")) {
            opener = "xdg-open";
        } else {
            return false;
        }
        try {
            new ProcessBuilder(opener, url)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
