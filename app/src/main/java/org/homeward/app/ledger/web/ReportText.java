package org.homeward.app.ledger.web;

import static org.homeward.app.common.Texts.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A report's text as the reader takes it: pasted or from a text file as it is; from an HTML page, the
 * text of its headings, paragraphs and list items, one per line, and what its meta tags say of its
 * source (Open Graph site name and title, the article's publication time).
 */
record ReportText(String text, String publisher, String title, LocalDate publishedOn) {

    private static final String BLOCKS = "h1, h2, h3, h4, p, li, blockquote";

    static ReportText of(String raw) {
        String text = raw == null ? "" : raw;
        if (!looksLikeHtml(text)) {
            return new ReportText(text, null, null, null);
        }
        Document page = Jsoup.parse(text);
        String body = page.select(BLOCKS).stream().map(Element::text).filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n"));
        return new ReportText(body.isBlank() ? page.text() : body, meta(page, "og:site_name"),
                meta(page, "og:title") != null ? meta(page, "og:title") : blankToNull(page.title()),
                date(meta(page, "article:published_time")));
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") || start.startsWith("<body")
                || start.startsWith("<article") || start.startsWith("<p>");
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? null : blankToNull(meta.attr("content"));
    }

    private static LocalDate date(String timestamp) {
        if (timestamp == null || timestamp.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(timestamp.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
