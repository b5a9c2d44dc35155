package com.orderdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void readsQuotedCommasQuotesAndLineBreaksWithTheLineEachRowStartsOn() {
        List<Csv.Row> rows = Csv.parse("\uFEFFnumber,note\r\nOD-1,\"a, \"\"b\"\"\"\r\n\r\nOD-2,\"two\nlines\"\r\nOD-3,x\r\n", "file");

        assertThat(rows).extracting(Csv.Row::line).containsExactly(1L, 2L, 4L, 6L);
        assertThat(rows.get(0).fields()).containsExactly("number", "note");
        assertThat(rows.get(1).fields()).containsExactly("OD-1", "a, \"b\"");
        assertThat(rows.get(2).get(1)).isEqualTo("two\nlines");
        assertThat(rows.get(3).get(5)).as("missing field").isEmpty();
    }

    @Test
    void anUnclosedQuoteRefusesTheFileNamingWhereTheFieldStarts() {
        assertThatThrownBy(() -> Csv.parse("number,note\nOD-1,ok\nOD-2,\"never closed\nOD-3,lost\n", "file"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.errors().get(0).toString())
                        .contains("file").contains("line 3").contains("never closed"));
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNotGuessed() {
        assertThatThrownBy(() -> Csv.parse("number\n\"OD-1\"junk\n", "file"))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.errors().get(0).toString())
                        .contains("line 2").contains("follows a closing quote"));
    }

    @Test
    void everyExportNeutralisesFormulasButKeepsNumbers() {
        String csv = new String(Csv.write(Csv.Target.SPREADSHEET, List.of("name", "amount", "phone"), List.of(
                List.of("=HYPERLINK(\"http://x\",\"y\")", -500, "+81 3"), List.of("@SUM(A1)", "-500", "-x"))),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFname,amount,phone\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-500,'+81 3\r\n");
        assertThat(csv).contains("'@SUM(A1),-500,'-x\r\n");
    }

    @Test
    void b2FilesAreCp932WithEveryFieldQuotedAndNoBom() {
        byte[] bytes = Csv.write(Csv.Target.B2, List.of("お届け先名"), List.<List<?>>of(List.of("山田 太郎")));

        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        assertThat(new String(bytes, Charset.forName("windows-31j"))).isEqualTo("\"お届け先名\"\r\n\"山田 太郎\"\r\n");
    }
}
