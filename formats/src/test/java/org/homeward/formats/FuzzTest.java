package org.homeward.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.homeward.formats.codis.CmfFile;
import org.homeward.formats.codis.CmfLocus;
import org.homeward.formats.codis.CmfReader;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.common.TextFile;
import org.homeward.formats.familias.FamiliasKinship;
import org.homeward.formats.familias.FamiliasReader;
import org.homeward.formats.familias.FamiliasWriter;
import org.homeward.formats.frequencies.CsvFrequencyReader;
import org.homeward.formats.frequencies.CsvFrequencyWriter;
import org.homeward.formats.frequencies.FrequencyDatabases;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.formats.frequencies.NorstrFrequencyReader;
import org.homeward.formats.frequencies.NorstrFrequencyWriter;
import org.homeward.formats.genemapper.GeneMapperReader;
import org.homeward.formats.frequencies.MutationMatrixReader;
import org.homeward.formats.lineage.LineageImports;
import org.homeward.kinship.Marker;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.lineage.YLocus;
import org.homeward.kinship.lineage.YPanel;
import org.homeward.formats.familias.FamiliasRoundTripTestAccess;
import org.junit.jupiter.api.Test;

/**
 * Random corruptions of valid files (truncation, swapped fields, junk bytes, deleted lines): every
 * reader, under both strictness modes, either returns a value or throws a {@link FormatException}
 * with at least one error. Seeded, so a failure reproduces.
 */
class FuzzTest {

    private static final int ITERATIONS = 600;

    private record Reader(String name, byte[] valid, Function<byte[], ReadResult<?>> read) { }

    private static List<Reader> readers(Strictness s) {
        FrequencyTable small = new FrequencyTable("t", FrequencyDatabases.europeanDefault().loci().subList(0, 4));
        String wide = "Sample File\tSample Name\tD3S1358\tHeight\tvWA\tAMEL\t\r\n"
                + "a.fsa\tS1\t14, 15, , \t100, 200, , \t16, OL, 17\tX, Y\t\r\n"
                + "a.fsa\tLadder\t14, 15, 16\t\t16\tX\t\r\n"
                + "b.fsa\tS2\t14, , , \t100, , , \t16, 18\tX\t\r\n";
        String tall = "Sample File\tSample Name\tPanel\tMarker\tDye\tAllele 1\tAllele 2\tHeight 1\n"
                + "a\tS1\tP\tD3S1358\tB\t14\t15\t99\na\tS1\tP\tAMEL\tB\tX\tY\t\nb\tNC\tP\tD3S1358\tB\t\t\t\n";
        CmfFile cmf = new CmfFile("3.2", "Import", "O", "L", "U", "2024", "", "", List.of(new CmfSpecimen("S", "C", "", "ID1", "Forensic, Unknown", "",
                List.of(new CmfLocus("D3S1358", "R", "T", List.of("14", "15")), new CmfLocus("AMEL", "R", "T", List.of("X"))))), true);
        return List.of(
                new Reader("familias", bytes(FamiliasWriter.toText(FamiliasRoundTripTestAccess.kinshipFile())),
                        b -> FamiliasReader.parse(TextFile.decode("f.fam", b), s)),
                new Reader("familias-dvi", bytes(FamiliasWriter.toText(FamiliasRoundTripTestAccess.dviFile())),
                        b -> {
                            var r = FamiliasReader.parse(TextFile.decode("d.fam", b), s);
                            return r.value().isDvi() ? FamiliasKinship.dviCase(r.value(), "d.fam", s)
                                    : FamiliasKinship.kinshipCase(r.value(), "d.fam", s);
                        }),
                new Reader("csv", bytes(CsvFrequencyWriter.toText(small)), b -> CsvFrequencyReader.parse(TextFile.decode("f.csv", b), s)),
                new Reader("norstr", bytes(NorstrFrequencyWriter.toText(small)), b -> NorstrFrequencyReader.parse(TextFile.decode("f.txt", b), s)),
                new Reader("genemapper-wide", bytes(wide), b -> GeneMapperReader.parse(TextFile.decode("w.txt", b), s)),
                new Reader("genemapper-tall", bytes(tall), b -> GeneMapperReader.parse(TextFile.decode("t.txt", b), s)),
                new Reader("cmf", bytes(CmfWriter.toXml(cmf)), b -> CmfReader.parse("c.xml", b, s)),
                new Reader("family-table", bytes(org.homeward.formats.familytable.FamilyTableReaderTest.TABLE),
                        b -> org.homeward.formats.familytable.FamilyTableReader.parse(TextFile.decode("t.csv", b), s)),
                new Reader("ystr-genemapper", resource("yfiler-wide.txt"), b -> LineageImports.yStrGeneMapper(TextFile.decode("y.txt", b), Y_PANEL, s)),
                new Reader("ystr-cmf", resource("cmf-ystr.xml"), b -> LineageImports.yStrCmf("y.xml", b, Y_PANEL, s)),
                new Reader("mtdna-cmf", resource("cmf-mtdna.xml"), b -> LineageImports.mtDnaCmf("m.xml", b, MtRegion.parse("HVS-I+HVS-II"), s)),
                new Reader("mutation-matrix", bytes("marker,sex,from,to,probability\nL,male,1,1,0.99\nL,male,1,2,0.01\nL,male,2,2,1\nL,female,1,1,1\nL,female,2,2,1\n"),
                        b -> new ReadResult<>(MutationMatrixReader.apply(TextFile.decode("m.csv", b),
                                List.of(Marker.builder("L").allele("1", 0.4).allele("2", 0.6).build())), List.of())));
    }

    private static final YPanel Y_PANEL = new YPanel("test", List.of(new YLocus("DYS576", 1, 0.01), new YLocus("DYS389I", 1, 0.003),
            new YLocus("DYS385", 2, 0.002), new YLocus("DYS19", 1, 0.002), new YLocus("DYF387S1", 2, 0.006)), 0.05);

    private static byte[] resource(String name) {
        try (var in = FuzzTest.class.getResourceAsStream("/lineage/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void corruptedFilesGiveAValueOrAFormatException() {
        Random random = new Random(20240611);
        for (Strictness s : Strictness.values()) {
            for (Reader reader : readers(s)) {
                assertThat(reader.read().apply(reader.valid()).value()).as(reader.name()).isNotNull();
                for (int i = 0; i < ITERATIONS / 2; i++) {
                    byte[] corrupt = corrupt(reader.valid(), random);
                    try {
                        ReadResult<?> r = reader.read().apply(corrupt);
                        assertThat(r.value()).isNotNull();
                        if (s == Strictness.STRICT) {
                            assertThat(r.skipped()).as(reader.name()).isEmpty();
                        }
                    } catch (FormatException e) {
                        assertThat(e.problems()).anyMatch(p -> p.isError());
                        assertThat(e.getMessage()).isNotBlank();
                    } catch (RuntimeException e) {
                        fail(reader.name() + " (" + s + ") threw " + e + " on:\n" + new String(corrupt, StandardCharsets.UTF_8), e);
                    }
                }
            }
        }
    }

    private static byte[] corrupt(byte[] valid, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(valid, StandardCharsets.UTF_8).split("\n", -1)));
        switch (random.nextInt(5)) {
            case 0 -> {
                return Arrays.copyOf(valid, random.nextInt(valid.length));
            }
            case 1 -> {
                byte[] b = valid.clone();
                for (int k = 0, n = 1 + random.nextInt(5); k < n; k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> lines.remove(random.nextInt(lines.size()));
            case 3 -> Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            default -> {
                int i = random.nextInt(lines.size());
                String[] fields = lines.get(i).split("\t", -1);
                if (fields.length > 1) {
                    Collections.swap(Arrays.asList(fields), 0, fields.length - 1);
                    lines.set(i, String.join("\t", fields));
                } else {
                    lines.set(i, lines.get(i) + "x" + random.nextInt(1000));
                }
            }
        }
        return bytes(String.join("\n", lines));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
