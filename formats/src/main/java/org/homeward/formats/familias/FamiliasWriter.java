package org.homeward.formats.familias;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.Sex;

/**
 * Writes a {@link FamFile} in the layout Familias 3 saves, CRLF line endings, UTF-8. Numbers are
 * written exactly (shortest decimal that reads back to the same double), so reading what was written
 * gives equal records.
 */
public final class FamiliasWriter {

    private FamiliasWriter() { }

    public static void write(FamFile file, Path path) {
        try {
            Files.writeString(path, toText(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toText(FamFile file) {
        List<String> out = new ArrayList<>();
        String programVersion = file.version().split("\\s+")[0];
        out.add(quote("Output from Familias, version " + programVersion));
        out.add(quote("DO NOT EDIT!"));
        out.add(file.version());
        out.add(quote(""));
        out.add(Integer.toString(file.persons().size()));
        for (FamPerson p : file.persons()) {
            out.add(quote(p.name()));
            out.add(Cursor.FALSE);
            out.add(p.dropoutConsidered() ? "-1 (Consider dropouts)" : "-1");
            out.add(Cursor.FALSE);
            out.add(p.male() ? Cursor.TRUE : Cursor.FALSE);
            out.add(Integer.toString(p.genotypes().size()));
            for (FamGenotype g : p.genotypes()) {
                int m = markerIndex(file.database(), g.marker());
                FamLocus locus = file.database().loci().get(m);
                out.add(Integer.toString(alleleIndex(locus, g.allele1())));
                out.add(Integer.toString(alleleIndex(locus, g.allele2())));
                out.add(Integer.toString(m));
            }
        }
        out.add(quote("Known relations"));
        out.add(Integer.toString(file.knownExtraFemales()));
        out.add(Integer.toString(file.knownExtraMales()));
        relations(file.knownRelations(), out);
        out.add(Integer.toString(file.pedigrees().size()));
        for (int i = 0; i < file.pedigrees().size(); i++) {
            FamPedigree p = file.pedigrees().get(i);
            out.add(Integer.toString(i));
            out.add(quote(p.name()));
            out.add(Integer.toString(p.extraFemales()));
            out.add(Integer.toString(p.extraMales()));
            relations(p.relations(), out);
        }
        database(file.database(), out);
        file.dvi().ifPresent(d -> dvi(d, out));
        out.addAll(file.settings());
        return String.join("\r\n", out) + "\r\n";
    }

    private static void relations(List<FamRelation> relations, List<String> out) {
        out.add(Integer.toString(relations.size()));
        for (FamRelation r : relations) {
            out.add(r.parent() + (r.direct() ? " Direct" : ""));
            out.add(Integer.toString(r.child()));
        }
    }

    private static void database(FamDatabase db, List<String> out) {
        out.add("#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: " + number(db.theta()) + " )");
        out.add(Integer.toString(db.loci().size()));
        out.add(Cursor.TRUE);
        out.add(quote(db.name()));
        for (FamLocus l : db.loci()) {
            out.add(quote(l.name()));
            out.add(number(l.female().rate()));
            out.add(number(l.male().rate()));
            out.add(Integer.toString(l.female().code()));
            out.add(Integer.toString(l.male().code()));
            out.add(Integer.toString(l.alleles().size() + (l.silentAllele() ? 1 : 0)));
            out.add(number(l.female().range()));
            out.add(number(l.male().range()));
            out.add(number(l.female().rate2()));
            out.add(number(l.male().rate2()));
            out.add(l.silentAllele() ? Cursor.TRUE : Cursor.FALSE);
            out.add(number(l.silentFrequency()));
            out.add(l.alleles().size() + "\t(DatabaseSize = " + l.databaseSize() + " , Dropout probability = "
                    + number(l.dropoutProbability()) + " , Minor allele frequency = " + number(l.minorAlleleFrequency()) + " )");
            for (Map.Entry<String, Double> a : l.alleles().entrySet()) {
                out.add(quote(a.getKey()));
                out.add(number(a.getValue()));
            }
        }
    }

    private static void dvi(FamDvi dvi, List<String> out) {
        out.add("");
        out.add("[DVI]");
        out.add("[[" + DviSection.UNIDENTIFIED + "]]");
        out.add("nPersons= " + dvi.unidentified().size());
        for (int i = 0; i < dvi.unidentified().size(); i++) {
            person(dvi.unidentified().get(i), "[[[Person " + (i + 1) + " ]]]", 4, out);
        }
        out.addAll(dvi.otherLines());
        out.add("[[" + DviSection.FAMILIES + "]]");
        out.add("nFamilies= " + dvi.families().size());
        for (int f = 0; f < dvi.families().size(); f++) {
            DviFamily family = dvi.families().get(f);
            out.add("[[[Family " + (f + 1) + " ]]]");
            out.add("Name= " + family.name());
            out.add("[[[[Persons]]]]");
            out.add("nPersons= " + family.persons().size());
            for (int i = 0; i < family.persons().size(); i++) {
                person(family.persons().get(i), "[[[[[Person " + (i + 1) + "]]]]]", 6, out);
            }
            out.add("[[[[Pedigrees]]]]");
            out.add("nPedigrees= " + family.pedigrees().size());
            for (int p = 0; p < family.pedigrees().size(); p++) {
                DviPedigree ped = family.pedigrees().get(p);
                out.add("[[[[[Pedigree " + (p + 1) + "]]]]]");
                out.add("Name= " + ped.name());
                out.add("nRelations= " + ped.relations().size());
                for (DviPedigree.Relation r : ped.relations()) {
                    out.add("Parent= " + r.parent());
                    out.add("Child= " + r.child());
                }
            }
        }
    }

    private static void person(DviPerson p, String header, int dnaDepth, List<String> out) {
        out.add(header);
        out.add("Name= " + p.name());
        if (p.sex() != Sex.UNKNOWN) {
            out.add("Gender= " + (p.sex() == Sex.MALE ? "Male" : "Female"));
        }
        out.add("[".repeat(dnaDepth) + "DNA data" + "]".repeat(dnaDepth));
        out.add("nSystems= " + p.genotypes().size());
        for (FamGenotype g : p.genotypes()) {
            out.add("SystemName= " + g.marker());
            out.add("Allele1= " + g.allele1());
            out.add("Allele2= " + g.allele2());
        }
    }

    private static int markerIndex(FamDatabase db, String marker) {
        for (int i = 0; i < db.loci().size(); i++) {
            if (db.loci().get(i).name().equals(marker)) {
                return i;
            }
        }
        throw new IllegalArgumentException("genotype at " + marker + ", which the database does not list");
    }

    private static int alleleIndex(FamLocus locus, String allele) {
        int i = 0;
        for (String a : locus.alleles().keySet()) {
            if (a.equals(allele)) {
                return i;
            }
            i++;
        }
        if (locus.silentAllele() && allele.equals(FamiliasReader.SILENT_ALLELE)) {
            return i;
        }
        throw new IllegalArgumentException("allele " + allele + " is not listed at " + locus.name());
    }

    /** The shortest decimal that reads back to the same double, without a trailing ".0" on integers. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }
}
