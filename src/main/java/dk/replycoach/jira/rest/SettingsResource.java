package dk.replycoach.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import dk.replycoach.analysis.Messages;
import dk.replycoach.config.FieldError;
import dk.replycoach.config.SettingsJson;
import dk.replycoach.config.SettingsOutcome;
import dk.replycoach.config.SettingsRepository;
import dk.replycoach.config.SettingsService;
import dk.replycoach.config.SettingsValidation;
import dk.replycoach.jira.admin.AdminAccess;
import dk.replycoach.json.ReportJson;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code /rest/reply-coach/1.0/settings}: the admin settings as JSON. Jira administrators only,
 * checked here on every call (401 anonymous, 403 others), and inside a WebSudo session like the
 * admin page. Bodies must be JSON (415 otherwise) of at most 1 MB (413). Saves carry the version
 * they were based on; a stale one gets 409 with the version in force. Invalid settings get 400
 * with field errors and change nothing.
 *
 * <p>No {@code @Consumes}: the content type is checked in code so that every refusal is the same
 * JSON answer the page can show.
 */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@WebSudoRequired
public class SettingsResource {
    static final String EXPORT_FILENAME = "reply-coach-settings.json";

    private final AdminAccess access;
    private final SettingsRepository settings;
    private final SettingsService service;
    private final JiraAuthenticationContext authentication;

    @Inject
    public SettingsResource(AdminAccess access, SettingsRepository settings,
                            @ComponentImport JiraAuthenticationContext authentication) {
        this.access = access;
        this.settings = settings;
        this.service = new SettingsService(settings);
        this.authentication = authentication;
    }

    @GET
    public Response get() {
        Messages m = messages();
        Response denied = deny(m);
        return denied != null ? denied : RestAnswers.ok(SettingsJson.write(service.current()));
    }

    @PUT
    public Response save(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        Messages m = messages();
        Response denied = deny(m);
        if (denied != null) {
            return denied;
        }
        RequestBody b = RequestBody.read(contentType, body, m);
        return b.rejected() ? b.rejection() : answer(service.save(b.text()), m);
    }

    /** {@code {"settings": {...}, "text": "...", "customer": "...", "language": "auto"}} → the report. */
    @POST
    @Path("preview")
    public Response preview(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        Messages m = messages();
        Response denied = deny(m);
        if (denied != null) {
            return denied;
        }
        RequestBody b = RequestBody.read(contentType, body, m);
        if (b.rejected()) {
            return b.rejection();
        }
        SettingsOutcome o = service.preview(b.text(), m.language());
        return o.kind() == SettingsOutcome.Kind.OK ? RestAnswers.ok(ReportJson.toJson(o.report())) : answer(o, m);
    }

    @GET
    @Path("export")
    public Response export() {
        Messages m = messages();
        Response denied = deny(m);
        return denied != null ? denied : RestAnswers.attachment(service.export(), EXPORT_FILENAME);
    }

    /** Replaces the settings with an exported file; {@code ?version=} guards against a save made since. */
    @POST
    @Path("import")
    public Response importSettings(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @QueryParam("version") String version, InputStream body) {
        Messages m = messages();
        Response denied = deny(m);
        if (denied != null) {
            return denied;
        }
        Long expected = null;
        if (version != null && !version.isBlank()) {
            try {
                expected = Long.parseLong(version.trim());
            } catch (NumberFormatException e) {
                expected = -1L;
            }
            if (expected < 0 || expected > SettingsValidation.MAX_VERSION) {
                return RestAnswers.invalid(List.of(new FieldError("version", "replycoach.settings.error.type.integer")), m);
            }
        }
        RequestBody b = RequestBody.read(contentType, body, m);
        return b.rejected() ? b.rejection() : answer(service.importSettings(b.text(), expected), m);
    }

    private Response deny(Messages m) {
        switch (access.currentUser()) {
            case ANONYMOUS: return RestAnswers.unauthorized(m);
            case FORBIDDEN: return RestAnswers.forbidden(m);
            default: return null;
        }
    }

    private static Response answer(SettingsOutcome o, Messages m) {
        switch (o.kind()) {
            case INVALID: return RestAnswers.invalid(o.errors(), m);
            case CONFLICT: return RestAnswers.conflict(o.currentVersion(), m);
            default: return RestAnswers.ok(SettingsJson.write(o.settings()));
        }
    }

    /** The user's language when Reply Coach speaks it, else the admin's default language. */
    private Messages messages() {
        Locale locale = authentication.getLocale();
        return Messages.forLanguage(settings.current().uiLanguageFor(locale == null ? null : locale.getLanguage()));
    }
}
