package org.homeward.app.genetics;

import static org.homeward.app.security.Permission.IDENTIFICATION_RUN;
import static org.homeward.app.security.Permission.PROFILES_WRITE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.security.Actor;
import org.homeward.app.security.RequiresPermission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The dropout class of each remains sample (table {@code sample_dropout_class}): set by an analyst
 * or read from a lab's table of classes through {@link LabFile}, each change audited with its source
 * and published as a {@link ProfileStored} (identification screens every sample under its class).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SampleDropoutClasses {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The source recorded when an analyst sets a class on the page. */
    private static final String ANALYST = "analyst";

    /** An analyst sets the class of a remains sample that has a profile. */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public void set(String sampleCode, DropoutClass dropoutClass) {
        if (remainsSamples().known(List.of(sampleCode)).isEmpty()) {
            throw new InputRefusedException("sampleCode", "no remains profile under this sample code");
        }
        write(sampleCode, dropoutClass, ANALYST);
        events.publishEvent(AuditEvent.of("genetic-profile.dropout-class-set", "sample:" + sampleCode).with("class", dropoutClass)
                .with("source", ANALYST));
    }

    /** Sets the classes a lab's table states; the whole file is refused on any problem ({@link LabFile#readDropoutClasses}). */
    @Transactional
    @RequiresPermission(PROFILES_WRITE)
    public LabImport importClasses(String fileName, byte[] content) {
        LabFile.DropoutClassFile file = LabFile.readDropoutClasses(fileName, content, remainsSamples());
        file.classes().forEach((code, dropoutClass) -> write(code, dropoutClass, file.name()));
        events.publishEvent(AuditEvent.of("genetic-profile.dropout-classes-imported", "file:" + file.name())
                .with("samples", file.classes().size()));
        return new LabImport(file.name(), List.copyOf(file.classes().keySet()), List.of());
    }

    /** The class of each of these samples that has one other than NONE. */
    @Transactional(readOnly = true)
    @RequiresPermission(IDENTIFICATION_RUN)
    public Map<String, DropoutClass> forMatching(Collection<String> sampleCodes) {
        Map<String, DropoutClass> out = new HashMap<>();
        jdbc.sql("SELECT sample_code, dropout_class FROM sample_dropout_class WHERE sample_code = ANY (?) AND dropout_class <> 'NONE'")
                .param(sampleCodes.toArray(String[]::new))
                .query(row -> {
                    out.put(row.getString("sample_code"), DropoutClass.valueOf(row.getString("dropout_class")));
                });
        return out;
    }

    private void write(String sampleCode, DropoutClass dropoutClass, String source) {
        jdbc.sql("""
                INSERT INTO sample_dropout_class (sample_code, dropout_class, source, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (sample_code) DO UPDATE SET dropout_class = excluded.dropout_class, source = excluded.source,
                    set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(sampleCode, dropoutClass.name(), source, Actor.current().name(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        // the profile as matching takes it changed: identification asks for a screening, as for a new profile
        events.publishEvent(new ProfileStored(sampleCode, SampleKind.REMAINS));
    }

    /** The remains samples with a stored profile, as the lab-file door matches a table's codes. */
    private LabFile.Samples<String> remainsSamples() {
        return new LabFile.Samples<>() {
            @Override
            public Map<String, String> known(Collection<String> codes) {
                Map<String, String> known = new HashMap<>();
                jdbc.sql("SELECT sample_code FROM genetic_sample WHERE kind = 'REMAINS' AND sample_code = ANY (?)")
                        .param(codes.toArray(String[]::new)).query(String.class).list().forEach(code -> known.put(code, code));
                return known;
            }

            @Override
            public String unknown() {
                return "no remains profile under this sample code";
            }
        };
    }
}
