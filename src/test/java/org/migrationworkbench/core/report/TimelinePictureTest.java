package org.migrationworkbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.migrationworkbench.core.model.DateRange;
import org.migrationworkbench.core.model.Risk;
import org.migrationworkbench.core.timeline.Baseline;
import org.migrationworkbench.core.timeline.GateMark;
import org.migrationworkbench.core.timeline.PhaseStatus;
import org.migrationworkbench.core.timeline.TimelineData;
import org.migrationworkbench.core.timeline.TimelineRow;
import org.migrationworkbench.core.timeline.TimelineScale;

/** The timeline picture: whole chart at 2x, bars in their status colour, today line, baseline, unscheduled rows. */
class TimelinePictureTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final DateRange BUILD = new DateRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15));
    private static final DateRange CUTOVER = new DateRange(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20));
    private static final DateRange BUILD_PLANNED = new DateRange(BUILD.start(), LocalDate.of(2026, 3, 12));

    private static TimelineRow row(String id, Optional<DateRange> dates, PhaseStatus status,
                                   Optional<DateRange> planned) {
        return new TimelineRow(id, "Phase " + id, dates, id.equals("cutover") ? List.of("build") : List.of(),
                Risk.LOW, false, dates.map(d -> 0L), status, 0, GateMark.UNMET, List.of(), planned);
    }

    private static TimelineData data(LocalDate today, boolean withBaseline) {
        Optional<DateRange> planned = withBaseline ? Optional.of(BUILD_PLANNED) : Optional.empty();
        Optional<Baseline> baseline = withBaseline
                ? Optional.of(new Baseline(Instant.EPOCH, "on demand", Map.of("build", BUILD_PLANNED)))
                : Optional.empty();
        return new TimelineData(List.of(row("build", Optional.of(BUILD), PhaseStatus.IN_PROGRESS, planned),
                row("cutover", Optional.of(CUTOVER), PhaseStatus.NOT_STARTED, Optional.empty()),
                row("later", Optional.empty(), PhaseStatus.NOT_STARTED, Optional.empty())),
                Optional.of(new DateRange(BUILD.start(), CUTOVER.end())), today, true, baseline);
    }

    private static BufferedImage picture(TimelineData data) {
        return TimelinePicture.draw(data, TimelinePicture.scale(data), TimelinePicture.REPORT_SCALE);
    }

    /** The colour at chart point (x, y), given at scale 1. */
    private static Color at(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) (x * 2), (int) (y * 2)));
    }

    /** Pixels clearly darker than the grid lines (text, bars' outlines) in a chart rectangle given at scale 1. */
    private static long dark(BufferedImage image, double x, double y, double width, double height) {
        long count = 0;
        for (int px = (int) (x * 2); px < (int) ((x + width) * 2); px++) {
            for (int py = (int) (y * 2); py < (int) ((y + height) * 2); py++) {
                Color c = new Color(image.getRGB(px, py));
                count += c.getRed() + c.getGreen() + c.getBlue() < 3 * 160 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void thePngIsTheWholeChartAtTwiceItsSize() throws Exception {
        TimelineData data = data(TODAY, false);
        TimelineScale scale = TimelinePicture.scale(data);

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(TimelinePicture.png(data)));

        assertThat(scale.pixelsPerDay()).isEqualTo(TimelinePicture.MAX_PIXELS_PER_DAY);
        assertThat(png.getWidth()).isEqualTo((int) (2 * scale.width())).isEqualTo(2 * (290 + 43 * 8)); // a 19-day plan gets the 28-day minimum axis
        assertThat(png.getHeight()).isEqualTo((int) (2 * scale.height())).isEqualTo(2 * (34 + 3 * 36 + 8));
    }

    @Test
    void aLongPlanIsFittedIntoTheTargetWidthButNotBelowTheMinimumDayWidth() {
        TimelineData year = new TimelineData(List.of(), Optional.of(new DateRange(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))), TODAY, true, Optional.empty());
        TimelineData decade = new TimelineData(List.of(), Optional.of(new DateRange(LocalDate.of(2026, 1, 1),
                LocalDate.of(2035, 12, 31))), TODAY, true, Optional.empty());

        assertThat(TimelinePicture.scale(year).width()).isCloseTo(TimelinePicture.FIT_WIDTH,
                org.assertj.core.api.Assertions.within(0.01));
        assertThat(TimelinePicture.pixelsPerDay(decade)).isEqualTo(TimelinePicture.MIN_PIXELS_PER_DAY);
    }

    @Test
    void aBarIsFilledWithItsStatusColourWhereItsDaysAre() {
        TimelineData data = data(TODAY, false);
        TimelineScale scale = TimelinePicture.scale(data);
        BufferedImage image = picture(data);

        assertThat(at(image, scale.x(LocalDate.of(2026, 3, 5)), scale.middle(0)))
                .isEqualTo(PictureStyle.fill(PhaseStatus.IN_PROGRESS));
        assertThat(at(image, scale.x(LocalDate.of(2026, 3, 18)), scale.middle(1)))
                .isEqualTo(PictureStyle.fill(PhaseStatus.NOT_STARTED));
        assertThat(at(image, scale.x(LocalDate.of(2026, 3, 18)), scale.middle(0))).isEqualTo(PictureStyle.BACKGROUND);
    }

    @Test
    void aCriticalBarIsOutlinedRedAndTheGateDiamondSitsAtTheBarEnd() {
        TimelineRow critical = new TimelineRow("build", "Build", Optional.of(BUILD), List.of(), Risk.LOW, true,
                Optional.of(0L), PhaseStatus.IN_PROGRESS, 0, GateMark.MET, List.of(), Optional.empty());
        TimelineData data = new TimelineData(List.of(critical, row("cutover", Optional.of(CUTOVER),
                PhaseStatus.NOT_STARTED, Optional.empty())), Optional.of(new DateRange(BUILD.start(), CUTOVER.end())),
                TODAY, true, Optional.empty());
        TimelineScale scale = TimelinePicture.scale(data);
        BufferedImage image = picture(data);
        double top = TimelineScale.BAR_HEIGHT / 2;

        assertThat(at(image, scale.x(LocalDate.of(2026, 3, 5)), scale.middle(0) - top)).isEqualTo(PictureStyle.DANGER);
        assertThat(at(image, scale.x(LocalDate.of(2026, 3, 18)), scale.middle(1) - top))
                .isEqualTo(PictureStyle.emphasis(PhaseStatus.NOT_STARTED));
        assertThat(at(image, scale.x(BUILD.end().plusDays(1)), scale.middle(0)))
                .isEqualTo(PictureStyle.gate(GateMark.MET));
        assertThat(at(image, scale.x(CUTOVER.end().plusDays(1)), scale.middle(1)))
                .isEqualTo(PictureStyle.gate(GateMark.UNMET));
    }

    @Test
    void theTodayLineIsDrawnOnTodayOnly() {
        TimelineScale scale = TimelinePicture.scale(data(TODAY, false));
        double x = scale.x(TODAY) + scale.pixelsPerDay() / 2;
        double y = TimelineScale.HEADER_HEIGHT + 3;

        assertThat(at(picture(data(TODAY, false)), x, y)).isEqualTo(PictureStyle.DANGER);
        assertThat(at(picture(data(TODAY.plusYears(1), false)), x, y)).isNotEqualTo(PictureStyle.DANGER);
    }

    @Test
    void theBaselineBarAndSlipFlagAppearOnlyWithABaseline() {
        TimelineScale scale = TimelinePicture.scale(data(TODAY, true));
        double x = scale.x(LocalDate.of(2026, 3, 4));
        double y = scale.middle(0) + TimelineScale.BAR_HEIGHT / 2 + 2 + PictureBars.BASELINE_HEIGHT / 2;
        double flagX = scale.x(BUILD.end().plusDays(1)) + 8;

        assertThat(at(picture(data(TODAY, true)), x, y)).isEqualTo(PictureStyle.BASELINE);
        assertThat(at(picture(data(TODAY, false)), x, y)).isEqualTo(PictureStyle.BACKGROUND);
        assertThat(dark(picture(data(TODAY, true)), flagX, scale.y(0), 30, TimelineScale.ROW_HEIGHT))
                .isGreaterThan(dark(picture(data(TODAY, false)), flagX, scale.y(0), 30, TimelineScale.ROW_HEIGHT) + 20);
    }

    @Test
    void anUnscheduledRowSaysSoWhereItsBarWouldBe() {
        TimelineScale scale = TimelinePicture.scale(data(TODAY, false));
        BufferedImage image = picture(data(TODAY, false));
        double x = TimelineScale.LABEL_WIDTH + 12;

        assertThat(dark(image, x, scale.y(2), 100, TimelineScale.ROW_HEIGHT)).isGreaterThan(100);
        assertThat(dark(image, x, scale.y(1), 100, TimelineScale.ROW_HEIGHT)).isZero();
    }

    @Test
    void theDescriptionListsEveryPhaseWithItsStatusAndDays() {
        assertThat(TimelinePicture.describe(data(TODAY, false))).isEqualTo("Timeline of 3 phases: "
                + "Phase build (build, in progress, 2 Mar – 15 Mar 2026); "
                + "Phase cutover (cutover, not started, 16 Mar – 20 Mar 2026); "
                + "Phase later (later, not started, unscheduled)");
    }
}
