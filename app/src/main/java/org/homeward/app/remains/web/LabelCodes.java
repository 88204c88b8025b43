package org.homeward.app.remains.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.homeward.app.remains.Sample;

import io.nayuki.qrcodegen.QrCode;

/** QR codes as SVG for printed labels: black modules on white, a four-module quiet zone, crisp at any size. */
final class LabelCodes {

    private LabelCodes() {
    }

    /** A printed label: the code, two lines of text and the code's QR image as SVG. */
    record Label(String code, String line1, String line2, String qr) {
    }

    static Label label(String code, String line1, String line2) {
        return new Label(code, line1, line2, qrSvg(code));
    }

    /** A body's label: its number, the bags it came in and the day it was received. */
    static Label body(String bodyNumber, List<String> bagNumbers, LocalDate receivedOn) {
        return label(bodyNumber, String.join(", ", bagNumbers), receivedOn.toString());
    }

    /** A sample's label: its code, the body it was taken from, its material and the element sampled. */
    static Label sample(Sample sample) {
        return label(sample.code(), sample.bodyNumber(),
                sample.material().name().toLowerCase(Locale.ROOT) + (sample.element() == null ? "" : " · " + sample.element()));
    }

    /** An SVG image of a QR code holding {@code text} (medium error correction: a label may be scuffed). */
    static String qrSvg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\""
                + " role=\"img\" aria-label=\"QR code " + escape(text) + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
