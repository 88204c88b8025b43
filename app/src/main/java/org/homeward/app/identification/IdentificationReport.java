package org.homeward.app.identification;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.homeward.kinship.Posterior;

/**
 * The identification report as PDF: what a court and a family can keep. Names appear nowhere:
 * the case is known by the registry's ids, the remains by body number and sample code.
 */
final class IdentificationReport {

    private static final Locale LOCALE = Locale.UK;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", LOCALE).withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private IdentificationReport() {
    }

    static byte[] write(CandidateDetail detail, Decision proposal, Decision confirmation, Instant now) {
        CandidateMatch c = detail.candidate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Identification report " + confirmation.id());
        doc.addCreator("Homeward");
        doc.open();
        doc.add(new Paragraph("DNA identification report", TITLE));
        doc.add(new Paragraph("Identification " + confirmation.id() + " · generated " + TIME.format(now), SMALL));

        heading(doc, "Conclusion");
        doc.add(new Paragraph("The remains numbered " + c.bodyNumber() + " (DNA sample " + c.sampleCode() + ") are identified as missing person "
                + c.missingPersonId() + " of family " + c.familyId() + ", confirmed by two analysts on "
                + TIME.format(confirmation.decidedAt()) + ".", BODY));

        heading(doc, "Case");
        PdfPTable caseTable = table(2, 1, 2);
        row(caseTable, "Family (case)", c.familyId());
        row(caseTable, "Missing person", c.missingPersonId() + " (in the pedigree: " + c.missingPedigreeId() + ")");
        row(caseTable, "Remains", c.bodyNumber());
        row(caseTable, "Remains sample", c.sampleCode() + ", sex " + c.remainsSex().name().toLowerCase(Locale.ROOT));
        detail.references().forEach(r -> row(caseTable, "Reference sample", r.sampleCode() + " (" + r.pedigreeId() + ")"));
        row(caseTable, "Screening run", Long.toString(c.runId()));
        doc.add(caseTable);

        heading(doc, "Statistics");
        PdfPTable stats = table(2, 1, 2);
        row(stats, "Likelihood ratio (LR)", Numbers.lr(c.log10Lr(), LOCALE) + "  (log10 LR " + Numbers.log10(c.log10Lr(), LOCALE) + ")");
        Posterior.Verbal verbal = c.verbal();
        row(stats, "Verbal equivalent (ENFSI)", verbal.words() + (c.supportsIdentity() ? " for identity" : " against identity"));
        row(stats, "Prior probability", Numbers.prior(c.prior(), LOCALE));
        row(stats, "Posterior probability of identity", Numbers.percent(c.posterior(), LOCALE));
        row(stats, "Markers compared", c.markersCompared() + ", of which inconsistent without mutation: " + c.inconsistentMarkers());
        doc.add(stats);
        doc.add(new Paragraph("The LR compares the probability of the DNA results if the remains are the missing person with their "
                + "probability if the remains are of an unrelated person, given the typed relatives in the pedigree below "
                + "(exact pedigree likelihoods with stepwise mutation models; population frequencies: norSTR European database). "
                + "The posterior probability follows from the LR and the stated prior.", SMALL));

        heading(doc, "Reference pedigree");
        PdfPTable ped = table(5, 2, 1, 2, 2, 2);
        header(ped, "Person", "Sex", "Father", "Mother", "Role");
        for (CandidateDetail.PedigreePerson p : detail.pedigree()) {
            cell(ped, p.id(), p.missing() ? BOLD : BODY);
            cell(ped, p.sex().name().toLowerCase(Locale.ROOT), BODY);
            cell(ped, p.father() == null ? "–" : p.father(), BODY);
            cell(ped, p.mother() == null ? "–" : p.mother(), BODY);
            cell(ped, p.missing() ? "missing person" : p.sampleCode() != null ? "reference " + p.sampleCode() : "untyped", BODY);
        }
        doc.add(ped);

        heading(doc, "Markers");
        int refs = detail.references().size();
        float[] widths = new float[3 + refs];
        java.util.Arrays.fill(widths, 2);
        widths[widths.length - 1] = 2.5f;
        PdfPTable markers = new PdfPTable(widths);
        markers.setWidthPercentage(100);
        markers.setHeaderRows(1);
        String[] head = new String[3 + refs];
        head[0] = "Marker";
        head[1] = "Remains " + c.sampleCode();
        for (int i = 0; i < refs; i++) {
            head[2 + i] = detail.references().get(i).pedigreeId() + " " + detail.references().get(i).sampleCode();
        }
        head[head.length - 1] = "LR";
        header(markers, head);
        for (CandidateDetail.MarkerRow m : detail.markers()) {
            cell(markers, m.marker(), BODY);
            cell(markers, m.remains() == null ? "–" : m.remains(), BODY);
            for (String g : m.references()) {
                cell(markers, g == null ? "–" : g, BODY);
            }
            cell(markers, m.log10Lr() == null ? "–" : Numbers.lr(m.log10Lr(), LOCALE) + (m.inconsistent() ? " (inconsistent)" : ""),
                    m.inconsistent() ? BOLD : BODY);
        }
        doc.add(markers);

        heading(doc, "Decision");
        PdfPTable decisions = table(4, 1, 2, 2, 4);
        header(decisions, "Decision", "Analyst", "When", "Reason");
        for (Decision d : new Decision[] {proposal, confirmation}) {
            cell(decisions, d.id() + " " + d.kind().name().toLowerCase(Locale.ROOT), BODY);
            cell(decisions, d.decidedBy(), BODY);
            cell(decisions, TIME.format(d.decidedAt()), BODY);
            cell(decisions, d.reason().isEmpty() ? "–" : d.reason(), BODY);
        }
        doc.add(decisions);
        doc.add(new Paragraph("Decisions are kept in an append-only, hash-chained log. Hash of the confirmation: " + confirmation.hash(), SMALL));
        doc.close();
        return out.toByteArray();
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable table(int columns, float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        if (columns > 2) {
            t.setHeaderRows(1);
        }
        return t;
    }

    private static void row(PdfPTable t, String label, String value) {
        cell(t, label, BOLD);
        cell(t, value, BODY);
    }

    private static void header(PdfPTable t, String... labels) {
        for (String l : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(l, BOLD));
            cell.setBackgroundColor(new Color(230, 230, 230));
            t.addCell(cell);
        }
    }

    private static void cell(PdfPTable t, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(3);
        t.addCell(cell);
    }
}
