package org.paygrid.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;

class ResponseExcerptTest {

    @Test
    void keepsTheFirst1000CharactersAndStopsReading() throws Exception {
        ResponseExcerpt excerpt = new ResponseExcerpt();
        excerpt.start(new BasicHttpResponse(200), null);
        assertThatThrownBy(() -> excerpt.data(ByteBuffer.wrap("가".repeat(3000).getBytes(StandardCharsets.UTF_8)),
                false)).isInstanceOf(ResponseExcerpt.ExcerptFull.class);
        assertThat(excerpt.status()).isEqualTo(200);
        assertThat(excerpt.excerpt()).isEqualTo("가".repeat(1000));
    }

    @Test
    void aShortAnswerIsKeptWhole() throws Exception {
        ResponseExcerpt excerpt = new ResponseExcerpt();
        excerpt.start(new BasicHttpResponse(410), null);
        excerpt.data(ByteBuffer.wrap("gone".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(excerpt.buildResult()).isEqualTo(410);
        assertThat(excerpt.excerpt()).isEqualTo("gone");
    }
}
