package org.homeward.formats.codis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link CmfFile} as CMF 3.2 XML, UTF-8, in the CODIS namespace when the record says so. */
public final class CmfWriter {

    private CmfWriter() { }

    public static void write(CmfFile file, Path path) {
        try {
            Files.writeString(path, toXml(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toXml(CmfFile f) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        s.append('<').append(CmfReader.ROOT);
        if (f.namespaced()) {
            s.append(" xmlns=\"").append(CmfReader.NAMESPACE).append('"');
        }
        s.append(">\n");
        element(s, 1, "HEADERVERSION", f.headerVersion());
        element(s, 1, "MESSAGETYPE", f.messageType());
        element(s, 1, "DESTINATIONORI", f.destinationOri());
        element(s, 1, "SOURCELAB", f.sourceLab());
        element(s, 1, "SUBMITBYUSERID", f.submitByUserId());
        element(s, 1, "SUBMITDATETIME", f.submitDateTime());
        optional(s, 1, "BATCHID", f.batchId());
        optional(s, 1, "KIT", f.kit());
        for (CmfSpecimen sp : f.specimens()) {
            s.append("  <SPECIMEN");
            attribute(s, "SOURCEID", sp.sourceId());
            attribute(s, "CASEID", sp.caseId());
            attribute(s, "PARTIAL", sp.partial());
            s.append(">\n");
            element(s, 2, "SPECIMENID", sp.specimenId());
            element(s, 2, "SPECIMENCATEGORY", sp.category());
            optional(s, 2, "SPECIMENCOMMENT", sp.comment());
            for (CmfLocus l : sp.loci()) {
                s.append("    <LOCUS>\n");
                element(s, 3, "LOCUSNAME", l.name());
                optional(s, 3, "READINGBY", l.readingBy());
                optional(s, 3, "READINGDATETIME", l.readingDateTime());
                for (String a : l.alleles()) {
                    s.append("      <ALLELE>\n");
                    element(s, 4, "ALLELEVALUE", a);
                    s.append("      </ALLELE>\n");
                }
                s.append("    </LOCUS>\n");
            }
            s.append("  </SPECIMEN>\n");
        }
        return s.append("</").append(CmfReader.ROOT).append(">\n").toString();
    }

    private static void element(StringBuilder s, int depth, String name, String value) {
        s.append("  ".repeat(depth)).append('<').append(name).append('>').append(escape(value))
                .append("</").append(name).append(">\n");
    }

    private static void optional(StringBuilder s, int depth, String name, String value) {
        if (!value.isEmpty()) {
            element(s, depth, name, value);
        }
    }

    private static void attribute(StringBuilder s, String name, String value) {
        if (!value.isEmpty()) {
            s.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
