/*
 * The send gate: a reply whose latest check has a `block` finding does not go out on the first
 * click. Listeners sit on the document in the capture phase so they run before Jira's own handlers
 * on the form and its buttons, whichever way the reply is sent (button, form submit, Ctrl+Enter).
 * The gate never touches the editor's text; it only holds the send back.
 */
define('dk/replycoach/panel/send-gate', [
    'jquery',
    'dk/replycoach/panel/selectors',
    'dk/replycoach/panel/reply-mode',
    'dk/replycoach/panel/gate-dialog',
    'dk/replycoach/panel/coach-client'
], function ($, selectors, replyMode, gateDialog, client) {
    'use strict';

    var entries = [];
    // A send waits this long at most for a check to decide; then the reply goes (fail open), so a
    // busy or slow node never holds an agent's reply back.
    var DECISION_MS = 4000;
    var installed = false;
    var configuredMode = 'soft';

    /** A known mode, soft when unknown: the safe middle. */
    function normalMode(mode) {
        return mode === 'hard' || mode === 'off' ? mode : 'soft';
    }

    /**
     * 'hard' hides "Send anyway"; 'off' never holds a send (the panel still coaches). A data
     * attribute near the form wins over the page setting.
     */
    function gateModeFor(scope) {
        var attr = $(scope).closest('[data-reply-coach-gate]').attr('data-reply-coach-gate');
        return normalMode(attr || configuredMode);
    }

    function setConfiguredMode(mode) {
        configuredMode = normalMode(mode);
    }

    function isLive(entry) {
        return document.documentElement.contains(entry.draft.textarea);
    }

    /** The innermost registered editor whose form or container holds node. */
    function entryFor(node) {
        var found = null;
        entries.forEach(function (entry) {
            if (isLive(entry) && entry.scope.contains(node) && (!found || found.scope.contains(entry.scope))) {
                found = entry;
            }
        });
        return found;
    }

    function stop(e) {
        e.preventDefault();
        e.stopImmediatePropagation();
        e.stopPropagation();
    }

    function uniqueRules(findings) {
        var rules = [];
        findings.forEach(function (finding) {
            if (rules.indexOf(finding.rule) === -1) {
                rules.push(finding.rule);
            }
        });
        return rules;
    }

    /** Lets the held-back send happen the way the agent started it. */
    function resume(entry, action) {
        entry.approvedText = entry.draft.textarea.value;
        entry.draft.stopPending();
        if (action.kind === 'click') {
            action.control.click();
        } else if (action.kind === 'submit') {
            var form = action.form;
            if (typeof form.requestSubmit === 'function') {
                if (action.submitter && action.submitter.form === form) {
                    form.requestSubmit(action.submitter);
                } else {
                    form.requestSubmit();
                }
            } else {
                form.submit();
            }
        } else if (action.kind === 'key') {
            entry.draft.textarea.dispatchEvent(new KeyboardEvent('keydown', action.init));
        }
    }

    function focusFirstBlock(entry, blocks, checkedText) {
        var textarea = entry.draft.textarea;
        textarea.focus();
        var first = blocks[0];
        if (first && textarea.value === checkedText && typeof textarea.setSelectionRange === 'function') {
            textarea.setSelectionRange(first.start, first.end);
        }
    }

    function openDialog(entry, action, state, blocks) {
        var draft = entry.draft;
        gateDialog.open({
            findings: blocks,
            hard: gateModeFor(entry.scope) === 'hard',
            onEdit: function () {
                entry.busy = false;
                focusFirstBlock(entry, blocks, state.text);
            },
            onSend: function (reason, note) {
                var done = function () {
                    entry.busy = false;
                    resume(entry, action);
                };
                // The agent's decision stands even if recording it fails: the record is for
                // coaching, and the server-side validator is where a hard stop belongs.
                return client.override({
                    draftId: draft.draftId,
                    issueKey: draft.issueKey(),
                    rules: uniqueRules(blocks),
                    reason: reason,
                    note: note
                }).then(done, done);
            }
        });
    }

    /**
     * Decides once the answer for the exact text is known. A check that fails, or that has not
     * answered within DECISION_MS, lets the reply go (the server-side validator still applies);
     * text that changes during the check is checked again.
     */
    function decide(entry, action) {
        var decision = {};
        entry.decision = decision;
        decision.timer = window.setTimeout(function () {
            if (entry.decision === decision) {
                entry.decision = null;
                entry.busy = false;
                resume(entry, action);
            }
        }, DECISION_MS);
        decideLater(entry, action, 2, decision);
    }

    function decided(entry, decision) {
        window.clearTimeout(decision.timer);
        entry.decision = null;
    }

    function decideLater(entry, action, attemptsLeft, decision) {
        var draft = entry.draft;
        draft.check().then(function (result) {
            if (entry.decision !== decision) {
                return;   // too late: the reply has gone
            }
            var state = draft.settledState();
            if (!state && (result.status === 'error' || result.status === 'internal' || result.status === 'idle')) {
                state = result;
            }
            if (!state) {
                if (attemptsLeft > 0) {
                    decideLater(entry, action, attemptsLeft - 1, decision);
                } else {
                    // Still typing: hold nothing back and send nothing; the next send decides again.
                    decided(entry, decision);
                    entry.busy = false;
                }
                return;
            }
            decided(entry, decision);
            var blocks = draft.blockingFindings(state);
            if (blocks.length) {
                openDialog(entry, action, state, blocks);
            } else {
                entry.busy = false;
                resume(entry, action);
            }
        });
    }

    function gate(e, entry, action) {
        var draft = entry.draft;
        if (gateModeFor(entry.scope) === 'off') {
            return;
        }
        if (entry.busy) {
            // The dialog is open or a check is deciding: one send at a time.
            stop(e);
            return;
        }
        if (entry.approvedText !== null && entry.approvedText === draft.textarea.value) {
            return;
        }
        if (replyMode.detect(entry.scope, action.control || action.submitter || null) === replyMode.INTERNAL) {
            return;
        }
        var state = draft.settledState();
        if (state && !draft.blockingFindings(state).length) {
            return;
        }
        stop(e);
        entry.busy = true;
        if (state) {
            openDialog(entry, action, state, draft.blockingFindings(state));
        } else {
            // Sent before the pause-triggered check had answered: check this exact text first.
            decide(entry, action);
        }
    }

    function onClick(e) {
        var control = $(e.target).closest(selectors.submitControls)[0];
        if (!control || control.disabled || $(control).is(selectors.notSubmitControls)) {
            return;
        }
        var entry = entryFor(control);
        if (entry) {
            gate(e, entry, {kind: 'click', control: control});
        }
    }

    function onSubmit(e) {
        var form = e.target;
        var entry = entryFor(form);
        if (!entry) {
            entries.forEach(function (candidate) {
                if (form.contains(candidate.draft.textarea)) {
                    entry = candidate;
                }
            });
        }
        if (entry) {
            gate(e, entry, {kind: 'submit', form: form, submitter: e.submitter || null});
        }
    }

    function onKeydown(e) {
        if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) {
            return;
        }
        var entry = null;
        entries.forEach(function (candidate) {
            if (candidate.draft.textarea === e.target) {
                entry = candidate;
            }
        });
        if (entry) {
            gate(e, entry, {
                kind: 'key',
                init: {key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey,
                    altKey: e.altKey, shiftKey: e.shiftKey, bubbles: true, cancelable: true}
            });
        }
    }

    function install() {
        if (installed) {
            return;
        }
        installed = true;
        document.addEventListener('click', onClick, true);
        document.addEventListener('submit', onSubmit, true);
        document.addEventListener('keydown', onKeydown, true);
    }

    /**
     * Puts one editor's sends behind the gate.
     * @param draft a ReplyDraft
     */
    function register(draft) {
        install();
        entries = entries.filter(isLive);
        var entry = {draft: draft, scope: draft.scope, busy: false, approvedText: null};
        draft.textarea.addEventListener('input', function () {
            entry.approvedText = null;
        });
        entries.push(entry);
        return entry;
    }

    return {register: register, setConfiguredMode: setConfiguredMode, gateModeFor: gateModeFor};
});
