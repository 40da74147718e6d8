package org.migrationworkbench.core.guide;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-off roles named by the items of sign-off sections ("Final Sign-Off", "Sign-off", "Approvals" and the
 * sections under them): "Technical Lead approval" names Technical Lead, "Stakeholder confirmation" Stakeholder,
 * "Approved by: QA Lead" QA Lead. The items stay checklist items.
 */
final class Roles {
    private static final Pattern SIGNOFF_SECTION = Pattern.compile("(?i)\\b(?:sign[- ]?offs?|approvals?)\\b");
    private static final Pattern ROLE_FIRST = Pattern.compile("(?i)^(.{2,60}?)\\s*[:-]?\\s+(?:approval|approves"
            + "|approved|sign[- ]?offs?|signs? off|signature|confirmation|confirms|acceptance|accepts)\\b");
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "(?i)^(?:approved|signed(?: off)?|confirmed|accepted)\\s+by\\s*:?\\s*([^(,;:]{2,60})");
    private static final int MAX_WORDS = 5;

    private Roles() {
    }

    static List<String> find(List<Section> sections) {
        Set<String> roles = new LinkedHashSet<>();
        for (Section section : sections) {
            collect(section, false, roles);
        }
        return List.copyOf(roles);
    }

    private static void collect(Section section, boolean underSignoff, Set<String> roles) {
        boolean signoff = underSignoff || SIGNOFF_SECTION.matcher(section.title()).find();
        if (signoff) {
            List<GuideItem> items = new ArrayList<>();
            section.items().forEach(item -> flatten(item, items));
            items.forEach(item -> role(item.text()).ifPresent(roles::add));
        }
        section.children().forEach(child -> collect(child, signoff, roles));
    }

    static Optional<String> role(String itemText) {
        String text = LineText.plain(itemText);
        Matcher after = ROLE_AFTER.matcher(text);
        Matcher first = ROLE_FIRST.matcher(text);
        String role = after.find() ? after.group(1) : first.find() ? first.group(1) : "";
        role = role.replaceAll("[\\s:–—-]+$", "").trim();
        boolean plausible = !role.isEmpty() && role.split("\\s+").length <= MAX_WORDS
                && Character.isLetter(role.codePointAt(0));
        return plausible ? Optional.of(role) : Optional.empty();
    }

    private static void flatten(GuideItem item, List<GuideItem> into) {
        into.add(item);
        item.children().forEach(child -> flatten(child, into));
    }
}
