/*
 * One reply being written in one editor: when to check it, which answer belongs to which text, and
 * the draft id that ties checks, votes and overrides together in the coaching figures.
 */
define('dk/replycoach/panel/reply-draft', [
    'dk/replycoach/panel/coach-client',
    'dk/replycoach/panel/reply-mode'
], function (client, replyMode) {
    'use strict';

    // Long enough that a typing agent causes one check per pause, short enough to feel live.
    var DEBOUNCE_MS = 600;

    function newDraftId() {
        if (window.crypto && typeof window.crypto.randomUUID === 'function') {
            return window.crypto.randomUUID();
        }
        return 'd' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
    }

    /**
     * @param textarea the comment editor
     * @param options {scope: element, issueKey: function () -> string|null}
     */
    function ReplyDraft(textarea, options) {
        this.textarea = textarea;
        this.scope = options.scope;
        this.issueKey = options.issueKey;
        this.draftId = newDraftId();
        this.state = {status: 'idle'};
        this.disabled = false;
        this.timer = null;
        this.flight = null;
        this.listeners = [];
    }

    ReplyDraft.prototype.onChange = function (listener) {
        this.listeners.push(listener);
    };

    ReplyDraft.prototype.emit = function (state) {
        this.state = state;
        this.listeners.forEach(function (listener) {
            listener(state);
        });
        return state;
    };

    /** Called on every keystroke: check once the agent pauses. */
    ReplyDraft.prototype.schedule = function () {
        var self = this;
        if (self.timer !== null) {
            window.clearTimeout(self.timer);
        }
        self.timer = window.setTimeout(function () {
            self.timer = null;
            self.check();
        }, DEBOUNCE_MS);
    };

    ReplyDraft.prototype.cancelFlight = function () {
        if (this.flight) {
            if (this.flight.controller) {
                this.flight.controller.abort();
            }
            this.flight = null;
        }
    };

    /** The answer for exactly the text in the editor now, or null when there is none yet. */
    ReplyDraft.prototype.settledState = function () {
        var text = this.textarea.value;
        var state = this.state;
        if (state.status === 'report' && state.text === text) {
            return state;
        }
        if (!text.trim()) {
            return {status: 'idle'};
        }
        if (this.disabled) {
            return {status: 'disabled'};
        }
        return null;
    };

    /**
     * Checks the editor's text now (cancelling a pending or stale check).
     * @returns a promise of the resulting state: idle, internal, disabled, report or error
     */
    ReplyDraft.prototype.check = function () {
        var self = this;
        var text = self.textarea.value;
        if (self.timer !== null) {
            window.clearTimeout(self.timer);
            self.timer = null;
        }
        if (self.disabled) {
            return Promise.resolve(self.state);
        }
        if (!text.trim()) {
            self.cancelFlight();
            return Promise.resolve(self.emit({status: 'idle'}));
        }
        var issueKey = self.issueKey();
        if (!issueKey) {
            // Without the issue the server cannot check permissions; stay out of the way.
            self.cancelFlight();
            return Promise.resolve(self.emit({status: 'idle'}));
        }
        if (replyMode.detect(self.scope) === replyMode.INTERNAL) {
            self.cancelFlight();
            return Promise.resolve(self.emit({status: 'internal'}));
        }
        if (self.state.status === 'report' && self.state.text === text) {
            return Promise.resolve(self.state);
        }
        if (self.flight && self.flight.text === text) {
            return self.flight.promise;
        }
        // An answer for older text would point its offsets at the wrong characters: drop it.
        self.cancelFlight();
        var flight = {
            text: text,
            controller: typeof window.AbortController === 'function' ? new window.AbortController() : null
        };
        self.flight = flight;
        // What the panel shows meanwhile: the last real answer, not an earlier "checking".
        self.emit({status: 'checking', previous: self.state.status === 'checking' ? self.state.previous : self.state});
        flight.promise = client.check({
            text: text,
            issueKey: issueKey,
            draftId: self.draftId,
            internal: false
        }, flight.controller ? flight.controller.signal : undefined).then(function (answer) {
            if (self.flight !== flight) {
                return self.state;
            }
            self.flight = null;
            if (answer.enabled === false) {
                self.disabled = true;
                return self.emit({status: 'disabled'});
            }
            return self.emit({status: 'report', text: text, report: answer});
        }, function (error) {
            if (self.flight !== flight) {
                return self.state;
            }
            self.flight = null;
            return self.emit({status: 'error', error: error});
        });
        return flight.promise;
    };

    /** The reply is being sent: a check still waiting for a pause would only record noise. */
    ReplyDraft.prototype.stopPending = function () {
        if (this.timer !== null) {
            window.clearTimeout(this.timer);
            this.timer = null;
        }
    };

    ReplyDraft.prototype.blockingFindings = function (state) {
        if (!state || state.status !== 'report') {
            return [];
        }
        return state.report.findings.filter(function (finding) {
            return finding.severity === 'block';
        });
    };

    ReplyDraft.DEBOUNCE_MS = DEBOUNCE_MS;
    return ReplyDraft;
});
