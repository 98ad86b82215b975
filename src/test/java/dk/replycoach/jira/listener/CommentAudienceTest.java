package dk.replycoach.jira.listener;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class CommentAudienceTest {
    @Test
    public void theServiceDeskFlagAsAnObject() {
        assertEquals(Audience.INTERNAL, CommentAudience.parse("{\"internal\":true}"));
        assertEquals(Audience.CUSTOMER, CommentAudience.parse("{\"internal\":false}"));
        assertEquals(Audience.INTERNAL, CommentAudience.parse(" { \"internal\" : \"true\" } "));
        assertEquals(Audience.CUSTOMER, CommentAudience.parse("{\"internal\":\"FALSE\",\"other\":1}"));
    }

    @Test
    public void theServiceDeskFlagAsTheArrayATransitionScreenPosts() {
        assertEquals(Audience.INTERNAL,
                CommentAudience.parse("[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":true}}]"));
        assertEquals(Audience.CUSTOMER,
                CommentAudience.parse("[{\"key\":\"x\",\"value\":{}},{\"key\":\"sd.public.comment\",\"value\":{\"internal\":false}}]"));
        assertEquals(Audience.UNKNOWN, CommentAudience.parse("[{\"key\":\"x\",\"value\":{\"internal\":true}}]"));
    }

    @Test
    public void anythingElseIsUnknown() {
        for (String bad : new String[] {"", "null", "true", "{}", "{\"internal\":1}", "{\"internal\":null}",
                "{\"internal\":", "{internal:true}", "[[[[[[[[[[[[true]]]]]]]]]]]]", "\"internal\""}) {
            assertEquals(bad, Audience.UNKNOWN, CommentAudience.parse(bad));
        }
    }
}
