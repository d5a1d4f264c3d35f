package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Japanese ({@code messages.properties}, the default) and English ({@code messages_en.properties}) carry the same
 * keys, none empty, and every key the screens and the Java code use exists in both.
 */
class MessageBundleTests {

    /** A literal key in a Thymeleaf message expression: {@code #{inbox.title}} or {@code #{error.length(1, 200)}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[(}]");
    /** An error code in Java source, as handed to {@code FieldProblem}: {@code "error.required"}. */
    private static final Pattern ERROR_CODE = Pattern.compile("\"(error\\.[\\w.-]+)\"");

    private final Properties japanese = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> missingInEnglish = new TreeSet<>(japanese.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInJapanese = new TreeSet<>(english.stringPropertyNames());
        missingInJapanese.removeAll(japanese.stringPropertyNames());

        assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missingInJapanese).as("keys missing in messages.properties").isEmpty();
    }

    /** A key given twice silently keeps the last value; after merges that hides a translation. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        assertThat(duplicateKeys("messages.properties")).as("keys given twice in messages.properties").isEmpty();
        assertThat(duplicateKeys("messages_en.properties")).as("keys given twice in messages_en.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        assertThat(emptyKeys(japanese)).as("empty values in messages.properties").isEmpty();
        assertThat(emptyKeys(english)).as("empty values in messages_en.properties").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        TreeMap<String, String> unknown = new TreeMap<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher keys = TEMPLATE_KEY.matcher(html);
            while (keys.find()) {
                if (!japanese.containsKey(keys.group(1)) || !english.containsKey(keys.group(1))) {
                    unknown.put(keys.group(1), template.getFilename());
                }
            }
        }
        assertThat(unknown).as("message keys used in templates but missing in a bundle (key=template)").isEmpty();
    }

    @Test
    void everyErrorCodeTheCodeUsesExists() throws IOException {
        TreeMap<String, String> unknown = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher codes = ERROR_CODE.matcher(Files.readString(source));
                while (codes.find()) {
                    if (!japanese.containsKey(codes.group(1)) || !english.containsKey(codes.group(1))) {
                        unknown.put(codes.group(1), source.getFileName().toString());
                    }
                }
            }
        }
        assertThat(unknown).as("error codes used in Java but missing in a bundle (code=source)").isEmpty();
    }

    private static Set<String> duplicateKeys(String name) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        boolean continued = false;
        for (String line : new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
            String text = line.strip();
            boolean entry = !continued && !text.isEmpty() && !text.startsWith("#") && !text.startsWith("!");
            if (entry) {
                String key = text.split("\\s*[=:]", 2)[0].strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            continued = (entry || continued) && text.endsWith("\\");
        }
        return twice;
    }

    private static Set<String> emptyKeys(Properties bundle) {
        Set<String> empty = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> bundle.getProperty(k).isBlank()).forEach(empty::add);
        return empty;
    }

    /** Read as UTF-8, the encoding Spring Boot's message source uses. */
    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundleTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
