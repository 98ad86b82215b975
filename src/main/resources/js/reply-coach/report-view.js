/*
 * The panel under a comment editor: score, the four steps, findings with their excerpt, guidance
 * and suggested edit. Every text from the reply or the server goes in as a text node (dom.el).
 *
 * i18n keys are written out in full at each call: Jira's jsI18n transformer replaces
 * AJS.I18n.getText('literal') when it serves the file and cannot resolve a computed key.
 */
define('dk/replycoach/panel/report-view', ['jquery', 'dk/replycoach/panel/dom', 'dk/replycoach/panel/selectors'], function ($, dom, selectors) {
    'use strict';

    var el = dom.el;
    var SEVERITY_ORDER = {block: 0, warning: 1, info: 2};
    var CONTEXT_CHARS = 40;

    function severityLabel(severity) {
        switch (severity) {
        case 'block':
            return AJS.I18n.getText('replycoach.panel.severity.block');
        case 'warning':
            return AJS.I18n.getText('replycoach.panel.severity.warning');
        default:
            return AJS.I18n.getText('replycoach.panel.severity.info');
        }
    }

    function severityLozenge(severity) {
        var kind = {block: 'aui-lozenge-error', warning: 'aui-lozenge-moved'}[severity] || 'aui-lozenge-subtle';
        return el('span', {className: 'aui-lozenge ' + kind + ' reply-coach-severity', text: severityLabel(severity)});
    }

    var STEPS = ['acknowledge', 'noBut', 'briefInformation', 'openQuestion'];

    function stepLabel(step) {
        switch (step) {
        case 'acknowledge':
            return AJS.I18n.getText('replycoach.panel.step.acknowledge');
        case 'noBut':
            return AJS.I18n.getText('replycoach.panel.step.noBut');
        case 'briefInformation':
            return AJS.I18n.getText('replycoach.panel.step.briefInformation');
        default:
            return AJS.I18n.getText('replycoach.panel.step.openQuestion');
        }
    }

    /** Findings by severity (block first), then in the order they appear in the reply. */
    function bySeverity(findings) {
        return findings.slice().sort(function (a, b) {
            var ra = SEVERITY_ORDER.hasOwnProperty(a.severity) ? SEVERITY_ORDER[a.severity] : 3;
            var rb = SEVERITY_ORDER.hasOwnProperty(b.severity) ? SEVERITY_ORDER[b.severity] : 3;
            return ra - rb || a.start - b.start || a.end - b.end;
        });
    }

    function scoreClass(score) {
        if (score >= 80) {
            return 'aui-lozenge-success';
        }
        return score >= 50 ? 'aui-lozenge-moved' : 'aui-lozenge-error';
    }

    /** The excerpt marked inside a little of the reply around it, when the offsets still fit. */
    function excerptView(finding, text) {
        var excerpt = typeof finding.excerpt === 'string' ? finding.excerpt : '';
        if (!excerpt) {
            return null;
        }
        var children = [];
        var offsetsFit = typeof text === 'string' && finding.start >= 0 && finding.end <= text.length
            && text.slice(finding.start, finding.end) === excerpt;
        if (offsetsFit && finding.start > 0) {
            var from = Math.max(0, finding.start - CONTEXT_CHARS);
            var before = text.slice(from, finding.start);
            if (from > 0) {
                // Start on a whole word.
                var space = before.search(/\s/);
                before = '\u2026' + (space >= 0 ? before.slice(space + 1) : before);
            }
            children.push(before);
        }
        children.push(el('mark', {className: 'reply-coach-excerpt-mark', text: excerpt}));
        if (offsetsFit && finding.end < text.length) {
            var to = Math.min(text.length, finding.end + CONTEXT_CHARS);
            var after = text.slice(finding.end, to);
            if (to < text.length) {
                var lastSpace = after.search(/\s\S*$/);
                after = (lastSpace > 0 ? after.slice(0, lastSpace) : after) + '\u2026';
            }
            children.push(after);
        }
        return el('blockquote', {className: 'reply-coach-excerpt'}, children);
    }

    /** Longest stretch of the reply a label quotes when it says what a replacement replaces. */
    var MAX_QUOTED = 40;

    function suggestionLabel(finding, text) {
        var s = finding.suggestion;
        if (typeof s.insert === 'string') {
            // An insert carries the space that joins it to the text; the label quotes only the words.
            return AJS.I18n.getText('replycoach.panel.suggestion.insert', s.insert.trim());
        }
        if (s.replace === '') {
            return AJS.I18n.getText('replycoach.panel.suggestion.remove', finding.excerpt || '');
        }
        // Say what goes and what comes (", men d" -> ". D"); a bare ". D" does not tell the agent.
        var replaced = typeof text === 'string' && typeof s.start === 'number' && typeof s.end === 'number'
            && s.end <= text.length ? text.slice(s.start, s.end) : '';
        if (replaced && replaced.length <= MAX_QUOTED) {
            return AJS.I18n.getText('replycoach.panel.suggestion.replaceWhat', replaced, s.replace);
        }
        return AJS.I18n.getText('replycoach.panel.suggestion.replace', s.replace);
    }

    function hasSuggestion(finding) {
        var s = finding.suggestion;
        return !!s && (typeof s.insert === 'string' || typeof s.replace === 'string');
    }

    /**
     * Builds the panel for one editor and puts it under the editor.
     * @param textarea the comment editor
     * @param actions {apply(finding, text) -> boolean, undo(), notHelpful(finding) -> promise}
     */
    function ReportView(textarea, actions) {
        var self = this;
        var bodyId = dom.nextId('reply-coach-body');
        self.actions = actions;
        self.expanded = true;
        self.toggle = el('button', {
            className: 'aui-button aui-button-subtle reply-coach-toggle',
            attrs: {type: 'button', 'aria-expanded': 'true', 'aria-controls': bodyId}
        }, [AJS.I18n.getText('replycoach.panel.title')]);
        self.score = el('span', {className: 'aui-lozenge reply-coach-score', attrs: {hidden: true}});
        // Only the one-line summary is live: announcing the whole panel after every pause in
        // typing would drown a screen-reader user.
        self.summary = el('p', {className: 'reply-coach-summary', attrs: {'aria-live': 'polite', 'aria-atomic': 'true'}});
        self.undoButton = el('button', {
            className: 'aui-button aui-button-link reply-coach-undo',
            attrs: {type: 'button', hidden: true},
            text: AJS.I18n.getText('replycoach.panel.undo')
        });
        self.body = el('div', {className: 'reply-coach-body', attrs: {id: bodyId}});
        self.element = el('section', {
            className: 'reply-coach-panel',
            attrs: {'aria-label': AJS.I18n.getText('replycoach.panel.title'), hidden: true}
        }, [
            el('div', {className: 'reply-coach-header'}, [self.toggle, self.score, self.undoButton]),
            self.summary,
            self.body
        ]);

        $(self.toggle).on('click', function () {
            self.setExpanded(!self.expanded);
        });
        $(self.undoButton).on('click', function () {
            self.actions.undo();
        });

        var frame = $(textarea).closest(selectors.editorFrame)[0];
        var anchor = frame || textarea;
        anchor.parentNode.insertBefore(self.element, anchor.nextSibling);
    }

    ReportView.prototype.setExpanded = function (expanded) {
        this.expanded = expanded;
        this.toggle.setAttribute('aria-expanded', String(expanded));
        this.body.hidden = !expanded;
        this.element.className = 'reply-coach-panel' + (expanded ? '' : ' is-collapsed');
    };

    ReportView.prototype.showUndo = function (visible) {
        this.undoButton.hidden = !visible;
    };

    ReportView.prototype.setSummary = function (text) {
        this.summary.textContent = text;
    };

    /** Shows a draft state: idle, checking, internal, disabled, error or report. */
    ReportView.prototype.render = function (state) {
        var root = this.element;
        root.setAttribute('aria-busy', state.status === 'checking' ? 'true' : 'false');
        switch (state.status) {
        case 'idle':
        case 'disabled':
            root.hidden = true;
            return;
        case 'checking':
            // Keep what is shown until the answer arrives, so the panel does not flicker.
            if (root.hidden || !state.previous || state.previous.status !== 'report') {
                this.renderMessage(AJS.I18n.getText('replycoach.panel.checking'));
            }
            return;
        case 'internal':
            this.renderMessage(AJS.I18n.getText('replycoach.panel.internal'));
            return;
        case 'error':
            this.renderMessage(errorText(state.error));
            return;
        case 'report':
            this.renderReport(state.report, state.text);
            return;
        default:
            root.hidden = true;
        }
    };

    // Literal keys only: Jira's jsI18n transform replaces each getText call with its text.
    function errorText(error) {
        var status = error ? error.status : 0;
        if (status === 413) {
            return AJS.I18n.getText('replycoach.panel.error.tooLong');
        }
        if (status === 503) {
            return AJS.I18n.getText('replycoach.panel.error.busy');
        }
        return AJS.I18n.getText('replycoach.panel.error');
    }

    ReportView.prototype.renderMessage = function (text) {
        this.element.hidden = false;
        this.score.hidden = true;
        this.setSummary(text);
        dom.clear(this.body);
    };

    ReportView.prototype.renderReport = function (report, text) {
        var self = this;
        var findings = bySeverity(report.findings || []);
        self.element.hidden = false;
        self.score.hidden = false;
        self.score.className = 'aui-lozenge reply-coach-score ' + scoreClass(report.score);
        self.score.textContent = AJS.I18n.getText('replycoach.panel.score', report.score);
        self.setSummary(findings.length
            ? AJS.I18n.getText('replycoach.panel.summary', report.score, findings.length)
            : AJS.I18n.getText('replycoach.panel.summary.none', report.score));
        dom.clear(self.body);

        if (report.truncated) {
            self.body.appendChild(el('p', {
                className: 'reply-coach-note', text: AJS.I18n.getText('replycoach.panel.truncated')
            }));
        }
        if (report.customer && report.customer.abusive) {
            self.body.appendChild(el('p', {
                className: 'reply-coach-note', text: AJS.I18n.getText('replycoach.panel.customer.abusive')
            }));
        } else if (report.customer && report.customer.angry) {
            self.body.appendChild(el('p', {
                className: 'reply-coach-note', text: AJS.I18n.getText('replycoach.panel.customer.angry')
            }));
        }

        var steps = report.steps || {};
        self.body.appendChild(el('h4', {className: 'reply-coach-heading', text: AJS.I18n.getText('replycoach.panel.steps')}));
        self.body.appendChild(el('ul', {className: 'reply-coach-steps'}, STEPS.map(function (step) {
            var done = steps[step] === true;
            return el('li', {className: 'reply-coach-step ' + (done ? 'is-done' : 'is-missing'), attrs: {'data-step': step}}, [
                el('span', {className: 'assistive', text: done
                    ? AJS.I18n.getText('replycoach.panel.step.done')
                    : AJS.I18n.getText('replycoach.panel.step.missing')}),
                stepLabel(step)
            ]);
        })));

        if (report.style && typeof report.style.advice === 'string' && report.style.advice) {
            self.body.appendChild(el('p', {className: 'reply-coach-style', text: report.style.advice}));
        }

        if (!findings.length) {
            self.body.appendChild(el('p', {className: 'reply-coach-none', text: AJS.I18n.getText('replycoach.panel.noFindings')}));
            return;
        }
        self.body.appendChild(el('h4', {className: 'reply-coach-heading', text: AJS.I18n.getText('replycoach.panel.findings')}));
        self.body.appendChild(el('ol', {className: 'reply-coach-findings'}, findings.map(function (finding) {
            return self.findingView(finding, text);
        })));
    };

    ReportView.prototype.findingView = function (finding, text) {
        var self = this;
        var actions = el('div', {className: 'reply-coach-actions'});
        if (hasSuggestion(finding)) {
            var apply = el('button', {
                className: 'aui-button aui-button-compact reply-coach-apply',
                attrs: {type: 'button'},
                text: suggestionLabel(finding, text)
            });
            $(apply).on('click', function () {
                if (!self.actions.apply(finding, text)) {
                    apply.disabled = true;
                    apply.textContent = AJS.I18n.getText('replycoach.panel.suggestion.stale');
                }
            });
            actions.appendChild(apply);
        }
        var notHelpful = el('button', {
            className: 'aui-button aui-button-link reply-coach-not-helpful',
            attrs: {type: 'button'},
            text: AJS.I18n.getText('replycoach.panel.notHelpful')
        });
        $(notHelpful).on('click', function () {
            notHelpful.disabled = true;
            self.actions.notHelpful(finding).then(function () {
                actions.replaceChild(el('span', {
                    className: 'reply-coach-thanks', text: AJS.I18n.getText('replycoach.panel.notHelpful.thanks')
                }), notHelpful);
            }, function () {
                notHelpful.disabled = false;
            });
        });
        actions.appendChild(notHelpful);

        return el('li', {
            className: 'reply-coach-finding reply-coach-finding-' + (SEVERITY_ORDER.hasOwnProperty(finding.severity) ? finding.severity : 'info'),
            attrs: {'data-rule': finding.rule}
        }, [
            severityLozenge(finding.severity),
            excerptView(finding, text),
            el('p', {className: 'reply-coach-message', text: finding.message}),
            finding.guidance ? el('p', {className: 'reply-coach-guidance', text: finding.guidance}) : null,
            actions
        ]);
    };

    ReportView.bySeverity = bySeverity;
    return ReportView;
});
