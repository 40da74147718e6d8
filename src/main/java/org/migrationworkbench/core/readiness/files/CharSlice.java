package org.migrationworkbench.core.readiness.files;

/** A reusable view of part of a char array, so lines can be matched without copying them into Strings. */
final class CharSlice implements CharSequence {
    private char[] chars;
    private int start;
    private int end;

    void set(char[] chars, int start, int end) {
        this.chars = chars;
        this.start = start;
        this.end = end;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new String(chars, start + from, to - from);
    }

    @Override
    public String toString() {
        return new String(chars, start, end - start);
    }
}
