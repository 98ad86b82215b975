package dk.replycoach.jira.report;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dk.replycoach.analysis.Messages;
import dk.replycoach.config.SettingsRepository;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Locale;

/** Texts for the user of the current request: their Jira language when Reply Coach speaks it, else the admin's default. */
@Named
public class ReaderMessages {
    private final JiraAuthenticationContext authentication;
    private final SettingsRepository settings;

    @Inject
    public ReaderMessages(@ComponentImport JiraAuthenticationContext authentication, SettingsRepository settings) {
        this.authentication = authentication;
        this.settings = settings;
    }

    public Messages current() {
        Locale locale = authentication.getLocale();
        return Messages.forLanguage(settings.current().uiLanguageFor(locale == null ? null : locale.getLanguage()));
    }
}
