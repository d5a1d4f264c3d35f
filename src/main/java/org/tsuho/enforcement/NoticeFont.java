package org.tsuho.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Japanese TrueType font notices embed, prepared once. Japanese fonts draw a CJK radical (⽉ U+2F49) and its
 * ideograph (月 U+6708) with one glyph, and PDFBox writes a PDF's character map from the lowest code point of each
 * glyph: text copied or extracted from the PDF would come out as radicals. The prepared font is the configured one
 * without the two radical blocks, so every shared glyph maps back to its ideograph. (The copy keeps the Basic
 * Multilingual Plane only, which is all the character map it writes can hold: a handful of rare JIS X 0213
 * ideographs beyond it are not printed.)
 */
@Component
class NoticeFont {

    private static final Logger log = LoggerFactory.getLogger(NoticeFont.class);

    private final Path path;
    private byte[] prepared;

    NoticeFont(EnforcementSettings settings) {
        this.path = settings.pdfFont();
        if (!available()) {
            log.warn(missing());
        }
    }

    /** The prepared font file; a clear error when the configured font is not there. */
    synchronized byte[] bytes() {
        if (prepared == null) {
            if (!available()) {
                throw new IllegalStateException(missing());
            }
            prepared = withoutRadicals(path);
        }
        return prepared;
    }

    private boolean available() {
        return path != null && Files.isReadable(path);
    }

    private String missing() {
        return "The Japanese font for notice PDFs is missing: " + path + ". Install the Debian package fonts-ipaexfont, "
                + "or set tsuho.enforcement.pdf-font to a Japanese TrueType font.";
    }

    private static byte[] withoutRadicals(Path font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            Set<Integer> codePoints = new TreeSet<>();
            for (int glyph = 0; glyph < ttf.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.stream().filter(code -> code <= 0xFFFF && !radical(code)).forEach(codePoints::add);
                }
            }
            TTFSubsetter copy = new TTFSubsetter(ttf);
            copy.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notice font " + font, e);
        }
    }

    /** CJK Radicals Supplement and Kangxi Radicals. */
    static boolean radical(int codePoint) {
        return (codePoint >= 0x2E80 && codePoint <= 0x2EFF) || (codePoint >= 0x2F00 && codePoint <= 0x2FDF);
    }
}
