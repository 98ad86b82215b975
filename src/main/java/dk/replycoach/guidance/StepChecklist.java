package dk.replycoach.guidance;

import dk.replycoach.analysis.AnalyzedReply;
import dk.replycoach.analysis.rule.AcknowledgeRule;
import dk.replycoach.analysis.rule.BriefInformationRule;
import dk.replycoach.analysis.rule.NoButRule;
import dk.replycoach.analysis.rule.OpenQuestionRule;

/**
 * The 4-step de-escalation model as a checklist: 1 acknowledge the customer, 2 pause instead of
 * "but", 3 short, relevant information, 4 an open question. Each step is judged by the same logic
 * as its rule, whether or not an admin has switched that rule off, so the checklist always shows
 * the whole model.
 */
public final class StepChecklist {
    private final boolean acknowledge;
    private final boolean noBut;
    private final boolean briefInformation;
    private final boolean openQuestion;

    public StepChecklist(boolean acknowledge, boolean noBut, boolean briefInformation, boolean openQuestion) {
        this.acknowledge = acknowledge;
        this.noBut = noBut;
        this.briefInformation = briefInformation;
        this.openQuestion = openQuestion;
    }

    public static StepChecklist of(AnalyzedReply reply) {
        return new StepChecklist(AcknowledgeRule.acknowledges(reply),
                NoButRule.butsAfterAcknowledgement(reply).isEmpty(),
                BriefInformationRule.withinLimits(reply),
                OpenQuestionRule.endsWithOpenQuestion(reply));
    }

    public boolean acknowledge() {
        return acknowledge;
    }

    public boolean noBut() {
        return noBut;
    }

    public boolean briefInformation() {
        return briefInformation;
    }

    public boolean openQuestion() {
        return openQuestion;
    }

    public int stepsMet() {
        return (acknowledge ? 1 : 0) + (noBut ? 1 : 0) + (briefInformation ? 1 : 0) + (openQuestion ? 1 : 0);
    }
}
