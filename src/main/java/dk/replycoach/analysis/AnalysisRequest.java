package dk.replycoach.analysis;

import java.util.Locale;

/**
 * What to analyse: the reply, optionally the customer's last message, the reply's language
 * ({@code null} or "auto" to detect it) and the agent's UI language for messages.
 */
public final class AnalysisRequest {
    private final String text;
    private final String customerText;
    private final String language;
    private final String uiLanguage;

    private AnalysisRequest(String text, String customerText, String language, String uiLanguage) {
        this.text = text == null ? "" : text;
        this.customerText = customerText == null || customerText.isBlank() ? null : customerText;
        this.language = language == null || language.isBlank() || "auto".equalsIgnoreCase(language.trim())
                ? null : language.trim().toLowerCase(Locale.ROOT);
        this.uiLanguage = uiLanguage == null || uiLanguage.isBlank() ? "en" : uiLanguage.trim().toLowerCase(Locale.ROOT);
    }

    public static AnalysisRequest of(String text) {
        return new AnalysisRequest(text, null, null, "en");
    }

    public AnalysisRequest withCustomerText(String customer) {
        return new AnalysisRequest(text, customer, language, uiLanguage);
    }

    /** The reply's language, or null/"auto" to detect it. */
    public AnalysisRequest withLanguage(String lang) {
        return new AnalysisRequest(text, customerText, lang, uiLanguage);
    }

    public AnalysisRequest withUiLanguage(String lang) {
        return new AnalysisRequest(text, customerText, language, lang);
    }

    public String text() {
        return text;
    }

    /** The customer's last message, or null. */
    public String customerText() {
        return customerText;
    }

    /** The forced reply language, or null to detect. */
    public String language() {
        return language;
    }

    public String uiLanguage() {
        return uiLanguage;
    }
}
