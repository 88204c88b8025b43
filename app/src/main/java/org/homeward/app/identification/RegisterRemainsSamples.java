package org.homeward.app.identification;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.homeward.app.remains.BodyNumber;
import org.homeward.app.remains.EstimatedSex;
import org.homeward.app.remains.Examination;
import org.homeward.app.remains.RemainsFile;
import org.homeward.app.remains.RemainsLab;
import org.homeward.app.remains.RemainsRegister;
import org.homeward.app.remains.SampleCode;
import org.homeward.app.remains.Sample;
import org.homeward.app.remains.WorkQueue;
import org.homeward.kinship.Sex;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What the remains register knows of a sample: its body number, the date the body was received,
 * and its sex from the examination and from the lab result's amelogenin (identification uses the
 * latter when the examination left the sex undetermined, see {@link RemainsSex}). Samples the
 * register does not know (profiles stored directly by a lab system) are left out.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegisterRemainsSamples implements RemainsSampleSource {

    private final RemainsLab lab;
    private final RemainsRegister register;

    @Override
    public List<RemainsSample> remainsSamples(List<String> sampleCodes) {
        List<RemainsSample> out = new ArrayList<>();
        for (String code : sampleCodes) {
            Optional<Sample> sample = lab.findSample(new SampleCode(code));
            if (sample.isEmpty()) {
                continue;
            }
            String body = sample.get().bodyNumber();
            Optional<RemainsFile> file = register.find(new BodyNumber(body));
            Sex examined = file.map(RemainsFile::latestExamination).map(Examination::estimatedSex).map(EstimatedSex::sex)
                    .orElse(Sex.UNKNOWN);
            out.add(new RemainsSample(code, body, examined, sample.get().amelogeninSex(),
                    file.map(RemainsFile::receivedOn).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(null)));
        }
        return out;
    }

    @Override
    public OptionalLong samplesAwaitingProfiles() {
        return register.queues(0).stream().filter(q -> q.kind() == WorkQueue.Kind.AWAITING_RESULTS).mapToLong(WorkQueue::count)
                .findFirst();
    }
}
