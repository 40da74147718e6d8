package org.migrationworkbench.core.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Reads the fixture guides of src/test/resources/guides and checks item positions against their text. */
final class Guides {
    private Guides() {
    }

    static String text(String name) {
        try (InputStream in = Objects.requireNonNull(Guides.class.getResourceAsStream("/guides/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Guide read(String name) {
        return read(name, ItemMode.AUTO);
    }

    static Guide read(String name, ItemMode mode) {
        return new GuideImporter().read(text(name), mode);
    }

    /** The character a checkbox position points at in {@code markdown}, read the way a writer would. */
    static char markAt(String markdown, GuideItem.CheckboxPosition box) {
        return markdown.lines().toList().get(box.line() - 1).charAt(box.column());
    }

    /** Texts of the items of the section with this path. */
    static List<String> itemTexts(Guide guide, String... path) {
        return section(guide, path).items().stream().map(GuideItem::text).toList();
    }

    static Section section(Guide guide, String... path) {
        return guide.allSections().stream().filter(s -> s.path().equals(List.of(path))).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + List.of(path) + " in "
                        + guide.allSections().stream().map(Section::path).toList()));
    }

    static GuideItem item(Guide guide, String text) {
        return guide.items().stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item '" + text + "' in "
                        + guide.items().stream().map(GuideItem::text).toList()));
    }
}
