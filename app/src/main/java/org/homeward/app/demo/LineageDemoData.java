package org.homeward.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.homeward.app.genetics.Lineage;
import org.homeward.app.identification.HaplotypeDatabases;
import org.homeward.formats.lineage.YStrFiles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The simulated Y-STR and mtDNA haplotype databases bundled with {@code formats} (500 random
 * haplotypes each, labelled SIMULATED in their names and {@code simulated: yes}; never for casework),
 * uploaded and chosen so that the demo's identification runs can compute lineage LRs.
 */
@Component
@Order(850)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LineageDemoData implements DemoDataLoader {

    private static final String RESOURCES = "/org/homeward/formats/lineage/";

    private final HaplotypeDatabases databases;

    @Override
    public String name() {
        return "lineage databases";
    }

    @Override
    public void insertMissing() {
        if (databases.all().isEmpty()) {
            databases.choose(databases.upload(Lineage.Y_STR, "simulated-ystr-database-v1.csv", resource("simulated-ystr-database-v1.csv")).id());
            databases.choose(databases.upload(Lineage.MTDNA, "simulated-mtdna-database-v1.csv", resource("simulated-mtdna-database-v1.csv")).id());
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = YStrFiles.class.getResourceAsStream(RESOURCES + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
