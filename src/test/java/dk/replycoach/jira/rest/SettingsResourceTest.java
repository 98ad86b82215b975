package dk.replycoach.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import dk.replycoach.config.AdminSettings;
import dk.replycoach.config.SettingsJson;
import dk.replycoach.jira.admin.AdminAccess;
import dk.replycoach.jira.settings.SettingsStore;
import dk.replycoach.jira.settings.SharedPluginSettings;
import dk.replycoach.json.JsonParser;
import dk.replycoach.json.JsonWriter;
import org.junit.Before;
import org.junit.Test;

import javax.ws.rs.Path;
import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The settings resource called as Jersey would, over the real store on in-memory plugin settings. */
public class SettingsResourceTest {
    private static final String JSON = "application/json";
    private static final UserKey AGENT = new UserKey("agent");
    private static final UserKey ADMIN = new UserKey("admin");
    private static final UserKey SYSADMIN = new UserKey("sysadmin");

    private final UserManager users = mock(UserManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final SharedPluginSettings database = new SharedPluginSettings();
    private SettingsResource resource;
    private SettingsStore store;

    @Before
    public void setUp() {
        when(users.isAdmin(ADMIN)).thenReturn(true);
        when(users.isSystemAdmin(SYSADMIN)).thenReturn(true);
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        store = new SettingsStore(database);
        resource = new SettingsResource(new AdminAccess(users), store, authentication);
        loggedInAs(ADMIN);
    }

    private void loggedInAs(UserKey user) {
        when(users.getRemoteUserKey()).thenReturn(user);
    }

    private static InputStream body(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Response r) {
        assertEquals("application/json;charset=UTF-8", String.valueOf(r.getMetadata().getFirst("Content-Type")).replace(" ", ""));
        return (Map<String, Object>) JsonParser.parse((String) r.getEntity());
    }

    @SuppressWarnings("unchecked")
    private static List<String> errorFields(Response r) {
        return ((List<Map<String, Object>>) json(r).get("errors")).stream().map(e -> (String) e.get("field")).collect(Collectors.toList());
    }

    private String currentJson() {
        return SettingsJson.write(store.current());
    }

    private static String previewBody(AdminSettings s, String text) {
        return new JsonWriter().beginObject().name("settings").any(JsonParser.parse(SettingsJson.write(s)))
                .name("text").value(text).endObject().toString();
    }

    /** Every endpoint with a request that succeeds for an admin. */
    private Map<String, Function<SettingsResource, Response>> endpoints() {
        Map<String, Function<SettingsResource, Response>> m = new LinkedHashMap<>();
        m.put("GET /settings", SettingsResource::get);
        m.put("PUT /settings", r -> r.save(JSON, body(currentJson())));
        m.put("POST /settings/preview", r -> r.preview(JSON, body(previewBody(AdminSettings.defaults(), "Som sagt er pakken sendt."))));
        m.put("GET /settings/export", SettingsResource::export);
        m.put("POST /settings/import", r -> r.importSettings(JSON, null, body(SettingsJson.write(AdminSettings.defaults()))));
        return m;
    }

    @Test
    public void permissionMatrix() {
        Object[][] who = {{null, 401, "unauthorized"}, {AGENT, 403, "forbidden"}, {ADMIN, 200, null}, {SYSADMIN, 200, null}};
        for (Map.Entry<String, Function<SettingsResource, Response>> endpoint : endpoints().entrySet()) {
            for (Object[] w : who) {
                loggedInAs((UserKey) w[0]);
                Response r = endpoint.getValue().apply(resource);
                String what = endpoint.getKey() + " as " + w[0];
                assertEquals(what, w[1], r.getStatus());
                if (w[2] != null) {
                    assertEquals(what, w[2], json(r).get("error"));
                    assertFalse(what, ((String) json(r).get("message")).isEmpty());
                }
            }
        }
    }

    @Test
    public void refusedUsersChangeNothing() {
        AdminSettings before = store.current();
        for (UserKey user : new UserKey[] {null, AGENT}) {
            loggedInAs(user);
            String edited = SettingsJson.write(before.toBuilder().retentionDays(7).build());
            resource.save(JSON, body(edited));
            resource.importSettings(JSON, null, body(edited));
        }
        assertEquals(before, store.current());
    }

    @Test
    public void permissionIsCheckedBeforeTheBody() {
        loggedInAs(null);
        assertEquals(401, resource.save("text/plain", body("x")).getStatus());
        loggedInAs(AGENT);
        assertEquals(403, resource.preview(null, endless()).getStatus());
    }

    @Test
    public void nonJsonBodiesAreRefusedWith415() {
        String[] types = {null, "", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
            "text/json", "application/json; charset=ISO-8859-1", "application/jsonp"};
        for (String type : types) {
            for (Response r : List.of(resource.save(type, body(currentJson())),
                    resource.preview(type, body("{}")), resource.importSettings(type, null, body(currentJson())))) {
                assertEquals(type, 415, r.getStatus());
                assertEquals("unsupportedMediaType", json(r).get("error"));
            }
        }
        for (String type : new String[] {"application/json", "Application/JSON", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\""}) {
            assertEquals(type, 200, resource.save(type, body(currentJson())).getStatus());
        }
    }

    @Test
    public void bodiesOverTheCapAreRefusedWith413WithoutReadingThemWhole() {
        Response r = resource.save(JSON, endless());
        assertEquals(413, r.getStatus());
        assertEquals((long) RequestBody.MAX_BYTES, json(r).get("maxBytes"));
        String exactlyAtTheCap = currentJson() + " ".repeat(RequestBody.MAX_BYTES - currentJson().length());
        assertEquals(200, resource.save(JSON, body(exactlyAtTheCap)).getStatus());
        assertEquals(413, resource.preview(JSON, body(exactlyAtTheCap + " ")).getStatus());
        assertEquals(413, resource.importSettings(JSON, null, body(" ".repeat(RequestBody.MAX_BYTES + 1))).getStatus());
    }

    /** A body that never ends: only a reader that stops at the cap gets through it. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
    }

    @Test
    public void aSaveReturnsTheSavedSettingsWithTheNextVersion() {
        AdminSettings edited = store.current().toBuilder().retentionDays(30).leadGroup("service-leads").build();
        Response r = resource.save(JSON, body(SettingsJson.write(edited)));
        assertEquals(200, r.getStatus());
        assertEquals(1L, json(r).get("version"));
        assertEquals(30L, json(r).get("retentionDays"));
        assertEquals(List.of("service-leads"), store.current().leadGroups());
        assertEquals(SettingsJson.write(store.current()), resource.get().getEntity());
    }

    @Test
    public void invalidSettingsGet400WithFieldErrorsAndChangeNothing() {
        AdminSettings before = store.current();
        String body = "{\"version\":0,\"rules\":{\"brief-information\":{\"maxWords\":-3}},\"projectScope\":{\"all\":false,\"keys\":[\"sup\"]}}";
        Response r = resource.save(JSON, body(body));
        assertEquals(400, r.getStatus());
        assertEquals("invalid", json(r).get("error"));
        assertEquals(List.of("rules.brief-information.maxWords", "projectScope.keys[0]"), errorFields(r));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) json(r).get("errors")).get(0);
        assertEquals("Must be between 10 and 5000.", first.get("message"));
        assertEquals("replycoach.settings.error.range", first.get("key"));
        assertEquals(before, store.current());
    }

    @Test
    public void aStaleVersionGets409WithTheCurrentVersion() {
        String basedOnVersion0 = currentJson();
        assertEquals(200, resource.save(JSON, body(basedOnVersion0)).getStatus());
        Response r = resource.save(JSON, body(basedOnVersion0));
        assertEquals(409, r.getStatus());
        assertEquals("conflict", json(r).get("error"));
        assertEquals(1L, json(r).get("currentVersion"));
        assertTrue((String) json(r).get("message"), ((String) json(r).get("message")).contains("version 1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    public void previewRunsTheUnsavedSettingsFromTheBody() {
        String reply = "Som sagt er pakken sendt.";
        Response saved = resource.preview(JSON, body(previewBody(store.current(), reply)));
        assertEquals(200, saved.getStatus());
        List<Map<String, Object>> before = (List<Map<String, Object>>) json(saved).get("findings");
        assertTrue(before.stream().anyMatch(f -> "condescending".equals(f.get("rule"))));

        AdminSettings unsaved = store.current().toBuilder().enabled("condescending", false).build();
        Response r = resource.preview(JSON, body(previewBody(unsaved, reply)));
        assertEquals(200, r.getStatus());
        List<Map<String, Object>> after = (List<Map<String, Object>>) json(r).get("findings");
        assertFalse(after.stream().anyMatch(f -> "condescending".equals(f.get("rule"))));
        assertNotNull(json(r).get("score"));
        assertTrue("nothing saved", store.current().rule("condescending").enabled());
    }

    @Test
    public void previewWithInvalidSettingsGets400() {
        Response r = resource.preview(JSON, body("{\"settings\":{\"gateMode\":\"strict\"},\"text\":\"Hej\"}"));
        assertEquals(400, r.getStatus());
        assertEquals(List.of("settings.gateMode"), errorFields(r));
    }

    @Test
    public void hostileImportsGet400WithFieldErrorsAndTheOldSettingsStay() {
        resource.save(JSON, body(SettingsJson.write(store.current().toBuilder().leadGroup("service-leads").build())));
        AdminSettings before = store.current();
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("huge array", "{\"leadGroups\":" + new JsonWriter().any(Collections.nCopies(60_000, 1)) + "}");
        hostile.put("long list", "{\"projectScope\":{\"all\":true,\"keys\":" + new JsonWriter().any(Collections.nCopies(1_001, "SUP")) + "}}");
        hostile.put("deep nesting", "{\"phrases\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        hostile.put("wrong types", "{\"rules\":[],\"retentionDays\":\"365\",\"leadGroups\":{\"a\":1},\"phrases\":{\"da\":{\"excuse\":[1,true,null]}}}");
        hostile.put("not an object", "[{\"version\":1}]");
        hostile.put("broken", "{\"version\":");
        for (Map.Entry<String, String> h : hostile.entrySet()) {
            Response r = resource.importSettings(JSON, null, body(h.getValue()));
            assertEquals(h.getKey(), 400, r.getStatus());
            assertFalse(h.getKey(), errorFields(r).isEmpty());
            assertEquals(h.getKey(), before, store.current());
        }
        assertEquals(List.of("rules", "phrases.da.excuse[0]", "phrases.da.excuse[1]", "phrases.da.excuse[2]", "retentionDays", "leadGroups"),
                errorFields(resource.importSettings(JSON, null, body(hostile.get("wrong types")))));
        assertEquals(List.of("projectScope.keys"), errorFields(resource.importSettings(JSON, null, body(hostile.get("long list")))));
        assertEquals(List.of(""), errorFields(resource.importSettings(JSON, null, body(hostile.get("deep nesting")))));
    }

    @Test
    public void malformedUtf8Gets400() {
        Response r = resource.save(JSON, new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));
        assertEquals(400, r.getStatus());
        assertEquals(List.of(""), errorFields(r));
    }

    @Test
    public void exportIsADownloadThatImportsBack() {
        resource.save(JSON, body(SettingsJson.write(store.current().toBuilder().minGroupSize(7).build())));
        Response export = resource.export();
        assertEquals(200, export.getStatus());
        assertEquals("attachment; filename=\"reply-coach-settings.json\"", export.getMetadata().getFirst("Content-Disposition"));
        assertEquals("no-store", export.getMetadata().getFirst("Cache-Control"));
        String file = (String) export.getEntity();
        resource.save(JSON, body(SettingsJson.write(store.current().toBuilder().minGroupSize(3).build())));
        Response imported = resource.importSettings(JSON, "2", body(file));
        assertEquals(200, imported.getStatus());
        assertEquals(7, store.current().minGroupSize());
        assertEquals(3, store.current().version());
    }

    @Test
    public void importChecksItsVersionParameter() {
        String file = SettingsJson.write(AdminSettings.defaults());
        assertEquals(List.of("version"), errorFields(resource.importSettings(JSON, "two", body(file))));
        assertEquals(List.of("version"), errorFields(resource.importSettings(JSON, "-1", body(file))));
        assertEquals(409, resource.importSettings(JSON, "5", body(file)).getStatus());
        assertEquals(200, resource.importSettings(JSON, "0", body(file)).getStatus());
    }

    @Test
    public void answersAreInTheAdminsLanguage() {
        when(authentication.getLocale()).thenReturn(new Locale("da", "DK"));
        loggedInAs(AGENT);
        assertEquals("Kun Jira-administratorer kan se og ændre indstillingerne for Reply Coach.", json(resource.get()).get("message"));
        when(authentication.getLocale()).thenReturn(Locale.GERMAN);
        assertEquals("the default language, Danish, for a locale Reply Coach does not speak",
                "Kun Jira-administratorer kan se og ændre indstillingerne for Reply Coach.", json(resource.get()).get("message"));
    }

    @Test
    public void theResourceAsksForWebSudoAndLivesAtSettings() {
        assertTrue(SettingsResource.class.isAnnotationPresent(WebSudoRequired.class));
        assertEquals("/settings", SettingsResource.class.getAnnotation(Path.class).value());
    }
}
