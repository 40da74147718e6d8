package org.migrationworkbench.core.guide;

/**
 * A large guide for the size test and the import benchmark: {@link #SECTIONS} phase sections of
 * {@link #ITEMS_PER_SECTION} task items each (every fourth a sub-item), a dependency and risk line and a shell
 * block per section. With 20,000 items it is about 2 MB.
 */
public final class GeneratedGuide {
    public static final int SECTIONS = 100;
    public static final int ITEMS_PER_SECTION = 200;
    public static final int ITEMS = SECTIONS * ITEMS_PER_SECTION;

    private GeneratedGuide() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder(2_200_000).append("# Generated Migration Guide\n\n")
                .append("**Migration Status**: [x] In Progress [ ] Completed [ ] Rolled Back\n\n");
        int n = 0;
        for (int s = 1; s <= SECTIONS; s++) {
            md.append("## Phase ").append(s).append(": Area ").append(s).append(" (Week ").append(s).append(")\n\n");
            if (s > 1) {
                md.append("Dependencies: Phase ").append(s - 1).append(" completed\n");
            }
            md.append("Risk Level: ").append(s % 2 == 0 ? "HIGH" : "LOW").append("\n\n");
            for (int i = 0; i < ITEMS_PER_SECTION; i++) {
                n++;
                md.append(i % 4 == 3 ? "  - [" : "- [").append(n % 3 == 0 ? 'x' : ' ').append("] Item ").append(n)
                        .append(": migrate the nightly export job of region ").append(n % 97)
                        .append(" and compare its output `").append(n).append(':').append(n + 9)
                        .append(":jobs/export.py`\n");
            }
            md.append("\n```bash\n# check area ").append(s).append("\n./compare.sh --area ").append(s)
                    .append("\n```\n\n");
        }
        return md.toString();
    }
}
