package dk.replycoach.jira.listener;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class CommentVisibilityTest {
    @Test
    public void theServiceDeskFlagAsAnObject() {
        assertEquals(Audience.INTERNAL, CommentVisibility.parse("{\"internal\":true}"));
        assertEquals(Audience.CUSTOMER, CommentVisibility.parse("{\"internal\":false}"));
        assertEquals(Audience.INTERNAL, CommentVisibility.parse(" { \"internal\" : \"true\" } "));
        assertEquals(Audience.CUSTOMER, CommentVisibility.parse("{\"internal\":\"FALSE\",\"other\":1}"));
    }

    @Test
    public void theServiceDeskFlagAsTheArrayATransitionScreenPosts() {
        assertEquals(Audience.INTERNAL,
                CommentVisibility.parse("[{\"key\":\"sd.public.comment\",\"value\":{\"internal\":true}}]"));
        assertEquals(Audience.CUSTOMER,
                CommentVisibility.parse("[{\"key\":\"x\",\"value\":{}},{\"key\":\"sd.public.comment\",\"value\":{\"internal\":false}}]"));
        assertEquals(Audience.UNKNOWN, CommentVisibility.parse("[{\"key\":\"x\",\"value\":{\"internal\":true}}]"));
    }

    @Test
    public void anythingElseIsUnknown() {
        for (String bad : new String[] {"", "null", "true", "{}", "{\"internal\":1}", "{\"internal\":null}",
                "{\"internal\":", "{internal:true}", "[[[[[[[[[[[[true]]]]]]]]]]]]", "\"internal\""}) {
            assertEquals(bad, Audience.UNKNOWN, CommentVisibility.parse(bad));
        }
    }
}
