// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What every error of the API must be: an RFC 9457 problem document with its status. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Asserts the response is a problem of {@code status}; the document, for more checks. */
    static JsonNode assertProblem(HttpResponse<?> response, int status) {
        String body = response.body() instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(response.body());
        assertThat(response.statusCode()).as("status of %s %s: %s",
                response.request().method(), response.request().uri(), body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type")
                .hasValueSatisfying(type -> assertThat(type)
                        .startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(body);
        assertThat(problem.path("type").asText()).isEqualTo("about:blank");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }
}
