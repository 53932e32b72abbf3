package org.paygrid.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK-1")).isEqualTo("'=HYPERLINK-1");
        assertThat(Csv.cell("+82-10")).isEqualTo("'+82-10");
        assertThat(Csv.cell("-order-1")).isEqualTo("'-order-1");
        assertThat(Csv.cell("@SUM")).isEqualTo("'@SUM");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("order=1")).isEqualTo("order=1");
    }

    @Test
    void keepsNumbersAndDatesAsTheyAre() {
        assertThat(Csv.row("pay_1", -5000L, 0L, LocalDate.of(2026, 12, 5), null))
                .isEqualTo("pay_1,-5000,0,2026-12-05,\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("=1,2")).isEqualTo("\"'=1,2\"");
    }
}
