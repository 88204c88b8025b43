package org.homeward.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The typeface of every PDF the application writes: DejaVu Sans (Bitstream Vera licence beside the
 * files), bundled and embedded, so that Latin, Cyrillic, Greek and the symbols used print wherever the
 * file is opened.
 */
public final class PdfFonts {

    public static final BaseFont REGULAR = font("/fonts/dejavu/DejaVuSans.ttf");
    public static final BaseFont BOLD = font("/fonts/dejavu/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + resource + " is missing from the build");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    BaseFont.CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
