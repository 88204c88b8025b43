package org.homeward.formats.familias;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Sex;

/**
 * Reads Familias {@code .fam} files (versions 2 and 3, with or without a DVI section). The format
 * has no published specification; the layout followed here is described in {@code FamFile} and the
 * project's formats notes. What the file holds and Homeward does not model (silent alleles, twins,
 * dropout, θ > 0) is kept in the records and reported as a warning.
 */
public final class FamiliasReader {

    /** The first line of every .fam file starts so. */
    public static final String SIGNATURE = "\"Output from Familias";

    private static final Pattern DATABASE_LINE =
            Pattern.compile("#(TRUE|FALSE)#\\s*\\(#Databases:\\s*(\\d+)\\s*;\\s*Theta/Kinship/Fst:\\s*([^\\s)]+)\\s*\\)");
    private static final Pattern INFO_LINE = Pattern.compile(
            "(\\d+)\\s*(?:\\(DatabaseSize\\s*=\\s*(\\d+)\\s*,\\s*Dropout probability\\s*=\\s*([^\\s,]+)\\s*,"
                    + "\\s*Minor allele frequency\\s*=\\s*([^\\s)]+)\\s*\\))?");
    private static final Pattern RELATION_PARENT = Pattern.compile("(\\d+)\\s*(.*)");
    private static final int MAX_EXTRAS = 10_000;

    private FamiliasReader() { }

    public static ReadResult<FamFile> read(Path path) {
        return read(path, Strictness.STRICT);
    }

    public static ReadResult<FamFile> read(Path path, Strictness strictness) {
        return parse(TextFile.read(path), strictness);
    }

    public static ReadResult<FamFile> parse(TextFile text, Strictness strictness) {
        return new ProblemLog(text.name(), strictness).run(log -> new Parse(text.lines(), log).file());
    }

    /** A genotype by index, resolved once the database is read. */
    private record RawGenotype(int line, int allele1, int allele2, int marker) { }

    private static final class Parse {
        private final List<String> lines;
        private final ProblemLog log;
        private final Cursor in;

        Parse(List<String> lines, ProblemLog log) {
            this.lines = lines;
            this.log = log;
            this.in = new Cursor(lines, log);
        }

        FamFile file() {
            String first = in.raw("header");
            if (!first.startsWith(SIGNATURE)) {
                throw log.fatal(1, "header", "not a Familias file: the first line must start with " + SIGNATURE + "\"");
            }
            in.string("header");
            String version = in.raw("version");
            if (in.peek() != null && in.peek().startsWith("\"")) {
                String comment = in.string("comment");
                if (!comment.isEmpty()) {
                    log.warning(in.lineNumber() - 1, "comment", "the comment line is not kept");
                }
            }
            int nPersons = in.integer("number of persons", 0, lines.size());
            List<String> names = new ArrayList<>();
            List<Boolean> male = new ArrayList<>();
            List<Boolean> dropout = new ArrayList<>();
            List<List<RawGenotype>> raw = new ArrayList<>();
            for (int i = 0; i < nPersons; i++) {
                readPerson(names, male, dropout, raw);
            }
            in.expectString("known relations", "Known relations");
            int knownFemales = in.integer("extra females", 0, MAX_EXTRAS);
            int knownMales = in.integer("extra males", 0, MAX_EXTRAS);
            int known = nPersons + knownFemales + knownMales;
            List<FamRelation> knownRelations = readRelations("known relation", known);
            int nPedigrees = in.integer("number of pedigrees", 0, lines.size());
            List<FamPedigree> pedigrees = new ArrayList<>();
            for (int p = 0; p < nPedigrees; p++) {
                int line = in.lineNumber();
                int index = in.integer("pedigree index", 0, nPedigrees - 1);
                if (index != p) {
                    log.error(line, "pedigree index", "expected pedigree index " + p + ", found " + index);
                }
                String name = in.string("pedigree name");
                int females = in.integer("extra females of pedigree " + name, 0, MAX_EXTRAS);
                int males = in.integer("extra males of pedigree " + name, 0, MAX_EXTRAS);
                pedigrees.add(new FamPedigree(name, females, males,
                        readRelations("relation of pedigree " + name, known + females + males)));
            }
            FamDatabase database = readDatabase();
            List<FamPerson> persons = new ArrayList<>();
            for (int i = 0; i < nPersons; i++) {
                persons.add(new FamPerson(names.get(i), male.get(i), resolve(names.get(i), raw.get(i), database), dropout.get(i)));
            }
            checkNames(names);
            Sections sections = Sections.parse(lines, in.lineNumber() - 1, log);
            Optional<FamDvi> dvi = sections.dvi().map(d -> DviSection.read(d, database, log));
            return new FamFile(version, persons, knownFemales, knownMales, knownRelations, pedigrees, database,
                    dvi, sections.otherLines());
        }

        private void readPerson(List<String> names, List<Boolean> male, List<Boolean> dropout, List<List<RawGenotype>> raw) {
            String name = in.string("person name");
            int flagLine = in.lineNumber();
            if (in.bool("flag of " + name)) {
                log.warning(flagLine, "flag of " + name, "an unknown person flag is set; it is not kept");
            }
            int dropoutLine = in.lineNumber();
            String dropoutField = in.raw("dropout of " + name);
            boolean considerDropout = dropoutField.contains("(Consider dropouts)");
            if (!dropoutField.startsWith("-1")) {
                log.warning(dropoutLine, "dropout of " + name, "unexpected value '" + dropoutField + "'; it is not kept");
            }
            if (considerDropout) {
                log.warning(dropoutLine, "dropout of " + name, "dropout is considered for " + name
                        + " in Familias; Homeward does not model dropout");
            }
            flagLine = in.lineNumber();
            if (in.bool("flag of " + name)) {
                log.warning(flagLine, "flag of " + name, "an unknown person flag is set; it is not kept");
            }
            boolean isMale = in.bool("sex of " + name);
            int n = in.integer("number of genotypes of " + name, 0, lines.size());
            List<RawGenotype> genotypes = new ArrayList<>();
            for (int g = 0; g < n; g++) {
                int line = in.lineNumber();
                int a1 = in.integer("allele index of " + name, 0, Integer.MAX_VALUE);
                int a2 = in.integer("allele index of " + name, 0, Integer.MAX_VALUE);
                int m = in.integer("marker index of " + name, 0, Integer.MAX_VALUE);
                genotypes.add(new RawGenotype(line, a1, a2, m));
            }
            names.add(name);
            male.add(isMale);
            dropout.add(considerDropout);
            raw.add(genotypes);
        }

        private List<FamRelation> readRelations(String field, int persons) {
            int n = in.integer("number of relations", 0, lines.size());
            List<FamRelation> relations = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                int line = in.lineNumber();
                Matcher m = RELATION_PARENT.matcher(in.raw(field));
                if (!m.matches()) {
                    throw log.fatal(line, field, "expected a parent index, found '" + lines.get(line - 1).strip() + "'");
                }
                boolean direct = m.group(2).contains("Direct");
                if (!m.group(2).isEmpty() && !direct) {
                    throw log.fatal(line, field, "expected a parent index, found '" + lines.get(line - 1).strip() + "'");
                }
                int parent = parseIndex(m.group(1), line, field, persons);
                int child = in.integer(field, 0, Math.max(0, persons - 1));
                if (parent == child) {
                    log.error(line, field, "person " + parent + " is their own parent");
                }
                if (direct) {
                    log.warning(line, field, "persons " + parent + " and " + child
                            + " are marked 'Direct' (twins); Homeward does not model twins");
                }
                relations.add(new FamRelation(parent, child, direct));
            }
            return relations;
        }

        private int parseIndex(String digits, int line, String field, int persons) {
            try {
                int v = Integer.parseInt(digits);
                if (v < persons) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
            throw log.fatal(line, field, "person index " + digits + " is out of range (" + persons + " persons)");
        }

        private FamDatabase readDatabase() {
            int line = in.lineNumber();
            String header = in.raw("database header");
            Matcher m = DATABASE_LINE.matcher(header);
            if (!m.lookingAt()) {
                throw log.fatal(line, "database header", "expected '#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: θ )', found '" + header + "'");
            }
            if (m.group(1).equals("TRUE")) {
                throw log.fatal(line, "database header", "the file holds precomputed probabilities, which Homeward cannot read");
            }
            if (!m.group(2).equals("1")) {
                throw log.fatal(line, "database header", "the file holds " + m.group(2) + " databases; Homeward reads files with exactly one");
            }
            double theta;
            try {
                theta = Double.parseDouble(m.group(3));
            } catch (NumberFormatException e) {
                throw log.fatal(line, "theta", "expected a number, found '" + m.group(3) + "'");
            }
            if (!(theta >= 0 && theta < 1)) {
                log.error(line, "theta", "θ " + theta + " is outside [0, 1)");
            } else if (theta > 0) {
                log.warning(line, "theta", "θ = " + theta + " is kept but Homeward's likelihoods do not use θ");
            }
            int nLoci = in.integer("number of loci", 0, lines.size());
            String name = in.bool("database name present") ? in.string("database name") : "";
            List<FamLocus> loci = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < nLoci; i++) {
                int locusLine = in.lineNumber();
                FamLocus locus = readLocus();
                if (!seen.add(locus.name())) {
                    log.error(locusLine, "locus " + locus.name(), "locus " + locus.name() + " is listed twice");
                }
                loci.add(locus);
            }
            return new FamDatabase(name, theta, loci);
        }

        private FamLocus readLocus() {
            int nameLine = in.lineNumber();
            String name = in.string("locus name");
            String f = "locus " + name;
            double rateF = in.number(f + " female rate");
            double rateM = in.number(f + " male rate");
            int codeLine = in.lineNumber();
            int codeF = in.integer(f + " female model", 0, 4);
            int codeM = in.integer(f + " male model", 0, 4);
            int withSilent = in.integer(f + " number of alleles", 0, lines.size());
            double rangeF = in.number(f + " female range");
            double rangeM = in.number(f + " male range");
            double rate2F = in.number(f + " female rate2");
            double rate2M = in.number(f + " male rate2");
            int silentLine = in.lineNumber();
            boolean silent = in.bool(f + " silent allele");
            double silentFreq = in.number(f + " silent frequency");
            int infoLine = in.lineNumber();
            Matcher info = INFO_LINE.matcher(in.raw(f + " info"));
            if (!info.lookingAt()) {
                throw log.fatal(infoLine, f + " info", "expected the number of alleles and "
                        + "'(DatabaseSize = n , Dropout probability = p , Minor allele frequency = q )'");
            }
            int nAlleles = parseCount(info.group(1), infoLine, f + " info");
            if (withSilent != nAlleles + (silent ? 1 : 0)) {
                log.error(infoLine, f + " info", "the locus lists " + nAlleles + " alleles but its header says "
                        + withSilent + (silent ? " including the silent allele" : ""));
            }
            long dbSize = info.group(2) == null ? 0 : parseLong(info.group(2), infoLine, f + " DatabaseSize");
            double dropout = info.group(3) == null ? 0 : parseProbability(info.group(3), infoLine, f + " dropout probability");
            double maf = info.group(4) == null ? 0 : parseProbability(info.group(4), infoLine, f + " minor allele frequency");
            if (silent) {
                log.warning(silentLine, f + " silent allele", "locus " + name + " uses a silent allele (frequency "
                        + silentFreq + "); Homeward does not model silent alleles");
            }
            if (dropout > 0) {
                log.warning(infoLine, f + " dropout probability", "dropout probability " + dropout
                        + " is kept but Homeward does not model dropout");
            }
            checkRate(rateF, nameLine + 1, f + " female rate");
            checkRate(rateM, nameLine + 2, f + " male rate");
            Map<String, Double> alleles = new LinkedHashMap<>();
            for (int a = 0; a < nAlleles; a++) {
                int line = in.lineNumber();
                String allele = in.string(f + " allele");
                double freq = in.number(f + " allele " + allele + " frequency");
                if (allele.isBlank()) {
                    log.error(line, f + " allele", "an allele has no name");
                } else if (alleles.put(allele, freq) != null) {
                    log.error(line, f + " allele", "allele " + allele + " is listed twice");
                }
                if (!(freq > 0 && freq <= 1)) {
                    log.error(line + 1, f + " allele " + allele + " frequency", "frequency " + freq + " is outside (0, 1]");
                }
            }
            double sum = alleles.values().stream().mapToDouble(Double::doubleValue).sum() + (silent ? silentFreq : 0);
            if (Math.abs(sum - 1) > 1e-6) {
                log.warning(nameLine, f, "the allele frequencies of locus " + name + " sum to " + sum + ", not 1");
            }
            FamMutation female = new FamMutation(codeF, rateF, rangeF, rate2F);
            FamMutation male = new FamMutation(codeM, rateM, rangeM, rate2M);
            checkModel(female, alleles, codeLine, f + " female model");
            checkModel(male, alleles, codeLine + 1, f + " male model");
            return new FamLocus(name, female, male, alleles, silent, silentFreq, dbSize, dropout, maf);
        }

        /**
         * Builds the locus's matrix for one sex, so that a model these alleles cannot carry (a stepwise
         * model over non-numeric alleles, a stationary model that does not exist) is refused at its line.
         */
        private void checkModel(FamMutation model, Map<String, Double> alleles, int line, String field) {
            if (alleles.isEmpty() || alleles.values().stream().anyMatch(p -> !(p > 0 && p <= 1))
                    || !(model.rate() >= 0 && model.rate() <= 1)) {
                return; // the alleles or the rate were reported
            }
            try {
                FamiliasKinship.model(model).matrix(alleles.keySet().toArray(String[]::new),
                        alleles.values().stream().mapToDouble(Double::doubleValue).toArray());
            } catch (KinshipInputException e) {
                e.problems().forEach(p -> log.strictError(line, field, p));
            }
        }

        private void checkRate(double rate, int line, String field) {
            if (!(rate >= 0 && rate <= 1)) {
                log.error(line, field, "mutation rate " + rate + " is outside [0, 1]");
            }
        }

        private int parseCount(String digits, int line, String field) {
            try {
                int n = Integer.parseInt(digits);
                if (n <= lines.size()) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
            throw log.fatal(line, field, "the number of alleles " + digits + " is larger than the file");
        }

        private long parseLong(String digits, int line, String field) {
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw log.fatal(line, field, "expected an integer, found '" + digits + "'");
            }
        }

        private double parseProbability(String text, int line, String field) {
            try {
                double p = Double.parseDouble(text);
                if (p >= 0 && p <= 1) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
            log.error(line, field, "expected a probability, found '" + text + "'");
            return 0;
        }

        private List<FamGenotype> resolve(String person, List<RawGenotype> raw, FamDatabase db) {
            List<FamGenotype> out = new ArrayList<>();
            Set<Integer> typed = new HashSet<>();
            for (RawGenotype g : raw) {
                String field = "genotype of " + person;
                if (g.marker() >= db.loci().size()) {
                    log.error(g.line() + 2, field, "marker index " + g.marker() + " is out of range ("
                            + db.loci().size() + " loci)");
                    continue;
                }
                FamLocus locus = db.loci().get(g.marker());
                if (!typed.add(g.marker())) {
                    log.error(g.line(), field, person + " is typed twice at " + locus.name());
                    continue;
                }
                String a1 = alleleName(locus, g.allele1(), g.line(), field);
                String a2 = alleleName(locus, g.allele2(), g.line() + 1, field);
                if (a1 != null && a2 != null) {
                    out.add(new FamGenotype(locus.name(), a1, a2));
                }
            }
            return out;
        }

        private String alleleName(FamLocus locus, int index, int line, String field) {
            List<String> names = new ArrayList<>(locus.alleles().keySet());
            if (index < names.size()) {
                return names.get(index);
            }
            if (locus.silentAllele() && index == names.size()) {
                return SILENT_ALLELE;
            }
            log.error(line, field, "allele index " + index + " is out of range at " + locus.name()
                    + " (" + names.size() + " alleles)");
            return null;
        }

        private void checkNames(List<String> names) {
            Set<String> seen = new HashSet<>();
            for (String n : names) {
                if (n.isBlank()) {
                    log.error(0, "person name", "a person has no name");
                } else if (!seen.add(n)) {
                    log.error(0, "person name", "two persons are named '" + n + "'");
                }
            }
        }
    }

    /** The name genotypes carry for Familias' silent allele (the index after the listed alleles). */
    public static final String SILENT_ALLELE = "silent";
}
