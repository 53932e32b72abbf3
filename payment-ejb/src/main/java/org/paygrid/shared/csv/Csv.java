package org.paygrid.shared.csv;

/**
 * Writes CSV cells that spreadsheets open as data, never as formulas (CSV injection): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, and a cell with a comma, quote or
 * line break is quoted (RFC 4180). Numbers are written as they are: a negative amount stays a number.
 */
public final class Csv {

    private Csv() {
    }

    /** One line: the cells separated by commas, ended by CRLF. */
    public static String row(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
