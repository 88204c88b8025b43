package org.homeward.formats.kinshipcase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Reads {@code kinship-case/1} files. Every problem is reported at once, each naming the file and
 * the JSON path of the field at fault; a case with any problem is not returned.
 */
public final class KinshipCaseReader {

    public static final String FORMAT = "kinship-case/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Raised for a file that cannot be read as a valid case: a user error, with every problem found. */
    public static final class InvalidCaseException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        InvalidCaseException(Path file, List<String> problems) {
            super(file + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private KinshipCaseReader(Path file) {
        this.file = file;
    }

    public static KinshipCase read(Path file) throws InvalidCaseException {
        return new KinshipCaseReader(file).read();
    }

    private KinshipCase read() throws InvalidCaseException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(file, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidCaseException(file, List.of("cannot read the file: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCaseException(file, List.of("$: expected a JSON object"));
        }
        String format = text(root, "$", "format");
        if (format != null && !FORMAT.equals(format)) {
            problems.add("$.format: expected \"" + FORMAT + "\", found \"" + format + "\"");
            throw new InvalidCaseException(file, problems);
        }
        String id = text(root, "$", "id");
        String description = root.path("description").asText("");
        List<Marker> markers = markers(root.get("markers"));
        Pedigree pedigree = pedigree(root.get("pedigree"));
        String missing = text(root, "$", "missing");
        if (pedigree != null && missing != null && pedigree.indexOf(missing) < 0) {
            problems.add("$.missing: person \"" + missing + "\" is not in the pedigree");
        }
        Map<String, Profile> references = new LinkedHashMap<>();
        JsonNode refs = root.get("references");
        if (refs == null || !refs.isObject()) {
            problems.add("$.references: expected an object of typed relatives");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = refs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.references." + e.getKey();
                if (pedigree != null && pedigree.indexOf(e.getKey()) < 0) {
                    problems.add(path + ": person \"" + e.getKey() + "\" is not in the pedigree");
                }
                Profile p = profile(e.getKey(), e.getValue(), path, markers);
                if (p != null) {
                    references.put(e.getKey(), p);
                }
            }
        }
        List<Profile> remains = new ArrayList<>();
        JsonNode rem = root.get("remains");
        if (rem == null || !rem.isArray() || rem.isEmpty()) {
            problems.add("$.remains: expected a non-empty array");
        } else {
            for (int i = 0; i < rem.size(); i++) {
                String path = "$.remains[" + i + "]";
                String rid = text(rem.get(i), path, "id");
                if (rid != null) {
                    Profile p = profile(rid, rem.get(i).get("genotype"), path + ".genotype", markers);
                    if (p != null) {
                        remains.add(p);
                    }
                }
            }
        }
        Map<String, KinshipCase.Expected> expected = expected(root.get("expected"), remains);
        double tolerance = tolerance(root.get("tolerance"));
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(file, problems);
        }
        return new KinshipCase(id, description, markers, pedigree, missing, references, remains, expected, tolerance);
    }

    private List<Marker> markers(JsonNode node) {
        List<Marker> out = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("$.markers: expected a non-empty array");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "$.markers[" + i + "]";
            JsonNode m = node.get(i);
            String name = text(m, path, "name");
            JsonNode alleles = m.get("alleles");
            if (alleles == null || !alleles.isObject() || alleles.isEmpty()) {
                problems.add(path + ".alleles: expected an object of allele → frequency");
                continue;
            }
            Marker.Builder b = Marker.builder(name);
            for (Iterator<Map.Entry<String, JsonNode>> it = alleles.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> a = it.next();
                if (!a.getValue().isNumber()) {
                    problems.add(path + ".alleles." + a.getKey() + ": expected a number");
                    continue;
                }
                b.allele(a.getKey(), a.getValue().doubleValue());
            }
            JsonNode mut = m.get("mutation");
            if (mut != null && !mut.isNull()) {
                try {
                    b.femaleMutation(mutation(mut, path + ".mutation", "rateFemale"));
                    b.maleMutation(mutation(mut, path + ".mutation", "rateMale"));
                } catch (KinshipInputException e) {
                    e.problems().forEach(p -> problems.add(path + ".mutation: " + p));
                    continue;
                }
            }
            if (name == null) {
                continue;
            }
            try {
                out.add(b.build());
            } catch (KinshipInputException e) {
                e.problems().forEach(p -> problems.add(path + ": " + p));
            }
        }
        return out;
    }

    private MutationModel mutation(JsonNode mut, String path, String rateField) {
        String model = text(mut, path, "model");
        if (model == null) {
            return MutationModel.NONE;
        }
        MutationModel.Kind kind = MutationModel.parseKind(model);
        if (kind == MutationModel.Kind.NONE) {
            return MutationModel.NONE;
        }
        double rate = number(mut, path, rateField, Double.NaN);
        double range = kind == MutationModel.Kind.STEPWISE ? number(mut, path, "range", Double.NaN) : 0;
        double rate2 = kind == MutationModel.Kind.STEPWISE ? number(mut, path, "rate2", 0) : 0;
        return new MutationModel(kind, rate, range, rate2);
    }

    private Pedigree pedigree(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("$.pedigree: expected a non-empty array of persons");
            return null;
        }
        Pedigree.Builder b = Pedigree.builder();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            String path = "$.pedigree[" + i + "]";
            JsonNode p = node.get(i);
            String id = text(p, path, "id");
            String sexText = text(p, path, "sex");
            Sex sex = null;
            if (sexText != null) {
                try {
                    sex = Sex.parse(sexText);
                } catch (IllegalArgumentException e) {
                    problems.add(path + ".sex: " + e.getMessage());
                }
            }
            String father = nullableText(p, path, "father");
            String mother = nullableText(p, path, "mother");
            if (id == null || sex == null) {
                ok = false;
                continue;
            }
            b.person(id, sex, father, mother);
        }
        if (!ok) {
            return null;
        }
        try {
            return b.build();
        } catch (KinshipInputException e) {
            e.problems().forEach(p -> problems.add("$.pedigree: " + p));
            return null;
        }
    }

    private Profile profile(String id, JsonNode node, String path, List<Marker> markers) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected an object of marker → [allele, allele]");
            return null;
        }
        Profile.Builder b = Profile.builder(id);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String mpath = path + "." + e.getKey();
            JsonNode pair = e.getValue();
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                problems.add(mpath + ": expected two allele names as strings, e.g. [\"14\", \"16\"]");
                continue;
            }
            Marker marker = markers.stream().filter(m -> m.name().equals(e.getKey())).findFirst().orElse(null);
            if (marker == null) {
                problems.add(mpath + ": marker " + e.getKey() + " is not among $.markers");
                continue;
            }
            for (int k = 0; k < 2; k++) {
                String allele = pair.get(k).asText();
                if (marker.alleleIndex(allele) < 0) {
                    problems.add(mpath + "[" + k + "]: allele \"" + allele + "\" is not in the frequency table of "
                            + marker.name());
                }
            }
            try {
                b.put(e.getKey(), AllelePair.of(pair.get(0).asText(), pair.get(1).asText()));
            } catch (KinshipInputException ex) {
                problems.add(mpath + ": " + ex.getMessage());
            }
        }
        return b.build();
    }

    private Map<String, KinshipCase.Expected> expected(JsonNode node, List<Profile> remains) {
        Map<String, KinshipCase.Expected> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            problems.add("$.expected: expected an object of remains id → expected LR");
            return out;
        }
        for (Profile r : remains) {
            String path = "$.expected." + r.id();
            JsonNode e = node.get(r.id());
            if (e == null) {
                problems.add(path + ": no expected LR for remains \"" + r.id() + "\"");
                continue;
            }
            double lr = number(e, path, "lr", Double.NaN);
            if (!(lr >= 0)) {
                if (!Double.isNaN(lr)) {
                    problems.add(path + ".lr: a likelihood ratio cannot be negative");
                }
                continue;
            }
            JsonNode log = e.get("log10lr");
            if (lr == 0 && log != null && !log.isNull()) {
                problems.add(path + ".log10lr: must be null when lr is 0");
            } else if (lr > 0 && log != null && log.isNumber()
                    && Math.abs(log.doubleValue() - Math.log10(lr)) > 1e-6 * Math.max(1, Math.abs(log.doubleValue()))) {
                problems.add(path + ".log10lr: " + log.doubleValue() + " is not log10 of lr " + lr);
            }
            Map<String, Double> perMarker = new LinkedHashMap<>();
            JsonNode pm = e.get("perMarker");
            if (pm != null && pm.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = pm.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = it.next();
                    if (m.getValue().isNumber()) {
                        perMarker.put(m.getKey(), m.getValue().doubleValue());
                    } else {
                        problems.add(path + ".perMarker." + m.getKey() + ": expected a number");
                    }
                }
            }
            out.put(r.id(), new KinshipCase.Expected(lr, perMarker));
        }
        return out;
    }

    private double tolerance(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add("$.tolerance: missing (expected {\"relative\": 1e-6} or similar)");
            return Double.NaN;
        }
        double t = number(node, "$.tolerance", "relative", Double.NaN);
        if (!Double.isNaN(t) && !(t >= 0 && t < 1)) {
            problems.add("$.tolerance.relative: " + t + " is outside [0, 1)");
        }
        return t;
    }

    private String text(JsonNode node, String path, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(path + "." + field + ": expected a non-empty string");
            return null;
        }
        return v.asText();
    }

    private String nullableText(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(path + "." + field + ": expected a person id or null");
            return null;
        }
        return v.asText();
    }

    private double number(JsonNode node, String path, String field, double absent) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (Double.isNaN(absent)) {
                problems.add(path + "." + field + ": expected a number");
            }
            return absent;
        }
        if (!v.isNumber()) {
            problems.add(path + "." + field + ": expected a number, found " + v);
            return Double.NaN;
        }
        return v.doubleValue();
    }
}
