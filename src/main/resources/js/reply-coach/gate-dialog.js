/*
 * The dialog that stops a reply with a blocking finding. Editing is the default and the safe way
 * out (Escape, the close icon and the blanket all mean "edit"); sending anyway takes a reason, so
 * the coaching figures can tell a false alarm from a conscious choice.
 */
define('dk/replycoach/panel/gate-dialog', ['jquery', 'dk/replycoach/panel/dom'], function ($, dom) {
    'use strict';

    var el = dom.el;
    var NOTE_MAX = 200;

    // Override reason categories as the coaching statistics record them (OverrideReason.Category).
    var REASONS = ['false-alarm', 'intended', 'customer-context', 'urgent', 'other'];

    function reasonLabel(reason) {
        switch (reason) {
        case 'false-alarm':
            return AJS.I18n.getText('replycoach.panel.gate.reason.falseAlarm');
        case 'intended':
            return AJS.I18n.getText('replycoach.panel.gate.reason.intended');
        case 'customer-context':
            return AJS.I18n.getText('replycoach.panel.gate.reason.customerContext');
        case 'urgent':
            return AJS.I18n.getText('replycoach.panel.gate.reason.urgent');
        default:
            return AJS.I18n.getText('replycoach.panel.gate.reason.other');
        }
    }

    function findingItem(finding) {
        return el('li', {className: 'reply-coach-gate-finding', attrs: {'data-rule': finding.rule}}, [
            finding.excerpt ? el('mark', {className: 'reply-coach-excerpt-mark', text: finding.excerpt}) : null,
            el('p', {className: 'reply-coach-message', text: finding.message}),
            finding.guidance ? el('p', {className: 'reply-coach-guidance', text: finding.guidance}) : null
        ]);
    }

    /**
     * Opens the dialog.
     * @param options {findings: [finding], hard: boolean, onEdit: function (),
     *                 onSend: function (reason, note) -> promise}
     * @returns {element, close}
     */
    function open(options) {
        var titleId = dom.nextId('reply-coach-gate-title');
        var radioName = dom.nextId('reply-coach-gate-reason');
        var noteId = dom.nextId('reply-coach-gate-note');
        var settled = false;

        var editButton = el('button', {
            className: 'aui-button aui-button-primary reply-coach-gate-edit',
            attrs: {type: 'button'},
            text: AJS.I18n.getText('replycoach.panel.gate.edit')
        });
        var sendButton = options.hard ? null : el('button', {
            className: 'aui-button reply-coach-gate-send',
            attrs: {type: 'button'},
            text: AJS.I18n.getText('replycoach.panel.gate.sendAnyway')
        });

        var radios = REASONS.map(function (reason) {
            var id = dom.nextId('reply-coach-gate-reason-option');
            return el('div', {className: 'radio'}, [
                el('input', {className: 'radio', attrs: {type: 'radio', name: radioName, id: id, value: reason}}),
                el('label', {attrs: {'for': id}, text: reasonLabel(reason)})
            ]);
        });
        var note = el('textarea', {className: 'textarea reply-coach-gate-note', attrs: {id: noteId, maxlength: NOTE_MAX, rows: 2}});
        var reasonError = el('div', {className: 'error reply-coach-gate-error', attrs: {role: 'alert'}});
        var reasonForm = options.hard ? null : el('form', {
            className: 'aui reply-coach-gate-reason',
            attrs: {hidden: true, novalidate: true}
        }, [
            el('fieldset', {className: 'group'}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('replycoach.panel.gate.reason')})])
            ].concat(radios, [reasonError])),
            el('div', {className: 'field-group'}, [
                el('label', {attrs: {'for': noteId}, text: AJS.I18n.getText('replycoach.panel.gate.note')}),
                note
            ])
        ]);

        var section = el('section', {
            className: 'aui-layer aui-dialog2 aui-dialog2-medium aui-dialog2-warning reply-coach-gate',
            // Older AUI marks a closed layer with aria-hidden, AUI 9 with the hidden attribute.
            attrs: {role: 'dialog', hidden: true, 'aria-hidden': 'true', 'aria-labelledby': titleId, 'data-aui-remove-on-hide': 'true'}
        }, [
            el('header', {className: 'aui-dialog2-header'}, [
                el('h2', {className: 'aui-dialog2-header-main', attrs: {id: titleId}, text: AJS.I18n.getText('replycoach.panel.gate.title')})
            ]),
            el('div', {className: 'aui-dialog2-content'}, [
                el('p', {text: AJS.I18n.getText('replycoach.panel.gate.intro')}),
                el('ul', {className: 'reply-coach-gate-findings'}, options.findings.map(findingItem)),
                options.hard ? el('p', {className: 'reply-coach-gate-hard', text: AJS.I18n.getText('replycoach.panel.gate.hard')}) : null,
                reasonForm
            ]),
            el('footer', {className: 'aui-dialog2-footer'}, [
                el('div', {className: 'aui-dialog2-footer-actions'}, [editButton, sendButton])
            ])
        ]);
        document.body.appendChild(section);
        var dialog = AJS.dialog2(section);

        function close() {
            settled = true;
            dialog.hide();
            if (section.parentNode) {
                dialog.remove();
            }
        }

        function edit() {
            if (settled) {
                return;
            }
            close();
            options.onEdit();
        }

        function chosenReason() {
            var checked = $(reasonForm).find('input[type="radio"]:checked')[0];
            return checked ? checked.value : null;
        }

        function sendAnyway() {
            if (reasonForm.hidden) {
                // First press: ask why. The reply goes nowhere until a reason is chosen.
                reasonForm.hidden = false;
                sendButton.textContent = AJS.I18n.getText('replycoach.panel.gate.confirm');
                $(reasonForm).find('input[type="radio"]')[0].focus();
                return;
            }
            var reason = chosenReason();
            if (!reason) {
                reasonError.textContent = AJS.I18n.getText('replycoach.panel.gate.reasonRequired');
                $(reasonForm).find('input[type="radio"]')[0].focus();
                return;
            }
            reasonError.textContent = '';
            editButton.disabled = true;
            sendButton.disabled = true;
            var text = note.value.trim().slice(0, NOTE_MAX);
            options.onSend(reason, text).then(function () {
                close();
            }, function () {
                close();
            });
        }

        $(editButton).on('click', edit);
        if (sendButton) {
            $(sendButton).on('click', sendAnyway);
            $(reasonForm).on('submit', function (e) {
                e.preventDefault();
            });
        }
        dialog.on('hide', function () {
            // Escape, the close icon or the blanket: the agent goes back to the reply.
            if (!settled) {
                settled = true;
                options.onEdit();
            }
        });

        dialog.show();
        // Whichever AUI is on the page, an open gate must be visible: a hidden one would hold
        // the reply back with no way out.
        section.hidden = false;
        section.setAttribute('aria-hidden', 'false');
        editButton.focus();
        return {element: section, close: close};
    }

    return {open: open, REASONS: REASONS, NOTE_MAX: NOTE_MAX};
});
