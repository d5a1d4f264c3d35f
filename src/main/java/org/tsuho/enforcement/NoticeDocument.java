package org.tsuho.enforcement;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A notice in the official layout, as served: number and date, addressee, issuing authority, title, the opening
 * sentence and numbered sections (disposition, facts, legal basis, reasons, where to explain or how to appeal).
 * The PDF and the API's {@code text} are both made from it.
 */
public record NoticeDocument(String number, String date, String addressee, String authority, String title, String preamble,
                             List<Section> sections) {

    public record Section(String heading, String body) {
    }

    public NoticeDocument {
        sections = List.copyOf(sections);
    }

    /** The whole notice as plain text, in reading order. */
    public String text() {
        Stream<String> head = Stream.of(number, date, addressee, authority, title, preamble);
        Stream<String> body = sections.stream().map(s -> s.heading() + "\n" + s.body());
        return Stream.concat(head, body).collect(Collectors.joining("\n\n"));
    }
}
