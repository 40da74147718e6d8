package org.migrationworkbench.core.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.migrationworkbench.core.WorkbenchException;
import org.migrationworkbench.core.timeline.GateMark;
import org.migrationworkbench.core.timeline.PhaseStatus;

/**
 * Colours and fonts of the timeline picture: the light (Primer) colours the chart on screen uses, and the DejaVu
 * Sans fonts embedded in the application, so a picture looks the same on a machine without any system font.
 */
final class PictureStyle {
    static final Color BACKGROUND = new Color(0xffffff);
    static final Color SUBTLE = new Color(0xf6f8fa);
    static final Color BORDER = new Color(0xd0d7de);
    static final Color ROW_LINE = new Color(0xd0, 0xd7, 0xde, 153);
    static final Color TEXT = new Color(0x24292f);
    static final Color MUTED = new Color(0x57606a);
    static final Color DANGER = new Color(0xcf222e);
    static final Color WARNING = new Color(0xbf8700);
    static final Color SUCCESS = new Color(0x2da44e);
    static final Color BASELINE = new Color(0x8c959f);

    private static final Map<PhaseStatus, Color> FILL = Map.of(PhaseStatus.NOT_STARTED, new Color(0xeaeef2),
            PhaseStatus.IN_PROGRESS, new Color(0xddf4ff), PhaseStatus.AT_RISK, new Color(0xfff8c5),
            PhaseStatus.BLOCKED, new Color(0xffebe9), PhaseStatus.DONE, new Color(0xdafbe1));
    private static final Map<PhaseStatus, Color> EMPHASIS = Map.of(PhaseStatus.NOT_STARTED, new Color(0x6e7781),
            PhaseStatus.IN_PROGRESS, new Color(0x0969da), PhaseStatus.AT_RISK, WARNING,
            PhaseStatus.BLOCKED, DANGER, PhaseStatus.DONE, SUCCESS);

    private PictureStyle() {
    }

    /** The fill of a bar in {@code status}. */
    static Color fill(PhaseStatus status) {
        return FILL.get(status);
    }

    /** The outline and progress colour of a bar in {@code status}. */
    static Color emphasis(PhaseStatus status) {
        return EMPHASIS.get(status);
    }

    /** The progress fill: the status colour at three quarters opacity, as on screen. */
    static Color progress(PhaseStatus status) {
        Color c = emphasis(status);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 191);
    }

    static Color gate(GateMark mark) {
        return switch (mark) {
            case MET -> SUCCESS;
            case UNMET -> WARNING;
            case NONE -> BACKGROUND;
        };
    }

    /** DejaVu Sans at {@code size} pixels, bold or regular. */
    static Font font(boolean bold, float size) {
        return (bold ? Fonts.BOLD : Fonts.REGULAR).get().deriveFont(size);
    }

    /** Each font is read once, on first use; a failed read is retried (and reported) on the next use. */
    private enum Fonts {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf");

        private final String file;
        private Font font;

        Fonts(String file) {
            this.file = file;
        }

        synchronized Font get() {
            if (font == null) {
                font = load(file);
            }
            return font;
        }

        private static Font load(String name) {
            try (InputStream in = PictureStyle.class.getResourceAsStream("/org/migrationworkbench/fonts/" + name)) {
                if (in == null) {
                    throw new WorkbenchException("The font " + name + " is missing from the application.");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new WorkbenchException("Could not load the font " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
