package org.homeward.app.remains.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.homeward.app.ledger.Party;
import org.homeward.app.ledger.TransferView;
import org.homeward.app.lists.ListExports;
import org.homeward.app.remains.NationalityAssessment;
import org.homeward.app.remains.ReturnManifest;
import org.homeward.app.remains.StatedIdentity;
import org.homeward.app.web.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The manifest of a return to the other side as the receiving party and the mediator get it, a PDF to
 * sign and a CSV to read into their own systems: every text in Ukrainian and English side by side
 * ("Номер тіла / Body number"), from the message bundles of both; dates as ISO dates, which read the
 * same in both. The CSV repeats the return's facts on each row (one row per remains); the PDF adds the
 * totals and the signature lines.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReturnManifestFiles {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Font TITLE = new Font(PdfFonts.BOLD, 14);
    private static final Font BOLD = new Font(PdfFonts.BOLD, 8);
    private static final Font BODY = new Font(PdfFonts.REGULAR, 8);
    private static final Color HEADER_GREY = new Color(230, 230, 230);
    private static final String[] FACTS = {"transfer", "date", "place", "returning", "receiving", "mediators", "receivedIn"};
    private static final String[] COLUMNS = {"bodyNumber", "kind", "bags", "provisional", "condition", "bagCondition", "evidence",
            "statedIdentity"};

    private final MessageSource messages;
    private final RemainsDisplay display;

    ResponseEntity<byte[]> csv(ReturnManifest manifest) {
        List<String> headers = new ArrayList<>();
        for (String fact : FACTS) {
            headers.add(both("remains.returnManifest." + fact));
        }
        for (String column : COLUMNS) {
            headers.add(both("remains.returnManifest." + column));
        }
        List<String> facts = facts(manifest.transfer());
        List<List<String>> rows = manifest.remains().stream().map(entry -> {
            List<String> row = new ArrayList<>(facts);
            row.addAll(cells(entry));
            return row;
        }).toList();
        return ListExports.csvFile(filename(manifest, "csv"), headers, rows);
    }

    ResponseEntity<byte[]> pdf(ReturnManifest manifest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(both("remains.returnManifest.title") + " " + manifest.transfer().transfer().id());
        doc.open();
        doc.add(new Paragraph(both("remains.returnManifest.title"), TITLE));
        doc.add(new Paragraph(both("remains.returnManifest.generated", DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(manifest.generatedAt().atZone(display.zone()).toLocalDateTime().withNano(0))), BODY));

        PdfPTable facts = table(1, 3);
        List<String> values = facts(manifest.transfer());
        for (int i = 0; i < FACTS.length; i++) {
            cell(facts, both("remains.returnManifest." + FACTS[i]), BOLD);
            cell(facts, values.get(i), BODY);
        }
        doc.add(facts);

        PdfPTable remains = table(0.5f, 2, 1.2f, 1.2f, 1.2f, 1.6f, 1.6f, 3, 3);
        remains.setHeaderRows(1);
        header(remains, "№");
        for (String column : COLUMNS) {
            header(remains, both("remains.returnManifest." + column));
        }
        int n = 0;
        for (ReturnManifest.Entry entry : manifest.remains()) {
            cell(remains, Integer.toString(++n), BODY);
            cells(entry).forEach(text -> cell(remains, text, BODY));
        }
        doc.add(remains);
        doc.add(new Paragraph(both("remains.returnManifest.totals", manifest.remains().size(), manifest.bodies(), manifest.bodyParts()), BOLD));

        PdfPTable signatures = table(3, 3, 3, 2);
        for (String column : new String[] {"signedFor", "name", "signature", "signedOn"}) {
            header(signatures, both("remains.returnManifest." + column));
        }
        TransferView transfer = manifest.transfer();
        signatureRow(signatures, both("remains.returnManifest.returning") + ": " + transfer.from().name());
        signatureRow(signatures, both("remains.returnManifest.receiving") + ": " + transfer.to().name());
        List<Party> mediators = transfer.facilitators().isEmpty() ? java.util.Collections.singletonList(null) : transfer.facilitators();
        mediators.forEach(mediator -> signatureRow(signatures, both("remains.returnManifest.mediator")
                + (mediator == null ? "" : ": " + mediator.name())));
        doc.add(signatures);
        doc.close();
        return ListExports.attachment(filename(manifest, "pdf"), MediaType.APPLICATION_PDF).body(out.toByteArray());
    }

    /** The return's facts, in the order of {@link #FACTS}. */
    private List<String> facts(TransferView view) {
        return List.of(view.transfer().id().toString(), String.valueOf(view.transfer().date().temporal()),
                view.transfer().place() == null ? "" : view.transfer().place(), view.from().name(), view.to().name(),
                view.facilitators().stream().map(Party::name).collect(Collectors.joining(", ")),
                view.returns() == null ? "" : view.returns().id() + " (" + view.returns().date().temporal() + ")");
    }

    /** One remains' cells, in the order of {@link #COLUMNS}. */
    private List<String> cells(ReturnManifest.Entry entry) {
        return List.of(entry.bodyNumber(), label(entry.kind()), String.join(", ", entry.bags()), String.join(", ", entry.provisional()),
                label(entry.examined()), label(entry.bagCondition()), evidence(entry.sideAssessment()),
                entry.statedIdentities().stream().map(this::stated).collect(Collectors.joining("; ")));
    }

    private String evidence(NationalityAssessment assessment) {
        if (assessment == null) {
            return "";
        }
        String evidence = assessment.evidence().stream().map(this::label).collect(Collectors.joining("; "));
        return assessment.notes() == null ? evidence : evidence + " — " + assessment.notes();
    }

    private String stated(StatedIdentity statement) {
        List<String> said = new ArrayList<>();
        if (statement.statedName() != null) {
            said.add(statement.statedName());
        }
        if (statement.statedServiceNumber() != null) {
            said.add(statement.statedServiceNumber());
        }
        if (statement.statedSide() != null) {
            said.add(label(statement.statedSide()));
        }
        return String.join(", ", said) + " (" + label(statement.source()) + ")";
    }

    /** An enum's words in Ukrainian and English; empty for none. */
    private String label(Enum<?> value) {
        return value == null ? "" : both("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A text in Ukrainian and in English, side by side. */
    private String both(String key, Object... arguments) {
        String ukrainian = messages.getMessage(key, arguments, UKRAINIAN);
        String english = messages.getMessage(key, arguments, Locale.ENGLISH);
        return ukrainian.equals(english) ? english : ukrainian + " / " + english;
    }

    private static String filename(ReturnManifest manifest, String extension) {
        return "return-" + manifest.transfer().transfer().id() + "-manifest." + extension;
    }

    private static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        return table;
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(HEADER_GREY);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        table.addCell(cell);
    }

    private static void signatureRow(PdfPTable table, String signedFor) {
        cell(table, signedFor, BODY);
        for (int blank = 0; blank < 3; blank++) {
            PdfPCell cell = new PdfPCell(new Phrase(" ", BODY));
            cell.setFixedHeight(30);
            table.addCell(cell);
        }
    }
}
