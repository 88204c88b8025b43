package org.homeward.formats.kinshipcase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.FounderInbreeding;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code kinship-case/1} and {@code kinship-case/2} files. Every problem is reported at once,
 * each naming the file and the JSON path of the field at fault; a field the format does not define
 * (or that the file's version does not have) is a problem, never ignored; a case with any problem
 * is not returned.
 */
public final class KinshipCaseReader {

    public static final String FORMAT_1 = "kinship-case/1";
    public static final String FORMAT_2 = "kinship-case/2";

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final Set<String> ROOT_1 = Set.of("format", "id", "description", "markers", "pedigree", "missing",
            "references", "remains", "expected", "tolerance");
    private static final Set<String> ROOT_2_MISSING = union(ROOT_1, "theta", "linkage");
    private static final Set<String> ROOT_2_HYPOTHESES = Set.of("format", "id", "description", "markers", "theta",
            "linkage", "hypotheses", "reference", "references", "expected", "tolerance");
    private static final Set<String> PERSON_1 = Set.of("id", "father", "mother", "sex");
    private static final Set<String> PERSON_2 = union(PERSON_1, "founderInbreeding");

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
    private boolean version2;
    private final Map<String, Chromosome> chromosomes = new LinkedHashMap<>();

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
        } catch (JacksonException e) {
            throw new InvalidCaseException(file, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidCaseException(file, List.of("cannot read the file: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCaseException(file, List.of("$: expected a JSON object"));
        }
        String format = text(root, "$", "format");
        if (format != null && !FORMAT_1.equals(format) && !FORMAT_2.equals(format)) {
            problems.add("$.format: expected \"" + FORMAT_1 + "\" or \"" + FORMAT_2 + "\", found \"" + format + "\"");
        }
        if (format == null || !problems.isEmpty()) {
            throw new InvalidCaseException(file, problems);
        }
        version2 = FORMAT_2.equals(format);
        boolean hypothesisCase = version2 && root.has("hypotheses");
        onlyFields(root, "$", !version2 ? ROOT_1 : hypothesisCase ? ROOT_2_HYPOTHESES : ROOT_2_MISSING);
        String id = text(root, "$", "id");
        String description = root.path("description").asString("");
        List<Marker> markers = markers(root.get("markers"));
        double theta = version2 ? theta(root.get("theta")) : 0;
        List<InheritanceUnit> units = units(root.get("linkage"), markers);

        KinshipCase.Question question;
        Set<String> persons = new HashSet<>();
        Map<String, Sex> sexes = new LinkedHashMap<>();
        Set<String> remainsIds = new LinkedHashSet<>();
        if (hypothesisCase) {
            question = hypotheses(root, persons, sexes, remainsIds);
        } else {
            Hypothesis family = hypothesis(root.get("pedigree"), "$.pedigree", sexes);
            String missing = text(root, "$", "missing");
            if (family != null) {
                persons.addAll(family.pedigree().ids());
                if (missing != null && family.pedigree().indexOf(missing) < 0) {
                    problems.add("$.missing: person \"" + missing + "\" is not in the pedigree");
                } else if (missing != null && family.inbreeding().containsKey(missing)) {
                    problems.add("$.missing: the missing person \"" + missing + "\" cannot carry founderInbreeding");
                }
            }
            Sex missingSex = missing == null ? null : sexes.get(missing);
            Map<String, Map<String, Observation>> remains = remains(root.get("remains"), markers, missingSex);
            remainsIds.addAll(remains.keySet());
            question = new KinshipCase.MissingPerson(family, missing, remains);
        }
        Map<String, Map<String, Observation>> references = references(root.get("references"), markers, persons, sexes,
                question instanceof KinshipCase.MissingPerson mp ? mp.missing() : null);
        Map<String, KinshipCase.Expected> expected = expected(root.get("expected"), remainsIds, units);
        double tolerance = tolerance(root.get("tolerance"));
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(file, problems);
        }
        return new KinshipCase(format, id, description, units, theta, references, question, expected, tolerance);
    }

    private KinshipCase.Hypotheses hypotheses(JsonNode root, Set<String> persons, Map<String, Sex> sexes, Set<String> ids) {
        JsonNode node = root.get("hypotheses");
        Map<String, Hypothesis> out = new LinkedHashMap<>();
        if (!node.isArray() || node.size() < 2) {
            problems.add("$.hypotheses: expected an array of two or more hypotheses");
            return null;
        }
        List<Set<String>> each = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "$.hypotheses[" + i + "]";
            JsonNode h = node.get(i);
            if (!h.isObject()) {
                problems.add(path + ": expected an object {id, description, pedigree}");
                continue;
            }
            onlyFields(h, path, Set.of("id", "description", "pedigree"));
            String hid = text(h, path, "id");
            Hypothesis hyp = hypothesis(h.get("pedigree"), path + ".pedigree", sexes);
            if (hid != null && hyp != null && out.putIfAbsent(hid, hyp) != null) {
                problems.add(path + ".id: hypothesis \"" + hid + "\" is listed more than once");
            }
            if (hyp != null) {
                each.add(new HashSet<>(hyp.pedigree().ids()));
            }
        }
        // The typed persons must be in every hypothesis: only ids common to all count as persons.
        if (!each.isEmpty()) {
            persons.addAll(each.get(0));
            each.forEach(persons::retainAll);
        }
        String reference = text(root, "$", "reference");
        if (reference != null && !out.isEmpty() && !out.containsKey(reference)) {
            problems.add("$.reference: no hypothesis \"" + reference + "\"");
        }
        out.keySet().stream().filter(h -> !h.equals(reference)).forEach(ids::add);
        return new KinshipCase.Hypotheses(out, reference);
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
            if (!m.isObject()) {
                problems.add(path + ": expected an object");
                continue;
            }
            onlyFields(m, path, version2 ? Set.of("name", "alleles", "mutation", "chromosome") : Set.of("name", "alleles", "mutation"));
            String name = text(m, path, "name");
            Chromosome chromosome = chromosome(m.get("chromosome"), path + ".chromosome");
            JsonNode alleles = m.get("alleles");
            if (alleles == null || !alleles.isObject() || alleles.isEmpty()) {
                problems.add(path + ".alleles: expected an object of allele → frequency");
                continue;
            }
            Marker.Builder b = Marker.builder(name);
            for (Map.Entry<String, JsonNode> a : alleles.properties()) {
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
            if (name == null || chromosome == null) {
                continue;
            }
            if (chromosomes.putIfAbsent(name, chromosome) != null) {
                problems.add(path + ".name: marker " + name + " is listed more than once");
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

    private Chromosome chromosome(JsonNode node, String path) {
        if (node == null) {
            return Chromosome.AUTOSOMAL;
        }
        return switch (node.isString() ? node.asString() : "") {
            case "X" -> Chromosome.X;
            case "autosomal" -> Chromosome.AUTOSOMAL;
            default -> {
                problems.add(path + ": expected \"X\" or \"autosomal\", found " + node);
                yield null;
            }
        };
    }

    private MutationModel mutation(JsonNode mut, String path, String rateField) {
        if (!mut.isObject()) {
            problems.add(path + ": expected an object");
            return MutationModel.NONE;
        }
        String model = text(mut, path, "model");
        if (model == null) {
            return MutationModel.NONE;
        }
        MutationModel.Kind kind = MutationModel.parseKind(model);
        onlyFields(mut, path, kind == MutationModel.Kind.STEPWISE ? Set.of("model", "rateFemale", "rateMale", "range", "rate2")
                : kind == MutationModel.Kind.NONE ? Set.of("model") : Set.of("model", "rateFemale", "rateMale"));
        if (kind == MutationModel.Kind.NONE) {
            return MutationModel.NONE;
        }
        double rate = number(mut, path, rateField, Double.NaN);
        double range = kind == MutationModel.Kind.STEPWISE ? number(mut, path, "range", Double.NaN) : 0;
        double rate2 = kind == MutationModel.Kind.STEPWISE ? number(mut, path, "rate2", 0) : 0;
        return new MutationModel(kind, rate, range, rate2);
    }

    private double theta(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (!node.isNumber() || !(node.doubleValue() >= 0 && node.doubleValue() < 1)) {
            problems.add("$.theta: expected a number in [0, 1), found " + node);
            return 0;
        }
        return node.doubleValue();
    }

    /** One unit per marker, except the markers of a linked pair, which form one unit named after the pair. */
    private List<InheritanceUnit> units(JsonNode linkage, List<Marker> markers) {
        Map<String, Marker> byName = new LinkedHashMap<>();
        markers.forEach(m -> byName.put(m.name(), m));
        Map<String, InheritanceUnit> pairOf = new LinkedHashMap<>();
        if (linkage != null) {
            if (!version2 || !linkage.isArray()) {
                problems.add("$.linkage: expected an array of linked pairs");
                return List.of();
            }
            for (int i = 0; i < linkage.size(); i++) {
                String path = "$.linkage[" + i + "]";
                JsonNode l = linkage.get(i);
                if (!l.isObject()) {
                    problems.add(path + ": expected an object {name, markers, recombinationRate}");
                    continue;
                }
                onlyFields(l, path, Set.of("name", "markers", "recombinationRate"));
                String name = text(l, path, "name");
                double rho = number(l, path, "recombinationRate", Double.NaN);
                JsonNode pair = l.get("markers");
                if (pair == null || !pair.isArray() || pair.size() != 2 || !pair.get(0).isString() || !pair.get(1).isString()) {
                    problems.add(path + ".markers: expected two marker names");
                    continue;
                }
                Marker a = byName.get(pair.get(0).asString());
                Marker b = byName.get(pair.get(1).asString());
                if (a == null || b == null) {
                    problems.add(path + ".markers: marker " + (a == null ? pair.get(0) : pair.get(1)) + " is not among $.markers");
                    continue;
                }
                if (chromosomes.get(a.name()) != chromosomes.get(b.name())) {
                    problems.add(path + ".markers: a linked pair's markers must be on the same chromosome");
                    continue;
                }
                if (pairOf.containsKey(a.name()) || pairOf.containsKey(b.name())) {
                    problems.add(path + ".markers: a marker belongs to one linked pair at most");
                    continue;
                }
                if (byName.containsKey(name)) {
                    problems.add(path + ".name: \"" + name + "\" is also a marker's name");
                    continue;
                }
                if (name == null || Double.isNaN(rho)) {
                    continue;
                }
                try {
                    InheritanceUnit unit = InheritanceUnit.linked(name, chromosomes.get(a.name()), a, b, rho);
                    pairOf.put(a.name(), unit);
                    pairOf.put(b.name(), unit);
                } catch (KinshipInputException e) {
                    e.problems().forEach(p -> problems.add(path + ": " + p));
                }
            }
        }
        List<InheritanceUnit> units = new ArrayList<>();
        for (Marker m : markers) {
            InheritanceUnit pair = pairOf.get(m.name());
            if (pair == null) {
                units.add(InheritanceUnit.of(m, chromosomes.get(m.name())));
            } else if (!units.contains(pair)) {
                units.add(pair);
            }
        }
        return units;
    }

    /** A pedigree with its founders' inbreeding; records each person's sex, which must agree across hypotheses. */
    private Hypothesis hypothesis(JsonNode node, String at, Map<String, Sex> sexes) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add(at + ": expected a non-empty array of persons");
            return null;
        }
        Pedigree.Builder b = Pedigree.builder();
        Map<String, FounderInbreeding> inbreeding = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            String path = at + "[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                problems.add(path + ": expected an object");
                ok = false;
                continue;
            }
            onlyFields(p, path, version2 ? PERSON_2 : PERSON_1);
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
            Sex earlier = sexes.putIfAbsent(id, sex);
            if (earlier != null && earlier != sex) {
                problems.add(path + ".sex: person \"" + id + "\" has another sex in another hypothesis");
            }
            JsonNode fi = p.get("founderInbreeding");
            if (fi != null) {
                if (father != null || mother != null) {
                    problems.add(path + ".founderInbreeding: only founders carry it");
                } else {
                    FounderInbreeding f = inbreeding(fi, path + ".founderInbreeding", sex);
                    if (f != null) {
                        inbreeding.put(id, f);
                    }
                }
            }
            b.person(id, sex, father, mother);
        }
        if (!ok) {
            return null;
        }
        try {
            return new Hypothesis(b.build(), inbreeding);
        } catch (KinshipInputException e) {
            e.problems().forEach(p -> problems.add(at + ": " + p));
            return null;
        }
    }

    private FounderInbreeding inbreeding(JsonNode node, String path, Sex sex) {
        if (!node.isObject()) {
            problems.add(path + ": expected an object {autosomal, X}");
            return null;
        }
        onlyFields(node, path, Set.of("autosomal", "X"));
        double autosomal = number(node, path, "autosomal", 0);
        double x = number(node, path, "X", 0);
        if (x > 0 && sex != Sex.FEMALE) {
            problems.add(path + ".X: only women carry an X inbreeding coefficient");
            return null;
        }
        try {
            return new FounderInbreeding(autosomal, x);
        } catch (KinshipInputException e) {
            problems.add(path + ": " + e.getMessage());
            return null;
        }
    }

    private Map<String, Map<String, Observation>> references(JsonNode refs, List<Marker> markers, Set<String> persons,
                                                             Map<String, Sex> sexes, String missing) {
        Map<String, Map<String, Observation>> out = new LinkedHashMap<>();
        if (refs == null || !refs.isObject()) {
            problems.add("$.references: expected an object of typed persons");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : refs.properties()) {
            String path = "$.references." + e.getKey();
            if (!persons.isEmpty() && !persons.contains(e.getKey())) {
                problems.add(path + ": person \"" + e.getKey() + "\" is not in " + (missing == null ? "every hypothesis" : "the pedigree"));
            } else if (e.getKey().equals(missing)) {
                problems.add(path + ": the missing person cannot also be a typed reference");
            }
            out.put(e.getKey(), observations(e.getValue(), path, markers, sexes.get(e.getKey())));
        }
        return out;
    }

    private Map<String, Map<String, Observation>> remains(JsonNode rem, List<Marker> markers, Sex sex) {
        Map<String, Map<String, Observation>> out = new LinkedHashMap<>();
        if (rem == null || !rem.isArray() || rem.isEmpty()) {
            problems.add("$.remains: expected a non-empty array");
            return out;
        }
        for (int i = 0; i < rem.size(); i++) {
            String path = "$.remains[" + i + "]";
            JsonNode r = rem.get(i);
            if (!r.isObject()) {
                problems.add(path + ": expected an object {id, genotype}");
                continue;
            }
            onlyFields(r, path, Set.of("id", "genotype"));
            String rid = text(r, path, "id");
            Map<String, Observation> obs = observations(r.get("genotype"), path + ".genotype", markers, sex);
            if (rid != null && out.putIfAbsent(rid, obs) != null) {
                problems.add(path + ".id: remains \"" + rid + "\" is listed more than once");
            }
        }
        return out;
    }

    /** Genotypes by marker: two allele names, one name and null, or (a man on an X marker) one name. */
    private Map<String, Observation> observations(JsonNode node, String path, List<Marker> markers, Sex sex) {
        Map<String, Observation> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            problems.add(path + ": expected an object of marker → [allele, allele]");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String mpath = path + "." + e.getKey();
            Marker marker = markers.stream().filter(m -> m.name().equals(e.getKey())).findFirst().orElse(null);
            if (marker == null) {
                problems.add(mpath + ": marker " + e.getKey() + " is not among $.markers");
                continue;
            }
            boolean hemizygous = chromosomes.get(marker.name()) == Chromosome.X && sex == Sex.MALE;
            Observation o = observation(e.getValue(), mpath, hemizygous);
            if (o == null) {
                continue;
            }
            for (String allele : o.other() == null ? List.of(o.allele()) : List.of(o.allele(), o.other())) {
                if (marker.alleleIndex(allele) < 0) {
                    problems.add(mpath + ": allele \"" + allele + "\" is not in the frequency table of " + marker.name());
                }
            }
            out.put(e.getKey(), o);
        }
        return out;
    }

    private Observation observation(JsonNode pair, String path, boolean hemizygous) {
        if (hemizygous) {
            if (version2 && pair.isArray() && pair.size() == 1 && pair.get(0).isString()) {
                return Observation.hemizygous(pair.get(0).asString());
            }
            problems.add(path + ": a man has one allele on an X marker, e.g. [\"14\"]");
            return null;
        }
        if (pair.isArray() && pair.size() == 2 && pair.get(0).isString() && pair.get(1).isString()) {
            return Observation.pair(pair.get(0).asString(), pair.get(1).asString());
        }
        if (version2 && pair.isArray() && pair.size() == 2 && pair.get(0).isString() != pair.get(1).isString()
                && (pair.get(0).isNull() || pair.get(1).isNull())) {
            return Observation.oneUnobserved(pair.get(0).isString() ? pair.get(0).asString() : pair.get(1).asString());
        }
        problems.add(path + ": expected two allele names as strings, e.g. [\"14\", \"16\"]"
                + (version2 ? ", or one name and null" : ""));
        return null;
    }

    private Map<String, KinshipCase.Expected> expected(JsonNode node, Set<String> keys, List<InheritanceUnit> units) {
        Map<String, KinshipCase.Expected> out = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            problems.add("$.expected: expected an object of remains or hypothesis id → expected LR");
            return out;
        }
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                problems.add("$.expected." + key + ": no remains or hypothesis (other than the reference) \"" + key + "\"");
            }
        }
        Set<String> unitNames = new HashSet<>();
        units.forEach(u -> unitNames.add(u.name()));
        for (String key : keys) {
            String path = "$.expected." + key;
            JsonNode e = node.get(key);
            if (e == null || !e.isObject()) {
                problems.add(path + ": no expected LR for \"" + key + "\"");
                continue;
            }
            onlyFields(e, path, Set.of("lr", "log10lr", "perMarker"));
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
            Map<String, Double> perUnit = new LinkedHashMap<>();
            JsonNode pm = e.get("perMarker");
            if (pm != null && pm.isObject()) {
                for (Map.Entry<String, JsonNode> m : pm.properties()) {
                    if (!unitNames.contains(m.getKey())) {
                        problems.add(path + ".perMarker." + m.getKey() + ": not a marker outside a linked pair, nor a linked pair");
                    } else if (m.getValue().isNumber()) {
                        perUnit.put(m.getKey(), m.getValue().doubleValue());
                    } else {
                        problems.add(path + ".perMarker." + m.getKey() + ": expected a number");
                    }
                }
            } else if (pm != null) {
                problems.add(path + ".perMarker: expected an object of marker → LR");
            }
            out.put(key, new KinshipCase.Expected(lr, perUnit));
        }
        return out;
    }

    private double tolerance(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add("$.tolerance: missing (expected {\"relative\": 1e-6} or similar)");
            return Double.NaN;
        }
        onlyFields(node, "$.tolerance", Set.of("relative"));
        double t = number(node, "$.tolerance", "relative", Double.NaN);
        if (!Double.isNaN(t) && !(t >= 0 && t < 1)) {
            problems.add("$.tolerance.relative: " + t + " is outside [0, 1)");
        }
        return t;
    }

    /** A field the format does not define here is refused, never ignored. */
    private void onlyFields(JsonNode node, String path, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(path + "." + name + ": unknown field (this reader does not understand it"
                        + (version2 ? "" : " in " + FORMAT_1) + ")");
            }
        }
    }

    private String text(JsonNode node, String path, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            problems.add(path + "." + field + ": expected a non-empty string");
            return null;
        }
        return v.asString();
    }

    private String nullableText(JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            problems.add(path + "." + field + ": expected a person id or null");
            return null;
        }
        return v.asString();
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

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> out = new HashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }
}
