package dk.replycoach.config;

import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.lang.Phrase;
import dk.replycoach.analysis.lang.PhraseCategory;

import java.util.List;
import java.util.Map;

/**
 * Reads the admin's extra phrases ({@code phrases.<lang>.<category>}) and phrases to ignore
 * ({@code ignoredPhrases.<lang>}). A phrase must be one the language packs could hold: at most
 * {@value SettingsValidation#MAX_PHRASE_CHARS} characters, at least one word and at most
 * {@value Phrase#MAX_TOKENS} words, so the phrase automaton stays small and matching stays linear.
 */
final class PhraseValidation {
    private final FieldReader reader;
    private final AdminSettings.Builder builder;
    private final List<String> languages = LanguagePacks.bundled().codes();
    private int count;

    PhraseValidation(FieldReader reader, AdminSettings.Builder builder) {
        this.reader = reader;
        this.builder = builder;
    }

    /** Phrases seen so far, valid or not. */
    int count() {
        return count;
    }

    void readExtra(Object value, String field) {
        Map<String, Object> byLanguage = reader.object(value, field);
        if (byLanguage == null) {
            return;
        }
        for (Map.Entry<String, Object> lang : byLanguage.entrySet()) {
            String langField = FieldReader.child(field, lang.getKey());
            if (!knownLanguage(lang.getKey(), langField)) {
                continue;
            }
            Map<String, Object> byCategory = reader.object(lang.getValue(), langField);
            if (byCategory == null) {
                continue;
            }
            for (Map.Entry<String, Object> cat : byCategory.entrySet()) {
                String catField = FieldReader.child(langField, cat.getKey());
                PhraseCategory category = PhraseCategory.fromId(cat.getKey());
                if (category == null || !category.id().equals(cat.getKey())) {
                    reader.error(catField, "unknownCategory");
                    continue;
                }
                readList(cat.getValue(), catField, p -> builder.extraPhrase(lang.getKey(), category, p));
            }
        }
    }

    void readIgnored(Object value, String field) {
        Map<String, Object> byLanguage = reader.object(value, field);
        if (byLanguage == null) {
            return;
        }
        for (Map.Entry<String, Object> lang : byLanguage.entrySet()) {
            String langField = FieldReader.child(field, lang.getKey());
            if (knownLanguage(lang.getKey(), langField)) {
                readList(lang.getValue(), langField, p -> builder.ignorePhrase(lang.getKey(), p));
            }
        }
    }

    private boolean knownLanguage(String code, String field) {
        if (languages.contains(code)) {
            return true;
        }
        reader.error(field, "unknownLanguage", String.join(", ", languages));
        return false;
    }

    private void readList(Object value, String field, java.util.function.Consumer<String> sink) {
        if (value instanceof List) {
            count += ((List<?>) value).size();
        }
        List<Object> list = reader.list(value, field, SettingsValidation.MAX_PHRASES);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String phrase = phrase(list.get(i), FieldReader.index(field, i));
            if (phrase != null) {
                sink.accept(phrase);
            }
        }
    }

    /** The phrase without surrounding space, or null after reporting why it cannot be used. */
    private String phrase(Object value, String field) {
        String text = reader.string(value, field);
        if (text == null) {
            return null;
        }
        String phrase = text.strip();
        if (!FieldReader.storable(phrase)) {
            reader.error(field, "characters");
            return null;
        }
        if (phrase.length() > SettingsValidation.MAX_PHRASE_CHARS) {
            reader.error(field, "phrase.tooLong", SettingsValidation.MAX_PHRASE_CHARS);
            return null;
        }
        try {
            if (Phrase.parse(phrase) == null) {
                reader.error(field, "phrase.empty");
                return null;
            }
        } catch (IllegalArgumentException e) {
            reader.error(field, "phrase.words", Phrase.MAX_TOKENS);
            return null;
        }
        return phrase;
    }
}
