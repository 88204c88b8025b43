package org.homeward.formats.codis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.codis.XmlTree.Node;
import org.homeward.formats.markers.AlleleNames;
import org.homeward.formats.markers.LocusNaming;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Sex;

/**
 * Reads CODIS CMF 3.2 import files, with or without the namespace and byte-order mark. Problems name
 * the line and the XPath of the element at fault. Locus names are made canonical; loci with more than
 * two alleles (mixtures) are reported as warnings; an allele outside {@link AlleleNames}' grammar (an
 * off-ladder {@code OL}) is an error. Under LENIENT an unsound locus is skipped with a warning, and a
 * specimen without id or category. A man's specimen (amelogenin X and Y) with two alleles at an X-linked
 * locus is an error at that LOCUS (LENIENT: a warning, the locus left out): a man has one X.
 */
public final class CmfReader {

    public static final String NAMESPACE = "urn:CODISImportFile-schema";
    public static final String ROOT = "CODISImportFile";
    /** CODIS limits specimen ids to 24 characters. */
    public static final int MAX_SPECIMEN_ID = 24;

    private static final List<String> REQUIRED_HEADER =
            List.of("HEADERVERSION", "MESSAGETYPE", "DESTINATIONORI", "SOURCELAB", "SUBMITBYUSERID", "SUBMITDATETIME");
    private static final Set<String> KNOWN = Set.of("HEADERVERSION", "MESSAGETYPE", "DESTINATIONORI", "SOURCELAB",
            "SUBMITBYUSERID", "SUBMITDATETIME", "BATCHID", "KIT", "SPECIMEN");

    private CmfReader() { }

    public static ReadResult<CmfFile> read(Path path, Strictness strictness) {
        return parse(path.toString(), TextFile.readBytes(path), strictness);
    }

    public static ReadResult<CmfFile> parse(String name, byte[] bytes, Strictness strictness) {
        return parse(name, bytes, strictness, LocusNaming.MARKERS);
    }

    /** A file whose loci are named by {@code naming}: Y-STR specimens read their loci against the lab's panel. */
    public static ReadResult<CmfFile> parse(String name, byte[] bytes, Strictness strictness, LocusNaming naming) {
        return new ProblemLog(name, strictness).run(log -> file(XmlTree.parse(bytes, log), naming, log));
    }

    private static CmfFile file(Node root, LocusNaming naming, ProblemLog log) {
        if (!root.name.equals(ROOT)) {
            throw log.fatal(root.line, root.path, "not a CODIS import file: the root element is <" + root.name
                    + ">, expected <" + ROOT + ">");
        }
        if (!root.namespace.isEmpty() && !root.namespace.equals(NAMESPACE)) {
            log.error(root.line, root.path, "unexpected namespace '" + root.namespace + "', expected '" + NAMESPACE + "' or none");
        }
        String[] header = new String[REQUIRED_HEADER.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = required(root, REQUIRED_HEADER.get(i), log);
        }
        if (!header[0].isEmpty() && !header[0].equals("3.2")) {
            log.warning(root.first("HEADERVERSION").line, root.first("HEADERVERSION").path,
                    "header version " + header[0] + "; this reader follows CMF 3.2");
        }
        for (Node c : root.children) {
            if (!KNOWN.contains(c.name)) {
                log.warning(c.line, c.path, "unknown element <" + c.name + "> is ignored");
            }
        }
        List<CmfSpecimen> specimens = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node s : root.all("SPECIMEN")) {
            CmfSpecimen specimen = specimen(s, naming, log);
            if (!specimen.specimenId().isEmpty() && !ids.add(specimen.specimenId())) {
                log.error(s.line, s.path + "/SPECIMENID", "specimen " + specimen.specimenId() + " is listed twice");
            }
            if (!specimen.specimenId().isEmpty() && !specimen.category().isEmpty()) {
                specimens.add(specimen);
            }
        }
        if (root.all("SPECIMEN").isEmpty()) {
            log.error(root.line, root.path, "the file holds no SPECIMEN");
        }
        return new CmfFile(header[0], header[1], header[2], header[3], header[4], header[5],
                optional(root, "BATCHID"), optional(root, "KIT"), specimens, root.namespace.equals(NAMESPACE));
    }

    private static CmfSpecimen specimen(Node s, LocusNaming naming, ProblemLog log) {
        String id = required(s, "SPECIMENID", log);
        if (id.length() > MAX_SPECIMEN_ID) {
            Node n = s.first("SPECIMENID");
            log.error(n.line, n.path, "specimen id '" + id + "' is longer than " + MAX_SPECIMEN_ID + " characters");
        }
        String category = required(s, "SPECIMENCATEGORY", log);
        List<CmfLocus> loci = new ArrayList<>();
        List<Node> lociNodes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node l : s.all("LOCUS")) {
            int errors = log.errorCount();
            String raw = required(l, "LOCUSNAME", log);
            if (raw.isEmpty()) {
                continue;
            }
            Node nameNode = l.first("LOCUSNAME");
            String name = naming.resolve(raw, log, nameNode.line, nameNode.path);
            if (!names.add(name)) {
                log.error(l.line, l.path, "specimen " + id + " has locus " + name + " twice");
                continue;
            }
            List<String> alleles = new ArrayList<>();
            List<Node> alleleNodes = l.all("ALLELE");
            if (alleleNodes.isEmpty()) {
                log.error(l.line, l.path, "locus " + name + " has no ALLELE");
            }
            boolean unsound = false;
            for (Node a : alleleNodes) {
                String v = required(a, "ALLELEVALUE", log);
                if (!v.isEmpty()) {
                    alleles.add(v);
                    Optional<String> problem = naming.flagsMixtures() ? AlleleNames.problem(name, v) : Optional.empty();
                    if (problem.isPresent()) {
                        log.strictError(a.line, a.path + "/ALLELEVALUE", "specimen " + id + ": " + problem.get()
                                + (log.isStrict() ? "" : "; locus " + name + " is left out"));
                        unsound = true;
                    }
                }
            }
            Optional<String> judged = unsound || alleles.isEmpty() ? Optional.empty() : naming.callProblem(name, alleles);
            if (judged.isPresent()) {
                log.strictError(l.line, l.path, "specimen " + id + ": " + judged.get() + (log.isStrict() ? "" : "; locus " + name + " is left out"));
                unsound = true;
            } else if (naming.flagsMixtures() && alleles.stream().distinct().count() > 2) {
                log.warning(l.line, l.path, "specimen " + id + " has " + alleles.size() + " alleles at " + name + " (mixture)");
            }
            if (log.errorCount() == errors && !unsound) {
                loci.add(new CmfLocus(name, optional(l, "READINGBY"), optional(l, "READINGDATETIME"), alleles));
                lociNodes.add(l);
            }
        }
        CmfSpecimen specimen = new CmfSpecimen(s.attributes.getOrDefault("SOURCEID", ""), s.attributes.getOrDefault("CASEID", ""),
                s.attributes.getOrDefault("PARTIAL", ""), id, category, optional(s, "SPECIMENCOMMENT"), loci);
        return naming.flagsMixtures() && specimen.sex() == Sex.MALE ? withoutMaleHeterozygotes(specimen, lociNodes, log) : specimen;
    }

    /** A man's specimen without its X-linked loci of two alleles, each an error at its LOCUS (LENIENT: a warning). */
    private static CmfSpecimen withoutMaleHeterozygotes(CmfSpecimen specimen, List<Node> lociNodes, ProblemLog log) {
        List<CmfLocus> kept = new ArrayList<>();
        for (int i = 0; i < specimen.loci().size(); i++) {
            CmfLocus locus = specimen.loci().get(i);
            if (MarkerNames.isXLinked(locus.name()) && locus.alleles().stream().distinct().count() == 2) {
                Node node = lociNodes.get(i);
                log.strictError(node.line, node.path, MarkerNames.maleHeterozygote(specimen.specimenId(), locus.name(), locus.alleles())
                        + (log.isStrict() ? "" : "; locus " + locus.name() + " is left out"));
            } else {
                kept.add(locus);
            }
        }
        return new CmfSpecimen(specimen.sourceId(), specimen.caseId(), specimen.partial(), specimen.specimenId(), specimen.category(),
                specimen.comment(), kept);
    }

    private static String required(Node parent, String child, ProblemLog log) {
        Node n = parent.first(child);
        if (n == null) {
            log.error(parent.line, parent.path + "/" + child, "<" + parent.name + "> has no <" + child + ">");
            return "";
        }
        if (n.text().isEmpty()) {
            log.error(n.line, n.path, "<" + child + "> is empty");
        }
        return n.text();
    }

    private static String optional(Node parent, String child) {
        Node n = parent.first(child);
        return n == null ? "" : n.text();
    }
}
