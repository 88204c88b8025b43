package org.homeward.app.identification;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.homeward.app.web.Numbers;
import org.homeward.app.web.PdfFonts;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The identification report as PDF/A-1b: what a court and a family can keep, in the reader's language.
 * Every text comes from the message bundles and is set in the bundled DejaVu Sans (embedded, so
 * Cyrillic prints wherever the file is opened). It opens with the laboratory's letterhead, states the
 * method (software, markers, frequency database, mutation model, θ, prior) and closes with a signature
 * block; every page is numbered "page n of m". The missing person is named only when the reader may
 * read the registry ({@link Content#missingPersonName()} is empty otherwise).
 */
@Component
class IdentificationReport {

    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD_FACE = PdfFonts.BOLD;
    private static final Font TITLE = new Font(BOLD_FACE, 16);
    private static final Font HEADING = new Font(BOLD_FACE, 11);
    private static final Font BODY = new Font(REGULAR, 9);
    private static final Font BOLD = new Font(BOLD_FACE, 9);
    private static final Font SMALL = new Font(REGULAR, 7);
    private static final Color HEADER_GREY = new Color(230, 230, 230);

    /** What one report states, gathered by {@link Identification#report}. */
    record Content(CandidateDetail detail, ScreeningModel model, Decision proposal, Decision confirmation,
                   Optional<String> missingPersonName, Instant generatedAt) {
    }

    private final MessageSource messages;
    private final ReportProperties letterhead;
    private final String software;
    private final ZoneId zone;

    IdentificationReport(MessageSource messages, ReportProperties letterhead,
                         ObjectProvider<BuildProperties> build, @Value("${homeward.display-time-zone}") ZoneId zone) {
        this.messages = messages;
        this.letterhead = letterhead;
        BuildProperties info = build.getIfAvailable();
        this.software = "Homeward " + (info == null ? "(development build)" : info.getVersion());
        this.zone = zone;
    }

    byte[] write(Content content, Locale locale) {
        Writer w = new Writer(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setPageEvent(new PageNumbers(w.text("report.page", "{0}", "{1}"), confirmationLabel(w, content)));
        doc.addTitle(w.text("report.title") + " " + content.confirmation().id());
        doc.addCreator(software);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        writer.createXmpMetadata();
        doc.open();
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        letterheadAndTitle(doc, w, content);
        conclusionAndCase(doc, w, content);
        statistics(doc, w, content.detail().candidate());
        evidence(doc, w, content.detail());
        method(doc, w, content);
        pedigree(doc, w, content.detail());
        markers(doc, w, content.detail());
        decisions(doc, w, content);
        signatures(doc, w, content);
        doc.close();
        return out.toByteArray();
    }

    private static String confirmationLabel(Writer w, Content content) {
        return w.text("report.footer", content.confirmation().id());
    }

    private void letterheadAndTitle(Document doc, Writer w, Content content) {
        List<String> lines = letterhead.letterhead();
        for (int i = 0; i < lines.size(); i++) {
            doc.add(new Paragraph(lines.get(i), i == 0 ? HEADING : BODY));
        }
        Paragraph title = new Paragraph(w.text("report.title"), TITLE);
        title.setSpacingBefore(lines.isEmpty() ? 0 : 10);
        doc.add(title);
        doc.add(new Paragraph(w.text("report.generated", content.confirmation().id(), w.time(content.generatedAt())), SMALL));
    }

    private void conclusionAndCase(Document doc, Writer w, Content content) {
        CandidateMatch c = content.detail().candidate();
        String person = content.missingPersonName().map(name -> name + " (" + c.missingPersonId() + ")").orElse(c.missingPersonId());
        heading(doc, w.text("report.conclusion"));
        doc.add(new Paragraph(w.text("report.conclusion.text", c.bodyNumber(), c.sampleCode(), person, c.familyId(),
                w.time(content.confirmation().decidedAt())), BODY));

        heading(doc, w.text("report.case"));
        PdfPTable table = table(1, 2);
        row(table, w.text("report.case.family"), c.familyId());
        row(table, w.text("report.case.missingPerson"), w.text("report.case.missingPerson.value", person, c.missingPedigreeId()));
        row(table, w.text("report.case.remains"), c.bodyNumber());
        String sex = w.text("identification.sex." + c.remainsSex().name());
        row(table, w.text("report.case.sample"), c.sampleCode() + ", "
                + (c.remainsSexSource() == null ? sex : w.text("identification.sexFrom." + c.remainsSexSource().name(), sex))
                + (c.remainsSexContradicted() ? ". " + w.text("identification.sex.contradicted") : ""));
        content.detail().references().forEach(r -> row(table, w.text("report.case.reference"), r.withdrawn()
                ? w.text("report.case.reference.withdrawn", r.sampleCode(), r.pedigreeId()) : r.sampleCode() + " (" + r.pedigreeId() + ")"));
        row(table, w.text("report.case.run"), Long.toString(c.runId()));
        content.detail().reviewFlags().forEach(f -> row(table, w.text("report.case.reviewFlag"),
                w.text("report.case.reviewFlag.value", f.decisionId(), f.sampleCode(), w.time(f.flaggedAt()))));
        doc.add(table);
    }

    private void statistics(Document doc, Writer w, CandidateMatch c) {
        heading(doc, w.text("report.statistics"));
        PdfPTable table = table(1, 2);
        row(table, w.text("report.lr"), LineageReportRows.lr(c.log10Lr(), w.locale));
        row(table, w.text("identification.verbal"), w.text("identification.verbal." + c.verbal().name()) + " "
                + w.text(c.supportsIdentity() ? "identification.verbal.for" : "identification.verbal.against"));
        row(table, w.text("report.prior"), Numbers.prior(c.prior(), w.locale));
        row(table, w.text("report.posterior"), Numbers.percent(c.posterior(), w.locale));
        row(table, w.text("report.markersCompared"), w.text("report.markersCompared.value", c.markersCompared(), c.inconsistentMarkers()));
        doc.add(table);
        doc.add(new Paragraph(w.text("report.lr.explained"), SMALL));
    }

    /** The LR kind by kind as the candidate page states it: each kind's LR or "not typed", and the independence assumed. */
    private void evidence(Document doc, Writer w, CandidateDetail detail) {
        heading(doc, w.text("identification.evidence.title"));
        PdfPTable table = table(1, 2);
        detail.evidenceParts().forEach(part -> row(table, w.text("identification.evidence." + part.kind().name()),
                part.typed() ? LineageReportRows.lr(part.log10Lr(), w.locale) : w.text("identification.evidence.notTyped")));
        doc.add(table);
        doc.add(new Paragraph(w.text("identification.evidence.combined"), SMALL));
    }

    /** The method, so that another laboratory can recompute the LR with its own tools. */
    private void method(Document doc, Writer w, Content content) {
        heading(doc, w.text("report.method"));
        PdfPTable table = table(1, 2);
        row(table, w.text("report.method.software"), software);
        List<String> markers = content.detail().markers().stream().map(CandidateDetail.MarkerRow::marker).toList();
        row(table, w.text("report.method.markers"), w.text("report.method.markers.value", markers.size(), String.join(", ", markers)));
        ScreeningModel model = content.model();
        row(table, w.text("report.method.frequencies"), w.text("report.method.frequencies.value", model.frequencyDatabase(),
                w.number(model.rareAlleleFrequency())));
        row(table, w.text("report.method.mutation"), w.text("report.method.mutation.value", w.number(model.femaleMutationRate()),
                w.number(model.maleMutationRate()), w.number(model.mutationRange())));
        row(table, w.text("report.method.theta"), model.theta() == 0 ? w.text("report.method.theta.value")
                : w.text("report.method.theta.applied", w.number(model.theta())));
        CandidateDropout d = content.detail().dropout();
        row(table, w.text("report.method.dropout"), d == null ? w.text("report.method.dropout.value")
                : w.text("report.method.dropout.applied", w.text("identification.dropout.class." + d.dropoutClass()), w.number(d.model().dropout()),
                        w.number(d.model().homozygousDropout()), w.number(d.model().dropIn()), d.relyingMarkers().isEmpty()
                        ? w.text("report.method.dropout.noMarker") : String.join(", ", new TreeSet<>(d.relyingMarkers()))));
        row(table, w.text("report.method.likelihood"), w.text("report.method.likelihood.value"));
        row(table, w.text("report.prior"), Numbers.prior(content.detail().candidate().prior(), w.locale));
        LineageReportRows.of(content.detail().lineage(), w::text, w.locale).forEach(r -> row(table, r.label(), r.value()));
        XReportRows.of(content.detail().x(), w::text, w.locale).forEach(r -> row(table, r.label(), r.value()));
        doc.add(table);
    }

    private void pedigree(Document doc, Writer w, CandidateDetail detail) {
        heading(doc, w.text("identification.pedigree.title"));
        PdfPTable table = table(2, 1, 2, 2, 2);
        header(table, w.text("report.pedigree.person"), w.text("report.pedigree.sex"), w.text("report.pedigree.father"),
                w.text("report.pedigree.mother"), w.text("report.pedigree.role"));
        for (CandidateDetail.PedigreePerson p : detail.pedigree()) {
            cell(table, p.id(), p.missing() ? BOLD : BODY);
            cell(table, w.text("identification.sex." + p.sex().name()), BODY);
            cell(table, p.father() == null ? "–" : p.father(), BODY);
            cell(table, p.mother() == null ? "–" : p.mother(), BODY);
            cell(table, p.missing() ? w.text("report.pedigree.missing")
                    : p.sampleCode() != null ? w.text("report.pedigree.reference", p.sampleCode()) : w.text("report.pedigree.untyped"), BODY);
        }
        doc.add(table);
    }

    private void markers(Document doc, Writer w, CandidateDetail detail) {
        heading(doc, w.text("report.markers"));
        List<CandidateDetail.Reference> refs = detail.references();
        float[] widths = new float[3 + refs.size()];
        Arrays.fill(widths, 2);
        widths[widths.length - 1] = 2.5f;
        PdfPTable table = table(widths);
        String[] head = new String[3 + refs.size()];
        head[0] = w.text("identification.marker");
        head[1] = w.text("report.markers.remains", detail.candidate().sampleCode());
        for (int i = 0; i < refs.size(); i++) {
            head[2 + i] = refs.get(i).pedigreeId() + " " + refs.get(i).sampleCode()
                    + (refs.get(i).withdrawn() ? " " + w.text("report.markers.withdrawn") : "");
        }
        head[head.length - 1] = "LR";
        header(table, head);
        for (CandidateDetail.MarkerRow m : detail.markers()) {
            cell(table, m.marker(), BODY);
            cell(table, m.remains() == null ? "–" : m.remains(), BODY);
            for (String genotype : m.references()) {
                cell(table, genotype == null ? "–" : genotype, BODY);
            }
            String lr = m.log10Lr() == null ? "–" : Numbers.lr(m.log10Lr(), w.locale);
            cell(table, m.inconsistent() ? w.text("report.markers.inconsistent", lr) : lr, m.inconsistent() ? BOLD : BODY);
        }
        doc.add(table);
    }

    private void decisions(Document doc, Writer w, Content content) {
        heading(doc, w.text("identification.decision"));
        PdfPTable table = table(1, 2, 2, 4);
        header(table, w.text("identification.decision"), w.text("report.decision.analyst"), w.text("report.decision.when"),
                w.text("identification.decide.reason"));
        for (Decision d : List.of(content.proposal(), content.confirmation())) {
            cell(table, d.id() + " " + w.text("identification.kind." + d.kind().name()), BODY);
            cell(table, d.decidedBy(), BODY);
            cell(table, w.time(d.decidedAt()), BODY);
            cell(table, d.reason().isEmpty() ? "–" : d.reason(), BODY);
        }
        doc.add(table);
        doc.add(new Paragraph(w.text("report.decision.chain", content.confirmation().hash()), SMALL));
    }

    /** A signature line for each analyst and for every configured signatory: name, function, date, signature. */
    private void signatures(Document doc, Writer w, Content content) {
        heading(doc, w.text("report.signatures"));
        PdfPTable table = table(3, 3, 2, 3);
        header(table, w.text("report.signatures.name"), w.text("report.signatures.function"), w.text("report.signatures.date"),
                w.text("report.signatures.signature"));
        signatureRow(table, content.proposal().decidedBy(), w.text("report.signatures.proposed"));
        signatureRow(table, content.confirmation().decidedBy(), w.text("report.signatures.confirmed"));
        for (String signatory : letterhead.signatories()) {
            int comma = signatory.indexOf(',');
            signatureRow(table, comma < 0 ? signatory : signatory.substring(0, comma).strip(),
                    comma < 0 ? "" : signatory.substring(comma + 1).strip());
        }
        table.setKeepTogether(true);
        doc.add(table);
    }

    private static void signatureRow(PdfPTable table, String name, String function) {
        cell(table, name, BODY);
        cell(table, function, BODY);
        for (int blank = 0; blank < 2; blank++) {
            PdfPCell cell = new PdfPCell(new Phrase(" ", BODY));
            cell.setFixedHeight(28);
            table.addCell(cell);
        }
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable table(float... widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        if (widths.length > 2) {
            t.setHeaderRows(1);
        }
        return t;
    }

    private static void row(PdfPTable t, String label, String value) {
        cell(t, label, BOLD);
        cell(t, value, BODY);
    }

    private static void header(PdfPTable t, String... labels) {
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(label, BOLD));
            cell.setBackgroundColor(HEADER_GREY);
            t.addCell(cell);
        }
    }

    private static void cell(PdfPTable t, String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(3);
        t.addCell(cell);
    }

    /** Texts, numbers and times in the reader's language and the installation's time zone. */
    private final class Writer {
        private final Locale locale;
        private final DateTimeFormatter time;

        Writer(Locale locale) {
            this.locale = locale;
            this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale).withZone(zone);
        }

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String time(Instant instant) {
            return time.format(instant);
        }

        String number(double value) {
            java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(6);
            return f.format(value);
        }
    }

    /** "Page n of m" at the foot of every page; m is written once the document is closed. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class PageNumbers extends PdfPageEventHelper {
        private final String pattern;
        private final String label;
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String before = pattern.substring(0, pattern.indexOf("{1}")).replace("{0}", Integer.toString(writer.getPageNumber()));
            String after = pattern.substring(pattern.indexOf("{1}") + 3);
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 25;
            canvas.beginText();
            canvas.setFontAndSize(REGULAR, 7);
            canvas.setTextMatrix(document.left(), y);
            canvas.showText(label);
            float x = document.right() - 90;
            canvas.setTextMatrix(x, y);
            canvas.showText(before);
            canvas.endText();
            float totalX = x + REGULAR.getWidthPoint(before, 7);
            canvas.addTemplate(total, totalX, y);
            if (!after.isEmpty()) {
                canvas.beginText();
                canvas.setFontAndSize(REGULAR, 7);
                canvas.setTextMatrix(totalX + REGULAR.getWidthPoint("000", 7), y);
                canvas.showText(after);
                canvas.endText();
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(REGULAR, 7);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
