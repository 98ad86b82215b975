package dk.replycoach.analysis;

import dk.replycoach.analysis.lang.LanguagePack;
import dk.replycoach.analysis.lang.LanguagePacks;
import dk.replycoach.analysis.lang.Phrase;
import dk.replycoach.analysis.lang.PhraseAutomaton;
import dk.replycoach.analysis.lang.PhraseCategory;
import dk.replycoach.analysis.lang.PhraseMatch;
import dk.replycoach.analysis.rule.Rule;
import dk.replycoach.analysis.rule.RuleCatalog;
import dk.replycoach.analysis.text.CleanedReply;
import dk.replycoach.analysis.text.LanguageGuess;
import dk.replycoach.analysis.text.LanguageGuesser;
import dk.replycoach.analysis.text.Readability;
import dk.replycoach.analysis.text.ReplyCleaner;
import dk.replycoach.analysis.text.Sentence;
import dk.replycoach.analysis.text.SentenceSplitter;
import dk.replycoach.analysis.text.Token;
import dk.replycoach.analysis.text.Tokenizer;
import dk.replycoach.analysis.text.TokenType;
import dk.replycoach.guidance.ReplyScore;
import dk.replycoach.guidance.StepChecklist;
import dk.replycoach.guidance.StyleReader;
import dk.replycoach.guidance.StyleReading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reply text in, {@link ReplyReport} out. Built once for a set of language packs and settings
 * (phrase lists compiled into one automaton per language), then immutable and safe to share
 * between threads (it only remembers the readings of recent customer messages, see
 * {@link RecentCustomerReadings}); a settings change builds a new analyzer.
 */
public final class ReplyAnalyzer {
    private final RuleSettings settings;
    private final Map<String, CompiledLanguage> languages;
    private final ReplyCleaner cleaner;
    private final Tokenizer tokenizer;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LanguageGuesser guesser;
    private final StyleReader styleReader = new StyleReader();
    private final List<Rule> rules;
    private final RecentCustomerReadings customerReadings = new RecentCustomerReadings();

    /** One language's pack with the admin's extra and ignored phrases compiled in. */
    private static final class CompiledLanguage {
        final LanguagePack pack;
        final PhraseAutomaton automaton;

        CompiledLanguage(LanguagePack pack, PhraseAutomaton automaton) {
            this.pack = pack;
            this.automaton = automaton;
        }
    }

    public ReplyAnalyzer(LanguagePacks packs, RuleSettings settings) {
        this.settings = settings;
        this.languages = new LinkedHashMap<>();
        Set<String> greetings = new HashSet<>();
        Set<String> signOffs = new HashSet<>();
        Set<String> abbreviations = new HashSet<>();
        Map<String, Set<String>> stopWords = new LinkedHashMap<>();
        for (String code : packs.codes()) {
            LanguagePack pack = packs.get(code);
            languages.put(code, new CompiledLanguage(pack, compile(pack, settings)));
            pack.phrases(PhraseCategory.GREETING).forEach(p -> greetings.add(p.text()));
            pack.phrases(PhraseCategory.SIGN_OFF).forEach(p -> signOffs.add(p.text()));
            settings.extraPhrases(code, PhraseCategory.SIGN_OFF).forEach(p -> signOffs.add(Phrase.parse(p).text()));
            settings.extraPhrases(code, PhraseCategory.GREETING).forEach(p -> greetings.add(Phrase.parse(p).text()));
            abbreviations.addAll(pack.abbreviations());
            stopWords.put(code, pack.stopWords());
        }
        String fallback = languages.containsKey(settings.defaultLanguage()) ? settings.defaultLanguage() : packs.codes().get(0);
        this.cleaner = new ReplyCleaner(greetings, signOffs);
        this.tokenizer = new Tokenizer(abbreviations);
        this.guesser = new LanguageGuesser(stopWords, fallback);
        this.rules = RuleCatalog.rules();
    }

    /** An analyzer with the bundled language packs and default settings. */
    public static ReplyAnalyzer withDefaults() {
        return new ReplyAnalyzer(LanguagePacks.bundled(), RuleSettings.defaults());
    }

    private static PhraseAutomaton compile(LanguagePack pack, RuleSettings settings) {
        PhraseAutomaton.Builder b = PhraseAutomaton.builder();
        for (PhraseCategory c : PhraseCategory.values()) {
            pack.phrases(c).forEach(p -> b.add(c, p));
            for (String extra : settings.extraPhrases(pack.code(), c)) {
                Phrase p = Phrase.parse(extra);
                if (p != null) {
                    b.add(c, p);
                }
            }
        }
        pack.ignored().forEach(b::ignore);
        for (String ignored : settings.ignoredPhrases(pack.code())) {
            Phrase p = Phrase.parse(ignored);
            if (p != null) {
                b.ignore(p);
            }
        }
        return b.build();
    }

    public RuleSettings settings() {
        return settings;
    }

    public List<String> languages() {
        return List.copyOf(languages.keySet());
    }

    public ReplyReport analyze(AnalysisRequest request) {
        String text = request.text();
        boolean truncated = text.length() > settings.maxChars();
        if (truncated) {
            text = truncate(text, settings.maxChars());
        }
        CleanedReply cleaned = cleaner.clean(text);
        List<Token> tokens = tokenizer.tokenize(cleaned.content(), cleaned.quotedMask());
        List<Sentence> sentences = splitter.split(cleaned.content(), tokens);
        LanguageGuess guess = pickLanguage(request.language(), tokens);
        CompiledLanguage lang = languages.get(guess.language());
        List<PhraseMatch> matches = lang.automaton.match(tokens);
        CustomerReading customer = request.customerText() == null ? null
                : customerReadings.get(request.customerText(), this::readCustomer);
        AnalyzedReply reply = new AnalyzedReply(cleaned, tokens, sentences, lang.pack, guess.confidence(), matches,
                customer, settings, Messages.forLanguage(request.uiLanguage()), stats(cleaned.content(), tokens, sentences));

        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (!settings.isEnabled(rule.id()) || rule.descriptor().needsCustomerMessage() && customer == null) {
                continue;
            }
            findings.addAll(rule.check(reply));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
        StyleReading style = styleReader.read(reply);
        return new ReplyReport(lang.pack.code(), guess.confidence(), ReplyScore.of(findings), StepChecklist.of(reply),
                style, customer, reply.stats(), findings, truncated);
    }

    /** How many customer readings this analyzer remembers now (tests). */
    int rememberedCustomerReadings() {
        return customerReadings.size();
    }

    private LanguageGuess pickLanguage(String forced, List<Token> tokens) {
        if (forced != null && languages.containsKey(forced)) {
            return new LanguageGuess(forced, 1.0, false);
        }
        return guesser.guess(tokens);
    }

    private static String truncate(String text, int max) {
        int cut = max;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut);
    }

    private static ReplyStats stats(CharSequence content, List<Token> tokens, List<Sentence> sentences) {
        int words = 0;
        for (Token t : tokens) {
            if (t.type() != TokenType.URL) {
                words++;
            }
        }
        return new ReplyStats(words, sentences.size(), round(Readability.lix(content, tokens, sentences.size())),
                round(Readability.fleschKincaidGrade(content, tokens, sentences.size())));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * The customer's mood. Angry: anger phrases, swearing, insults, shouted words or "!!" add up to
     * two or more signals. Abusive: an insult or any swearing, i.e. the verbal abuse the reply should
     * leave unanswered; a rebuke such as "no need to swear" answers it just as much as an insult.
     */
    private CustomerReading readCustomer(String customerText) {
        String text = customerText.length() > settings.maxChars() ? truncate(customerText, settings.maxChars()) : customerText;
        CleanedReply cleaned = cleaner.clean(text);
        List<Token> tokens = tokenizer.tokenize(cleaned.content(), cleaned.quotedMask());
        List<Sentence> sentences = splitter.split(cleaned.content(), tokens);
        CompiledLanguage lang = languages.get(guesser.guess(tokens).language());
        // Nested phrases ("for fanden" holds "fanden") are one oath, not two: count like the rules do.
        Map<PhraseCategory, List<PhraseMatch>> found = AnalyzedReply.byCategory(lang.automaton.match(tokens));
        int insults = found.getOrDefault(PhraseCategory.INSULT, List.of()).size();
        int profanity = found.getOrDefault(PhraseCategory.PROFANITY, List.of()).size();
        int anger = found.getOrDefault(PhraseCategory.ANGER, List.of()).size();
        // Shouted words, not runs: a whole message in capitals is one run but clearly raised voice.
        int shouted = 0;
        for (int[] run : dk.replycoach.analysis.rule.Shouting.capitalRuns(cleaned.content(), tokens, lang.pack)) {
            shouted += run[1] - run[0];
        }
        int exclaimed = dk.replycoach.analysis.rule.Shouting.exclamationRuns(cleaned.content()).size();
        int signals = 2 * insults + 2 * profanity + 2 * anger + Math.min(shouted, 2) + Math.min(exclaimed, 2);
        boolean abusive = insults > 0 || profanity > 0;
        // "Prime?? Hulu?? HBO???" and "(?)" are one question at most, not four.
        int questions = (int) sentences.stream().filter(s -> s.isQuestion() && s.wordCount() >= 2).count();
        return new CustomerReading(lang.pack.code(), abusive || signals >= 2, abusive,
                stats(cleaned.content(), tokens, sentences).words(), questions);
    }
}
