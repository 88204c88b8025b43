package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.homeward.app.common.TypedId;
import org.homeward.app.identification.RunId;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.registry.MissingPersonId;
import org.homeward.app.remains.BodyNumber;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * A typed id is its plain value in JSON, written by any mapper (the chains' plain one included, so
 * their hashes do not move) and read through {@link TypedId#parse} by the application's.
 */
class TypedIdJsonTest {

    private static final UUID TRANSFER = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper application = JsonMapper.builder().addModule(new TypedIdModule()).build();

    record Body(RunId run, TransferId transfer, MissingPersonId person) {
    }

    @Test
    void each_kind_is_written_as_its_plain_value() {
        assertThat(plain.writeValueAsString(new Body(new RunId(7), new TransferId(TRANSFER), new MissingPersonId("MP-17"))))
                .isEqualTo("{\"run\":7,\"transfer\":\"" + TRANSFER + "\",\"person\":\"MP-17\"}");
    }

    @Test
    void each_kind_is_read_from_its_plain_value() {
        Body body = application.readValue("{\"run\":7,\"transfer\":\"" + TRANSFER + "\",\"person\":\"MP-17\"}", Body.class);

        assertThat(body).isEqualTo(new Body(new RunId(7), new TransferId(TRANSFER), new MissingPersonId("MP-17")));
        assertThat(application.readValue("\"7\"", RunId.class)).isEqualTo(new RunId(7));
    }

    @Test
    void a_value_of_the_wrong_form_or_type_is_refused() {
        assertThatThrownBy(() -> application.readValue("{\"run\":0}", Body.class))
                .isInstanceOf(InputHygieneModule.RefusedValueException.class).hasMessageContaining("not a run id: 0");
        assertThatThrownBy(() -> application.readValue("\"MP-x\"", MissingPersonId.class))
                .hasMessageContaining("not a missing person id: MP-x");
        assertThatThrownBy(() -> application.readValue("17", MissingPersonId.class))
                .isNotInstanceOf(InputHygieneModule.RefusedValueException.class);
        assertThatThrownBy(() -> application.readValue("{\"value\":7}", RunId.class))
                .isNotInstanceOf(InputHygieneModule.RefusedValueException.class);
    }

    @Test
    void text_becomes_an_id_only_in_its_written_form() {
        assertThat(TypedId.parse(BodyNumber.class, "UA-2025-06-16-0001")).isEqualTo(new BodyNumber("UA-2025-06-16-0001"));
        assertThat(TypedId.parse(TransferId.class, TRANSFER.toString().toUpperCase())).isEqualTo(new TransferId(TRANSFER));
        assertThatThrownBy(() -> TypedId.parse(TransferId.class, "1-1-1-1-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a transfer id: 1-1-1-1-1");
        assertThatThrownBy(() -> TypedId.parse(RunId.class, "two"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a run id: two");
        assertThatThrownBy(() -> TypedId.parse(BodyNumber.class, "bad code!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a body number: bad code!");
    }
}
