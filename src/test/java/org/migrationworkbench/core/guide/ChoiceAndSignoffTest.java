package org.migrationworkbench.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Inline choices, blanks to fill in at sign-off, and the roles of sign-off sections. */
class ChoiceAndSignoffTest {

    @Test
    void inlineBoxesOnOneLineAreOneChoiceNotItems() {
        Guide guide = Guides.read("choices.md");

        assertThat(guide.choices()).containsExactly(
                new ChoiceField("Migration Status", List.of("In Progress", "Completed", "Rolled Back"),
                        Optional.empty(), 3),
                new ChoiceField("Rollback Needed", List.of("No", "Yes"), Optional.of("No"), 5),
                new ChoiceField("Staging", List.of("Done", "Pending"), Optional.of("Done"), 9),
                new ChoiceField("Deployment Mode", List.of("Blue-green", "Canary", "Big bang"), Optional.of("Canary"),
                        14));
        assertThat(guide.items()).extracting(GuideItem::text, GuideItem::line)
                .containsExactly(tuple("Production ready", 10));
    }

    @Test
    void blankSignoffLinesBecomeFields() {
        Guide guide = Guides.read("signoff.md");

        assertThat(guide.signoffFields()).containsExactly(new SignoffField("Migration Lead", 5),
                new SignoffField("Date Completed", 6), new SignoffField("Reviewer", 8),
                new SignoffField("Signature", 22), new SignoffField("Date", 22));
        assertThat(guide.items()).extracting(GuideItem::text).doesNotContain("Reviewer:");
    }

    @Test
    void everyBlankOfAMultiLineListItemIsAField() {
        Guide guide = new GuideImporter().read("- **QA Lead**: ______\n  **Date:** ___\n", ItemMode.LIST_ITEMS);

        assertThat(guide.signoffFields()).containsExactly(new SignoffField("QA Lead", 1), new SignoffField("Date", 2));
        assertThat(guide.items()).isEmpty();
    }

    @Test
    void signoffSectionItemsNameRolesOnceEachAndStayItems() {
        Guide guide = Guides.read("signoff.md");

        assertThat(guide.roles()).containsExactly("Technical Lead", "Product Owner", "Stakeholder",
                "Engineering Manager", "Security Officer");
        assertThat(Guides.section(guide, "Cutover Sign-off Sheet", "Final Sign-Off").items())
                .extracting(GuideItem::text, GuideItem::checked).containsExactly(
                        tuple("Technical Lead approval", false), tuple("Product Owner approval", false),
                        tuple("Stakeholder confirmation", true), tuple("Engineering Manager sign-off", false),
                        tuple("Technical Lead approval of the rollback plan", false));
        assertThat(Guides.itemTexts(guide, "Cutover Sign-off Sheet", "Approvals"))
                .containsExactly("Approved by: Security Officer");
    }

    @Test
    void approvalItemsOutsideSignoffSectionsNameNoRoles() {
        Guide guide = new GuideImporter().read("# Plan\n\n## Build\n\n- [ ] Technical Lead approval\n", ItemMode.AUTO);

        assertThat(guide.roles()).isEmpty();
        assertThat(guide.items()).hasSize(1);
    }

    @Test
    void choiceWithoutLabelIsNamedAfterItsSection() {
        Guide guide = new GuideImporter().read("## Result\n\n[ ] Pass [ ] Fail\n", ItemMode.AUTO);

        assertThat(guide.choices()).extracting(ChoiceField::name, ChoiceField::options)
                .containsExactly(tuple("Result", List.of("Pass", "Fail")));
    }
}
