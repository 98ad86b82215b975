package dk.replycoach.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.InvalidInputException;
import dk.replycoach.config.AnalyzerSource;
import dk.replycoach.config.InMemorySettings;
import dk.replycoach.jira.comment.CustomerMessages;
import org.junit.Before;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ReplyCheckValidatorTest {
    private static final String PROFANE = "Det er fandme ikke vores problem.";
    private static final String WARNING_ONLY = "Jeg forstår din frustration, men pakken er sendt. Hvornår passer det dig?";
    private static final String GOOD = "Tak fordi du skriver. Jeg kan godt forstå, at det er irriterende. "
            + "Jeg sender en ny pakke i dag. Hvornår passer det dig bedst at modtage den?";

    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final CustomerMessages customers = mock(CustomerMessages.class);
    private final BlockRecorder recorder = mock(BlockRecorder.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final Issue issue = mock(Issue.class);
    private AnalyzerSource analyzers = AnalyzerSource.defaults();

    @Before
    public void setUp() {
        when(auth.getLoggedInUser()).thenReturn(agent);
        when(auth.getLocale()).thenReturn(new Locale("da", "DK"));
        when(issue.getKey()).thenReturn("SD-1");
    }

    private ReplyCheckValidator validator() {
        return new ReplyCheckValidator(auth, customers, analyzers, recorder);
    }

    private static Map<String, Object> vars(String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put("comment", comment);
        return v;
    }

    private Map<String, Object> withIssue(Map<String, Object> v) {
        v.put("issue", issue);
        return v;
    }

    private static String blockMessage(InvalidInputException e) {
        return String.valueOf(e.getErrors().get("comment"));
    }

    @Test
    public void noCommentOrBlankCommentPasses() throws Exception {
        validator().validate(new HashMap<>(), Map.of(), null);
        validator().validate(vars("   "), Map.of(), null);
        verify(recorder, never()).blocked(any(), any(), any(), anyList());
    }

    @Test
    public void publicReplyWithABlockFindingIsStoppedOnTheCommentField() {
        try {
            validator().validate(withIssue(vars(PROFANE)), Map.of(), null);
            fail("should block");
        } catch (InvalidInputException e) {
            String msg = blockMessage(e);
            assertTrue(msg, msg.startsWith("Reply Coach har stoppet dette svar"));
            assertTrue(msg, msg.contains("fandme"));
            verify(recorder).blocked(eq(agent), eq(issue), any(), anyList());
        }
    }

    @Test
    public void internalNotesPassUnlessScopeIsAll() throws Exception {
        Map<String, Object> v = vars(PROFANE);
        v.put("commentProperty", new String[] {"[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":true}}]"});
        validator().validate(v, Map.of(), null);

        Map<String, Object> restricted = vars(PROFANE);
        restricted.put("roleLevel", "10002");
        validator().validate(restricted, Map.of(), null);

        try {
            validator().validate(v, Map.of("scope", "all"), null);
            fail("scope=all checks internal notes too");
        } catch (InvalidInputException expected) {
            assertTrue(blockMessage(expected).contains("fandme"));
        }
    }

    @Test
    public void explicitlyPublicJsmCommentIsChecked() {
        Map<String, Object> v = vars(PROFANE);
        v.put("commentProperty", new String[] {"[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":false}}]"});
        try {
            validator().validate(v, Map.of(), null);
            fail();
        } catch (InvalidInputException expected) {
            // blocked
        }
    }

    @Test
    public void warningBlocksOnlyWhenBlockAtIsWarning() throws Exception {
        validator().validate(vars(WARNING_ONLY), Map.of("blockAt", "block"), null);
        try {
            validator().validate(vars(WARNING_ONLY), Map.of("blockAt", "warning"), null);
            fail("blockAt=warning stops warnings");
        } catch (InvalidInputException e) {
            assertTrue(blockMessage(e), blockMessage(e).contains("men"));
        }
        validator().validate(vars(GOOD), Map.of("blockAt", "warning"), null);
    }

    @Test
    public void malformedPropertyIsTreatedAsPublic() {
        Map<String, Object> v = vars(PROFANE);
        v.put("commentProperty", new String[] {"{not json"});
        try {
            validator().validate(v, Map.of(), null);
            fail("malformed property counts as public, so the reply is checked");
        } catch (InvalidInputException expected) {
            assertTrue(blockMessage(expected).contains("fandme"));
        }
    }

    @Test
    public void analysisFailureFollowsTheFailMode() throws Exception {
        analyzers = () -> {
            throw new IllegalStateException("boom");
        };
        validator().validate(vars(PROFANE), Map.of("failMode", "open"), null);
        try {
            validator().validate(vars(PROFANE), Map.of("failMode", "closed"), null);
            fail();
        } catch (InvalidInputException e) {
            assertEquals("Reply Coach kunne ikke tjekke svaret. Prøv igen, eller kontakt din Jira-administrator.", blockMessage(e));
        }
    }

    @Test
    public void customerContextSwitchesOnAbuseMirroring() throws Exception {
        String rebuke = "Tal ordentligt til os. Din pakke er sendt i dag. Hvornår passer det dig at modtage den?";
        validator().validate(withIssue(vars(rebuke)), Map.of(), null);
        when(customers.latest(issue, agent)).thenReturn("I er nogle idioter!!!");
        try {
            validator().validate(withIssue(vars(rebuke)), Map.of(), null);
            fail("rebuking an abusive customer blocks");
        } catch (InvalidInputException e) {
            assertTrue(blockMessage(e), blockMessage(e).contains("Tal ordentligt"));
        }
    }

    @Test
    public void englishUiGetsEnglishMessages() {
        when(auth.getLocale()).thenReturn(Locale.UK);
        try {
            validator().validate(vars("This is damn stupid."), Map.of(), null);
            fail();
        } catch (InvalidInputException e) {
            assertTrue(blockMessage(e), blockMessage(e).startsWith("Reply Coach stopped this reply"));
        }
    }

    @Test
    public void factoryStoresOnlyKnownValues() {
        ReplyCheckValidatorFactory factory = new ReplyCheckValidatorFactory(new InMemorySettings());
        Map<String, Object> form = new HashMap<>();
        form.put("blockAt", new String[] {"warning"});
        form.put("scope", new String[] {"all"});
        form.put("failMode", new String[] {"<script>alert(1)</script>"});
        assertEquals(Map.of("blockAt", "warning", "scope", "all", "failMode", "open"), factory.getDescriptorParams(form));
        assertEquals(List.of("block", "warning"), ReplyCheckValidatorFactory.BLOCK_AT_OPTIONS);
    }
}
