package dk.replycoach.jira.ao;

import dk.replycoach.analysis.Severity;
import dk.replycoach.analysis.rule.RuleCatalog;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class RuleListCodecTest {
    @Test
    public void ruleListsRoundTrip() {
        Map<String, Severity> rules = new LinkedHashMap<>();
        rules.put("no-but", Severity.WARNING);
        rules.put("profanity", Severity.BLOCK);
        rules.put("thank-opener", Severity.INFO);
        String encoded = RuleListCodec.encode(rules);
        assertEquals("no-but:w,profanity:b,thank-opener:i", encoded);
        assertEquals(rules, RuleListCodec.decodeRules(encoded));
        assertEquals(Set.of("a", "b-c"), RuleListCodec.decodeIds(RuleListCodec.encode(new TreeSet<>(Set.of("a", "b-c")))));
    }

    @Test
    public void emptyListsAreNull() {
        assertNull(RuleListCodec.encode(Map.of()));
        assertNull(RuleListCodec.encode(Set.<String>of()));
        assertEquals(Map.of(), RuleListCodec.decodeRules(null));
        assertEquals(Set.of(), RuleListCodec.decodeIds(""));
    }

    @Test
    public void theWholeCatalogFitsTheColumnEvenIfEveryRuleFires() {
        Map<String, Severity> all = new LinkedHashMap<>();
        RuleCatalog.ids().forEach(id -> all.put(id, Severity.BLOCK));
        assertTrue(RuleListCodec.encode(all).length() <= CoachingEventEntity.RULE_LIST_LENGTH);
        assertTrue(RuleListCodec.encode(all.keySet()).length() <= CoachingEventEntity.RULE_LIST_LENGTH);
    }

    @Test
    public void aListTooLongForTheColumnIsRefusedNotCut() {
        Map<String, Severity> many = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            many.put("a-rather-long-rule-identifier-" + i, Severity.WARNING);
        }
        try {
            RuleListCodec.encode(many);
            fail();
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("does not fit"));
        }
    }

    @Test
    public void brokenEntriesAreRefused() {
        for (String bad : new String[] {"no-but", "no-but:", "no-but:z", ":w", "no-but:ww"}) {
            try {
                RuleListCodec.decodeRules(bad);
                fail(bad);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }
}
