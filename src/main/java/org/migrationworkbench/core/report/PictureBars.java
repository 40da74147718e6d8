package org.migrationworkbench.core.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.timeline.GateMark;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;

/**
 * One row of the timeline picture: the phase's bar coloured by its status (outlined red on the critical path) with
 * its progress fill, the gate diamond at its end, a risk triangle before it, and under it the thin grey baseline bar
 * with a "+N d" flag when the phase slipped; or "unscheduled — no dates or weeks" for a phase without days.
 */
final class PictureBars {
    static final String UNSCHEDULED = "unscheduled — no dates or weeks";
    /** Height of the baseline bar, drawn just under the current bar. */
    static final double BASELINE_HEIGHT = 4;
    private static final double DIAMOND = 7;
    private static final double ARC = 6;

    private PictureBars() {
    }

    static void row(Graphics2D g, TimelineRow row, int index, TimelineScale scale) {
        if (row.dates().isEmpty()) {
            g.setColor(PictureStyle.MUTED);
            g.setFont(PictureStyle.font(false, 12).deriveFont(java.awt.Font.ITALIC));
            g.drawString(UNSCHEDULED, (float) TimelineScale.LABEL_WIDTH + 12, (float) scale.y(index) + 22);
            return;
        }
        row.planned().ifPresent(planned -> baseline(g, row, planned, index, scale));
        double x = scale.x(row.dates().get().start());
        double width = Math.max(scale.x(row.dates().get().end().plusDays(1)) - x, 3);
        bar(g, row, new Rectangle2D.Double(x, scale.middle(index) - TimelineScale.BAR_HEIGHT / 2, width,
                TimelineScale.BAR_HEIGHT));
        diamond(g, row.gate(), x + width, scale.middle(index));
        if (row.risky()) {
            risk(g, row.risk(), x - 11, scale.middle(index));
        }
    }

    /** The bar's outline: 1 px in the status colour, or 2 px red on the critical path. */
    private static void bar(Graphics2D g, TimelineRow row, Rectangle2D box) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(),
                box.getHeight(), ARC, ARC);
        g.setColor(PictureStyle.fill(row.status()));
        g.fill(shape);
        if (row.progress() > 0) {
            g.setColor(PictureStyle.progress(row.status()));
            g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth() * row.progress(),
                    box.getHeight(), ARC, ARC));
        }
        g.setColor(row.critical() ? PictureStyle.DANGER : PictureStyle.emphasis(row.status()));
        g.setStroke(new BasicStroke(row.critical() ? 2 : 1));
        g.draw(shape);
    }

    private static void baseline(Graphics2D g, TimelineRow row, DateRange planned, int index, TimelineScale scale) {
        double x = scale.x(planned.start());
        double width = Math.max(scale.x(planned.end().plusDays(1)) - x, 3);
        double y = scale.middle(index) + TimelineScale.BAR_HEIGHT / 2 + 2;
        g.setColor(PictureStyle.BASELINE);
        g.fill(new Rectangle2D.Double(x, y, width, BASELINE_HEIGHT));
        if (row.slipDays() > 0) {
            double end = Math.max(x + width, scale.x(row.dates().orElseThrow().end().plusDays(1)));
            g.setColor(PictureStyle.DANGER);
            g.setFont(PictureStyle.font(true, 10.5f));
            g.drawString("+" + row.slipDays() + " d", (float) (end + DIAMOND + 4),
                    (float) (scale.middle(index) + 4));
        }
    }

    private static void diamond(Graphics2D g, GateMark mark, double x, double y) {
        Path2D shape = new Path2D.Double();
        shape.moveTo(x, y - DIAMOND);
        shape.lineTo(x + DIAMOND, y);
        shape.lineTo(x, y + DIAMOND);
        shape.lineTo(x - DIAMOND, y);
        shape.closePath();
        g.setColor(PictureStyle.gate(mark));
        g.fill(shape);
        g.setColor(mark == GateMark.NONE ? PictureStyle.MUTED : PictureStyle.TEXT);
        g.setStroke(new BasicStroke(1));
        g.draw(shape);
    }

    /** A warning triangle centred on {@code x}: amber for high risk, red for critical. */
    private static void risk(Graphics2D g, Risk risk, double x, double y) {
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(x, y - 6);
        triangle.lineTo(x + 7, y + 6);
        triangle.lineTo(x - 7, y + 6);
        triangle.closePath();
        g.setColor(risk == Risk.CRITICAL ? PictureStyle.DANGER : PictureStyle.WARNING);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(triangle);
        g.draw(new Line2D.Double(x, y - 1.5, x, y + 1.5));
        g.draw(new Line2D.Double(x, y + 4, x, y + 4));
    }
}
