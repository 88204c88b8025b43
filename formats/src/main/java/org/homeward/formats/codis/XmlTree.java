package org.homeward.formats.codis;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.homeward.formats.common.ProblemLog;

/**
 * A small element tree with line numbers, read with StAX. DTDs and external entities are refused
 * (XXE safe).
 */
final class XmlTree {

    static final class Node {
        final String name;
        final String namespace;
        final int line;
        final String path;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Node(String name, String namespace, int line, String path) {
            this.name = name;
            this.namespace = namespace;
            this.line = line;
            this.path = path;
        }

        List<Node> all(String child) {
            return children.stream().filter(c -> c.name.equals(child)).toList();
        }

        Node first(String child) {
            return children.stream().filter(c -> c.name.equals(child)).findFirst().orElse(null);
        }

        String text() {
            return text.toString().strip();
        }
    }

    private XmlTree() { }

    static Node parse(byte[] bytes, ProblemLog log) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Deque<Node> open = new ArrayDeque<>();
        Node root = null;
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip));
            while (r.hasNext()) {
                // Where the previous event ended is where this one starts: the reader's location after
                // next() may already lie past the element's own line. The prolog is not an event, so
                // the root takes the location after next().
                int startLine = r.getLocation().getLineNumber();
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        Node parent = open.peek();
                        String path;
                        if (parent == null) {
                            path = "/" + name;
                        } else {
                            long same = parent.children.stream().filter(c -> c.name.equals(name)).count();
                            path = parent.path + "/" + name + "[" + (same + 1) + "]";
                        }
                        Node n = new Node(name, r.getNamespaceURI() == null ? "" : r.getNamespaceURI(),
                                parent == null ? r.getLocation().getLineNumber() : startLine, path);
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (parent == null) {
                            root = n;
                        } else {
                            parent.children.add(n);
                        }
                        open.push(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.DTD ->
                            throw log.fatal(r.getLocation().getLineNumber(), "DOCTYPE", "a DOCTYPE is not allowed in a CODIS import file");
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            String where = open.isEmpty() ? "" : open.peek().path;
            String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw log.fatal(line, where, "not well-formed XML: " + message.strip());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
        if (root == null) {
            throw log.fatal(0, "", "the file holds no XML element");
        }
        return root;
    }
}
