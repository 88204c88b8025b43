package org.homeward.archfixture.epsilon;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Maps JSON with Jackson 2's databind instead of Boot's Jackson 3: a violation. */
public class JacksonTwoMapper {

    public String write(Object value) throws Exception {
        return new ObjectMapper().writeValueAsString(value);
    }
}
