package com.orderdesk.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Every CSV file OrderDesk reads or writes, on Apache Commons CSV, with one policy:
 * <ul>
 * <li><b>Reading is strict RFC 4180</b>: an unclosed quote or text after a closing quote
 * ({@code "OD-1"junk}) refuses the whole file, naming the row, instead of swallowing the rest or
 * guessing. Blank lines are skipped; a UTF-8 BOM is dropped.</li>
 * <li><b>Writing neutralises formulas</b> in every file: a text cell starting with {@code = + - @},
 * tab or CR gets a leading {@code '}, so a spreadsheet shows it instead of running it
 * ({@code =HYPERLINK(…)} from a customer's name). Plain numbers ({@code -500}) stay numbers.</li>
 * <li><b>One encoding policy</b> ({@link Target}): CP932 where a Japanese tool requires it (Yamato
 * B2 Cloud), UTF-8 with a BOM everywhere else, so Japanese Excel opens it without mojibake. CRLF.</li>
 * </ul>
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char BOM = '\uFEFF';
    /** Commons CSV's messages say where it stopped: "… at line: 3, position: 14" or "(startline 2) …". */
    private static final Pattern ERROR_LINE = Pattern.compile("(?i)line:? ?(\\d+)");

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private Csv() {
    }

    /** Where a file goes, which fixes its encoding and quoting. */
    public enum Target {
        /** Spreadsheets and everything else: UTF-8 with BOM, fields quoted when needed. */
        SPREADSHEET(StandardCharsets.UTF_8, true, QuoteMode.MINIMAL),
        /** Yamato B2 Cloud: CP932 (Windows-31J) without BOM, every field quoted as B2's own files. */
        B2(Charset.forName("windows-31j"), false, QuoteMode.ALL);

        private final Charset charset;
        private final boolean bom;
        private final QuoteMode quoting;

        Target(Charset charset, boolean bom, QuoteMode quoting) {
            this.charset = charset;
            this.bom = bom;
            this.quoting = quoting;
        }

        public Charset charset() {
            return charset;
        }
    }

    /** A record of a file and the line it starts on (1 = the first line, the header if there is one). */
    public record Row(long line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** The field, or "" when the row is shorter. */
        public String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        public int size() {
            return fields.size();
        }
    }

    /**
     * Reads every record.
     *
     * @throws InvalidInput naming {@code field} with the row and what is wrong, when the text is not
     *         valid CSV (nothing of it is returned then)
     */
    public static List<Row> parse(String text, String field) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(READ).get()) {
            LineCounter lines = new LineCounter(body);
            for (CSVRecord record : parser) {
                List<String> fields = new ArrayList<>(record.size());
                record.forEach(fields::add);
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), fields));
            }
        } catch (UncheckedIOException | IOException broken) {
            Throwable cause = broken instanceof UncheckedIOException unchecked ? unchecked.getCause() : broken;
            String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
            Matcher line = ERROR_LINE.matcher(message);
            throw new InvalidInput(field, (line.find() ? "line " + line.group(1) + ": " : "") + reason(message));
        }
        return rows;
    }

    /** The header row and the rows, encoded for the target, formulas neutralised. */
    public static byte[] write(Target target, List<String> header, Iterable<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        if (target.bom) {
            out.write(BOM);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setQuoteMode(target.quoting).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            if (!header.isEmpty()) {
                printer.printRecord(header.stream().map(Csv::cell).toList());
            }
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Csv::cell).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(target.charset);
    }

    /** The cell as written: null is empty, numbers as they are, text with a leading formula character neutralised. */
    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The line (from 1) a character position is on, counted forward as records come in order. */
    private static final class LineCounter {

        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long characterPosition) {
            int target = (int) Math.min(characterPosition, text.length());
            // A record after skipped blank lines is positioned at the first of them.
            while (target < text.length() && (text.charAt(target) == '\r' || text.charAt(target) == '\n')) {
                target++;
            }
            for (; position < target; position++) {
                char c = text.charAt(position);
                if (c == '\n' || c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }

    private static String reason(String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("eof reached before encapsulated token finished")) {
            return "a quoted field is never closed";
        }
        if (lower.contains("between encapsulated token and delimiter")) {
            return "text follows a closing quote (such as \"OD-1\"junk); quote the whole field";
        }
        return message.isEmpty() ? "unreadable" : message;
    }
}
