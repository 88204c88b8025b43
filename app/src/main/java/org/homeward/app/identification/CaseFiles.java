package org.homeward.app.identification;

import static org.homeward.app.security.Permission.DATA_EXPORT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.security.RequiresPermission;
import org.homeward.formats.codis.CmfBuilder;
import org.homeward.formats.codis.CmfSpecimen;
import org.homeward.formats.codis.CmfWriter;
import org.homeward.formats.common.UserException;
import org.homeward.formats.familias.DviCase;
import org.homeward.formats.familias.DviFileBuilder;
import org.homeward.formats.familias.FamiliasWriter;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A candidate's case as lab files, so that a laboratory can check it with its own tools: the family
 * (its pedigree, typed relatives) and the remains as a Familias DVI file, and the same profiles as a
 * CODIS CMF 3.2 import file. The genetic files name people only by sample codes and the registry's
 * pedigree ids, never by name. The frequencies are those identification uses now, fitted to the
 * case's profiles as screening fits them. Needs DATA_EXPORT (and IDENTIFICATION_REVIEW to read the
 * candidate); the Familias file also needs the right to pair sample codes with pedigree persons
 * ({@code SampleLinks}), without which it would hold no typed relative. Every export is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseFiles {

    /** A file to download: its name, media type and bytes. */
    public record LabExport(String fileName, String mediaType, byte[] content) {
    }

    /** The CODIS specimen category written for the family's typed relatives. */
    static final String RELATIVE_CATEGORY = "Relative of Missing Person";

    private final Identification identification;
    private final ScreeningEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The candidate's family and remains as a Familias DVI file ({@code .fam}). */
    @Transactional
    @RequiresPermission(DATA_EXPORT)
    public LabExport familias(CandidateId id) {
        Case c = caseOf(identification.candidate(id));
        if (c.references().isEmpty()) {
            // Each typed relative is paired with their pedigree person only for a reader who may follow sample codes (SampleLinks).
            throw new IdentificationException("The family's references can be placed in its pedigree only by someone who may follow "
                    + "sample codes to persons (GENETIC_LINK_READ); without them the Familias file would hold no typed reference");
        }
        List<Profile> all = new ArrayList<>(c.references().values());
        all.add(c.remains());
        List<Marker> markers = engine.markersFor(all).markers();
        String text;
        try {
            text = FamiliasWriter.toText(DviFileBuilder.toDviFile(markers, List.of(new DviCase.Victim(c.remains(), c.remainsSex())),
                    List.of(new DviCase.Family(c.familyId(), c.pedigree(), List.of(c.missing()), c.references()))));
        } catch (UserException unwritable) {
            throw new IdentificationException("The case cannot be written as a Familias file: " + unwritable.getMessage());
        }
        return exported(id, c, "familias", new LabExport("candidate-" + id + ".fam", "text/plain;charset=UTF-8",
                text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The candidate's remains and typed relatives as a CODIS CMF 3.2 import file. */
    @Transactional
    @RequiresPermission(DATA_EXPORT)
    public LabExport cmf(CandidateId id) {
        Case c = caseOf(identification.candidate(id));
        List<CmfSpecimen> specimens = new ArrayList<>();
        try {
            specimens.add(CmfBuilder.specimen(c.remains(), c.remainsSex(), CmfBuilder.UNIDENTIFIED_REMAINS));
            c.relatives().forEach(p -> specimens.add(CmfBuilder.specimen(p, Sex.UNKNOWN, RELATIVE_CATEGORY)));
        } catch (UserException unwritable) {
            throw new IdentificationException("The profiles cannot be written as a CMF file: " + unwritable.getMessage());
        }
        String xml = CmfWriter.toXml(CmfBuilder.importFile("HOMEWARD", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), specimens));
        return exported(id, c, "cmf", new LabExport("candidate-" + id + ".cmf.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    private LabExport exported(CandidateId id, Case c, String format, LabExport file) {
        events.publishEvent(AuditEvent.of("identification.lab-file-exported", "identification-candidate:" + id).with("format", format)
                .with("remains", c.remains().id()).with("family", c.familyId())
                .with("references", String.join(",", c.relatives().stream().map(Profile::id).toList()))
                .with("bytes", file.content().length));
        return file;
    }

    /**
     * The case as the kinship engine takes it, under sample codes and pedigree ids: {@code relatives} every
     * reference not withdrawn, {@code references} those the reader may pair with their pedigree person.
     */
    private record Case(String familyId, Pedigree pedigree, String missing, Profile remains, Sex remainsSex, List<Profile> relatives,
                        Map<String, Profile> references) {
    }

    /** The pedigree and the profiles shown beside the candidate (one audited read); withdrawn and unpaired references are left out. */
    private static Case caseOf(CandidateDetail detail) {
        Pedigree.Builder pedigree = Pedigree.builder();
        detail.pedigree().forEach(p -> pedigree.person(p.id(), p.sex(), p.father(), p.mother()));
        Profile.Builder remains = Profile.builder(detail.candidate().sampleCode());
        List<Profile.Builder> refs = detail.references().stream().map(r -> Profile.builder(r.sampleCode())).toList();
        for (CandidateDetail.MarkerRow row : detail.markers()) {
            Optional<String> marker = MarkerNames.isAmelogenin(row.marker()) ? Optional.empty() : MarkerNames.canonical(row.marker());
            if (marker.isEmpty()) {
                continue;
            }
            put(remains, marker.get(), row.remains());
            for (int i = 0; i < refs.size(); i++) {
                put(refs.get(i), marker.get(), row.references().get(i));
            }
        }
        List<Profile> relatives = new ArrayList<>();
        Map<String, Profile> references = new LinkedHashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            CandidateDetail.Reference r = detail.references().get(i);
            if (!r.withdrawn()) {
                relatives.add(refs.get(i).build());
                if (r.pedigreeId() != null) {
                    references.put(r.pedigreeId(), relatives.get(relatives.size() - 1));
                }
            }
        }
        return new Case(detail.candidate().familyId(), pedigree.build(), detail.candidate().missingPedigreeId(), remains.build(),
                detail.candidate().remainsSex(), relatives, references);
    }

    /** A genotype as shown ("14/16"); none when untyped. */
    private static void put(Profile.Builder profile, String marker, String genotype) {
        if (genotype != null) {
            int slash = genotype.indexOf('/');
            profile.put(marker, genotype.substring(0, slash), genotype.substring(slash + 1));
        }
    }
}
