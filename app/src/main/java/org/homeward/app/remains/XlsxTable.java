package org.homeward.app.remains;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.homeward.formats.common.Table;

/**
 * The first worksheet of an XLSX workbook, read with the JDK alone: an XLSX file is a zip of XML
 * parts (ECMA-376); we need the workbook (which sheet is first), its relationships (where that
 * sheet is), the shared strings and the sheet itself. Cells are read as their text: a shared or
 * inline string, or a number as written (a date is a number of days: see {@link ManifestReader}).
 * Formulas count by their cached value. No DTDs or external entities are read, and the parts are
 * capped in size, so a hostile file cannot expand without bound.
 */
final class XlsxTable {

    /** Largest uncompressed part read (a 100,000-row manifest is well below). */
    static final int MAX_PART_BYTES = 64 * 1024 * 1024;

    private XlsxTable() {
    }

    static UploadedTable read(byte[] bytes) {
        Map<String, byte[]> parts = unzip(bytes);
        List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
        String sheet = firstSheetPath(parts);
        byte[] sheetXml = parts.get(sheet);
        if (sheetXml == null) {
            throw new UploadedTable.Unreadable("the workbook has no worksheet (" + sheet + " is missing)");
        }
        return new UploadedTable("XLSX", true, rows(sheetXml, shared));
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            long total = 0;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (!entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                    byte[] part = readCapped(zip, name);
                    total += part.length;
                    if (total > MAX_PART_BYTES * 2L) {
                        throw new UploadedTable.Unreadable("the workbook is larger than " + (MAX_PART_BYTES >> 19) + " MB uncompressed");
                    }
                    parts.put(name, part);
                }
            }
        } catch (IOException e) {
            throw new UploadedTable.Unreadable("the XLSX workbook cannot be read (" + e.getMessage() + ")");
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw new UploadedTable.Unreadable("this zip file is not an XLSX workbook (no xl/workbook.xml)");
        }
        return parts;
    }

    private static byte[] readCapped(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_PART_BYTES) {
                throw new UploadedTable.Unreadable("the workbook part " + name + " is larger than " + (MAX_PART_BYTES >> 20) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The path of the first sheet listed in the workbook, through its relationship. */
    private static String firstSheetPath(Map<String, byte[]> parts) {
        String relationId = null;
        try {
            XMLStreamReader xml = reader(parts.get("xl/workbook.xml"));
            while (xml.hasNext() && relationId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")) {
                            relationId = xml.getAttributeValue(i);
                        }
                    }
                }
            }
            byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
            if (relationId != null && rels != null) {
                XMLStreamReader relations = reader(rels);
                while (relations.hasNext()) {
                    if (relations.next() == XMLStreamConstants.START_ELEMENT && relations.getLocalName().equals("Relationship")
                            && relationId.equals(relations.getAttributeValue(null, "Id"))) {
                        String target = relations.getAttributeValue(null, "Target");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new UploadedTable.Unreadable("the workbook's list of sheets is not valid XML (" + e.getMessage() + ")");
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<String> sharedStrings(byte[] xmlBytes) {
        List<String> strings = new ArrayList<>();
        try {
            XMLStreamReader xml = reader(xmlBytes);
            StringBuilder current = null;
            boolean inText = false;
            int phoneticDepth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> current = new StringBuilder();
                        case "rPh" -> phoneticDepth++;
                        case "t" -> inText = phoneticDepth == 0;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> strings.add(current == null ? "" : current.toString());
                        case "rPh" -> phoneticDepth--;
                        case "t" -> inText = false;
                        default -> { }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText && current != null) {
                    current.append(xml.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new UploadedTable.Unreadable("the workbook's shared strings are not valid XML (" + e.getMessage() + ")");
        }
        return strings;
    }

    private static List<Table.Row> rows(byte[] sheetXml, List<String> shared) {
        List<Table.Row> rows = new ArrayList<>();
        try {
            XMLStreamReader xml = reader(sheetXml);
            int rowNumber = 0;
            TreeMap<Integer, String> cells = null;
            int nextColumn = 0;
            String type = null;
            int column = 0;
            StringBuilder value = null;
            boolean inValue = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                            cells = new TreeMap<>();
                            nextColumn = 0;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            column = ref != null ? columnIndex(ref) : nextColumn;
                            nextColumn = column + 1;
                            type = xml.getAttributeValue(null, "t");
                            value = new StringBuilder();
                        }
                        case "v", "t" -> inValue = value != null;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            if (cells != null && value != null) {
                                cells.put(column, cellText(type, value.toString(), shared));
                            }
                            value = null;
                        }
                        case "row" -> {
                            if (cells != null && cells.values().stream().anyMatch(text -> !text.isBlank())) {
                                List<String> list = new ArrayList<>();
                                for (int i = 0; i <= cells.lastKey(); i++) {
                                    list.add(cells.getOrDefault(i, "").strip());
                                }
                                rows.add(new Table.Row(rowNumber, rowNumber, list));
                            }
                            cells = null;
                        }
                        default -> { }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inValue) {
                    value.append(xml.getText());
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UploadedTable.Unreadable unreadable) {
                throw unreadable;
            }
            throw new UploadedTable.Unreadable("the worksheet cannot be read (" + e.getMessage() + ")");
        }
        return rows;
    }

    private static String cellText(String type, String raw, List<String> shared) {
        if ("s".equals(type)) {
            int index = Integer.parseInt(raw.strip());
            if (index < 0 || index >= shared.size()) {
                throw new UploadedTable.Unreadable("a cell refers to shared string " + index + ", which does not exist");
            }
            return shared.get(index);
        }
        if ("b".equals(type)) {
            return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            String number = raw.strip();
            // Spreadsheets store whole numbers as 12 or 12.0; show them as a person typed them.
            return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
        }
        return raw;
    }

    /** Zero-based column of a reference such as {@code AB12}. */
    static int columnIndex(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || column > 16384) {
            throw new UploadedTable.Unreadable("a cell has the reference '" + reference + "', which is not a cell reference");
        }
        return column - 1;
    }

    private static XMLStreamReader reader(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }
}
