package org.migrationworkbench.core.compare.json;

import org.migrationworkbench.core.compare.json.JsonBytes.NotHandled;

/** RFC 8259's number grammar, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, one byte at a time. */
final class NumberGrammar {
    static final int DONE = -1;
    static final int START = 0;
    static final int MINUS = 1;
    static final int ZERO = 2;
    static final int INTEGER = 3;
    static final int DOT = 4;
    static final int FRACTION = 5;
    static final int E = 6;
    static final int E_SIGN = 7;
    static final int EXPONENT = 8;

    private NumberGrammar() {
    }

    /** The state after byte {@code c}; {@link #DONE} when {@code c} cannot continue a number. */
    static int step(int state, byte c) {
        if (c >= '0' && c <= '9') {
            return switch (state) {
                case START, MINUS -> c == '0' ? ZERO : INTEGER;
                case ZERO -> throw new NotHandled("leading zero");
                case DOT -> FRACTION;
                case E, E_SIGN -> EXPONENT;
                default -> state;
            };
        }
        return switch (c) {
            case '.' -> state == ZERO || state == INTEGER ? DOT : bad();
            case 'e', 'E' -> state == ZERO || state == INTEGER || state == FRACTION ? E : bad();
            case '-' -> state == START ? MINUS : state == E ? E_SIGN : bad();
            case '+' -> state == E ? E_SIGN : bad();
            default -> DONE;
        };
    }

    /** Whether a number may end in this state. */
    static boolean complete(int state) {
        return state == ZERO || state == INTEGER || state == FRACTION || state == EXPONENT;
    }

    /** The end of a fraction {@code b[..end)} with its dot at {@code dot}, less trailing zeros and a bare dot. */
    static int trimZeros(byte[] b, int dot, int end) {
        int e = end;
        while (e > dot + 1 && b[e - 1] == '0') {
            e--;
        }
        return e == dot + 1 ? dot : e;
    }

    private static int bad() {
        throw new NotHandled("bad number");
    }
}
