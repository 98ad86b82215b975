/*
 * Reply Coach comment panel: wires each comment editor on the page to a checked draft, its panel
 * and the send gate. Loaded on every page of the general decorator, so it does nothing until an
 * editor appears and sends nothing until the agent types (DCAPT measures these pages).
 */
define('dk/replycoach/panel', [
    'jquery',
    'dk/replycoach/panel/selectors',
    'dk/replycoach/panel/editors',
    'dk/replycoach/panel/reply-draft',
    'dk/replycoach/panel/report-view',
    'dk/replycoach/panel/suggestion-edit',
    'dk/replycoach/panel/send-gate',
    'dk/replycoach/panel/coach-client'
], function ($, selectors, editors, ReplyDraft, ReportView, suggestionEdit, sendGate, client) {
    'use strict';

    // <plugin key>:<web-resource key>.<data key>, the name WRM gives a web-resource <data> element.
    var GATE_MODE_DATA_KEY = 'dk.replycoach.jira-reply-coach:reply-coach-panel.gate-mode';
    var ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[0-9]+$/i;

    var started = false;
    var stopWatching = null;

    function optionalModule(name) {
        try {
            return require(name);
        } catch (e) {
            return null;
        }
    }

    /** Soft unless the page says hard; a missing or odd value must not lock agents out. */
    function readGateMode() {
        var wrmData = optionalModule('wrm/data') || (window.WRM && window.WRM.data) || null;
        var value = null;
        if (wrmData && typeof wrmData.claim === 'function') {
            try {
                value = wrmData.claim(GATE_MODE_DATA_KEY);
            } catch (e) {
                value = null;
            }
        }
        if (value && typeof value === 'object') {
            value = value.gateMode;
        }
        return value === 'hard' || value === 'off' ? value : 'soft';
    }

    function readIssueKey(node, source) {
        var value;
        if (source.value === 'text') {
            value = node.textContent;
        } else if (source.value === 'value') {
            value = node.value;
        } else {
            value = node.getAttribute(source.value);
        }
        value = (value || '').trim();
        return ISSUE_KEY.test(value) ? value : null;
    }

    /** The issue an editor belongs to: looked up near the editor first, then on the page. */
    function issueKeyFor(textarea) {
        var scope = $(textarea).closest(selectors.editorScope);
        var places = [$(textarea).parents(), scope, $(document)];
        for (var p = 0; p < places.length; p++) {
            for (var i = 0; i < selectors.issueKey.length; i++) {
                var source = selectors.issueKey[i];
                var $nodes = places[p] === places[0]
                    ? places[p].filter(source.selector)
                    : places[p].find(source.selector);
                for (var n = 0; n < $nodes.length; n++) {
                    var key = readIssueKey($nodes[n], source);
                    if (key) {
                        return key;
                    }
                }
            }
        }
        return null;
    }

    function attach(textarea) {
        var scope = $(textarea).closest(selectors.editorScope)[0] || textarea.parentNode;
        var draft = new ReplyDraft(textarea, {
            scope: scope,
            issueKey: function () {
                return issueKeyFor(textarea);
            }
        });
        var history = new suggestionEdit.EditHistory(textarea);
        var view = new ReportView(textarea, {
            apply: function (finding, checkedText) {
                var applied = history.apply(finding, checkedText);
                view.showUndo(history.canUndo());
                if (!applied) {
                    draft.check();
                }
                return applied;
            },
            undo: function () {
                history.undo();
                view.showUndo(false);
            },
            notHelpful: function (finding) {
                return client.feedback({rule: finding.rule, draftId: draft.draftId, issueKey: draft.issueKey()});
            }
        });
        draft.onChange(function (state) {
            view.render(state);
        });
        textarea.addEventListener('input', function () {
            view.showUndo(history.canUndo());
            draft.schedule();
        });
        sendGate.register(draft);
        if (textarea.value.trim()) {
            // A screen shown again after a failed transition still holds the reply.
            draft.schedule();
        }
        return {draft: draft, view: view};
    }

    function start() {
        if (started) {
            return;
        }
        started = true;
        sendGate.setConfiguredMode(readGateMode());
        stopWatching = editors.watch(attach);
    }

    function stop() {
        if (stopWatching) {
            stopWatching();
        }
        stopWatching = null;
        started = false;
    }

    return {start: start, stop: stop, attach: attach, issueKeyFor: issueKeyFor, readGateMode: readGateMode};
});

require(['jquery', 'dk/replycoach/panel'], function ($, panel) {
    'use strict';
    $(function () {
        panel.start();
    });
});
