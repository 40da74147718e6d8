package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline single choice on one source line: {@code **Migration Status**: [ ] In Progress [x] Completed}.
 * Two or more boxes make a choice; the label is the text before the first box, each option the text after its
 * box, and the first marked box the selection.
 */
record ChoiceLine(String label, List<String> options, Optional<String> selected) {
    private static final Pattern BOX = Pattern.compile("\\[([ xX])\\]");

    ChoiceLine {
        options = List.copyOf(options);
    }

    static Optional<ChoiceLine> parse(String line) {
        int first = line.indexOf('[');
        if (first < 0 || line.indexOf('[', first + 1) < 0) {
            return Optional.empty();
        }
        Matcher m = BOX.matcher(line);
        List<int[]> boxes = new ArrayList<>();
        while (m.find()) {
            boxes.add(new int[] {m.start(), m.end(), m.group(1).isBlank() ? 0 : 1});
        }
        if (boxes.size() < 2) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        Optional<String> selected = Optional.empty();
        for (int b = 0; b < boxes.size(); b++) {
            int end = b + 1 < boxes.size() ? boxes.get(b + 1)[0] : line.length();
            String option = LineText.label(line.substring(boxes.get(b)[1], end).replaceAll("[|,;/]+\\s*$", ""));
            if (option.isEmpty()) {
                return Optional.empty();
            }
            options.add(option);
            if (boxes.get(b)[2] == 1 && selected.isEmpty()) {
                selected = Optional.of(option);
            }
        }
        return Optional.of(new ChoiceLine(LineText.label(line.substring(0, boxes.get(0)[0])), options, selected));
    }

    ChoiceField toField(String fallbackName, int line) {
        return new ChoiceField(label.isEmpty() ? fallbackName : label, options, selected, line);
    }
}
