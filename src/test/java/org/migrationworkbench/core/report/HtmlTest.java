package org.migrationworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupCharactersAndQuotes() {
        assertThat(Html.escape("<script>alert(\"x\" & 'y')</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(Html.escape("Cut over ≤ 7 s — ✓")).isEqualTo("Cut over ≤ 7 s — ✓");
    }
}
