package jsa.render;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import jsa.JsaException;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Fills page templates with FreeMarker: one configuration per templates directory, so each
 * template is parsed once per process. Every template is HTML auto-escaped, whatever its
 * extension, and may not create Java objects.
 */
final class XhtmlTemplates {
    private final TemplateDirectory directory;
    private final Configuration config = new Configuration(Configuration.VERSION_2_3_35);

    XhtmlTemplates(TemplateDirectory directory) {
        this.directory = directory;
        config.setTemplateLoader(directory.loader());
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.ENGLISH);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
    }

    /**
     * The XHTML of template {@code path} over {@code model}, a {@link ResumeView} or a map.
     *
     * @throws JsaException naming the template and the line when it is missing or fails
     */
    String render(String path, Object model) {
        directory.url(path);
        try {
            Template template = config.getTemplate(path);
            StringWriter out = new StringWriter();
            template.process(model, out);
            // a declaration or doctype must come first: drop what the template's directives left
            return out.toString().stripLeading();
        } catch (TemplateNotFoundException e) {
            throw broken(e.getTemplateName(), null, "it is not in " + directory.describe());
        } catch (ParseException e) {
            throw broken(e.getTemplateName(), e.getLineNumber(), e.getEditorMessage());
        } catch (TemplateException e) {
            throw broken(e.getTemplateSourceName(), e.getLineNumber(), e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw broken(path, null, e.getMessage());
        }
    }

    private JsaException broken(String template, Integer line, String message) {
        return JsaException.usage(
                "template " + template + (line == null ? "" : ", line " + line) + " (" + directory.describe() + "): "
                        + summary(message),
                "fix the template, or render with the built-in ones (no --templates)");
    }

    // FreeMarker explains over several lines, then adds tips after a blank line
    private static String summary(String message) {
        String text = message == null
                ? ""
                : message.lines()
                        .takeWhile(line -> !line.isBlank())
                        .map(String::strip)
                        .collect(Collectors.joining(" "));
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
